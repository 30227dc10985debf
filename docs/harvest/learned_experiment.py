#!/usr/bin/env python3
"""The forty-ninth round's learned experiments (docs/article-reader.md,
"A forty-ninth round"): can a model trained on the claims of some harvest
rounds find claims the rule reader misses on another round?

Input: a folder of harvest pages named <round>_<letter>_<page>.txt (the
eval's v2 format: header, `---`, text), each beside the reading the engine
made of it, <page>.txt.json, written by the ignored developer aid

    DUMP="$(ls DIR/*.txt)" cargo test --release -p flightlens-core --lib \
        dump_readings -- --ignored

Two models, each a logistic regression (plain gradient descent, no
library):
  filter      scores each claim the reader wrote (event, kind of place,
              date's distance from publication, how aircraft and date were
              told, quote, modal words, position) and drops the unlikely;
  candidates  proposes, for every place the reader found and every event
              (arrival, departure, presence) it did not claim there, a
              claim dated by the sentence, its claims or the story so far,
              scored on the sentence's words, the words before and after
              the place and the same features; the likely are added.

Usage: learned_experiment.py DIR TRAIN_ROUNDS TEST_ROUND
  e.g. learned_experiment.py /tmp/pages p47,p48 p49   (one held-out round)
Prints the reader's matched/expected/read on TEST_ROUND alone, then with
each model at several thresholds. Matching is the eval's: event, place and
date exact, one to one.
"""
import collections, datetime, glob, json, math, os, re, sys

STOP = set("the a an of and to in on at for by with from was were is be had has have "
           "it its as that this which".split())
EVENTS = ["arrival", "departure", "presence"]


def truth(path):
    head = open(path).read().split("\n---\n")[0]
    return [tuple(x.strip() for x in l.split("|"))[:3]
            for l in head.split("\n") if l.startswith("  ") and "|" in l]


def got(d):
    out = []
    for c, dt in zip(d["reading"]["claims"], d["dates"]):
        if c["route"]:
            pl = ">".join(p["code"] for p in c["route"])
        else:
            pl = c["place"]["code"] if c["place"] else "-"
        out.append((c["event"], pl, dt, c["start"], c["end"]))
    return out


def match(want, g):
    g = list(g); m = 0
    for w in want:
        if w in g:
            g.remove(w); m += 1
    return m


def pages(root, rnd):
    for f in sorted(glob.glob(f"{root}/{rnd}_*.txt")):
        d = json.load(open(f + ".json"))
        body = open(f).read().split("\n---\n", 1)[1]
        yield f, truth(f), d, body


def sentence_of(sents, off):
    for i, (a, b, _) in enumerate(sents):
        if off < b:
            return i
    return len(sents) - 1


def claim_features(d, body, claim, per_sent, n_page):
    e, pl, dt, s, en = claim
    sent = body.encode()[s:en].decode("utf8", "replace")
    pub = d["published"]
    f = {"b": 1, "ev_" + e: 1, "pl%d" % min(len(pl), 5): 1}
    if dt == "-":
        f["dt_null"] = 1
    elif "/" in dt:
        f["dt_span"] = 1
    elif pub is not None:
        days = (datetime.date(1970, 1, 1) + datetime.timedelta(days=pub)
                - datetime.date.fromisoformat(dt)).days
        f["dt_d0" if days == 0 else "dt_d1" if days == 1 else "dt_dw" if days <= 7
          else "dt_dm" if days <= 62 else "dt_old"] = 1
    if re.search(r'["“”]', sent):
        f["quote"] = 1
    if re.search(r"(?i)\b(would|will|could|might|plans?|planned|expected|may|should)\b", sent):
        f["modal"] = 1
    k = per_sent[(s, en)]
    f["ns%d" % min(k, 3)] = 1
    f["np_s" if n_page <= 2 else "np_m" if n_page <= 6 else "np_l"] = 1
    return f


def candidates(d, body):
    B = body.encode(); sents = d["sentences"]; ents = d["reading"]["entities"]; g = got(d)
    have = {(e, p) for e, p, *_ in g}
    by_sent = collections.defaultdict(list)
    for e, p, dt, s, en in g:
        by_sent[sentence_of(sents, max(s, en - 1))].append(dt)
    dates = collections.defaultdict(list)
    for e in ents:
        if e["kind"] == "date":
            dates[sentence_of(sents, e["start"])].append(e["value"])
    out = []; last_date = None; last_claim = None
    for i, (a, b, par) in enumerate(sents):
        words = set(re.findall(r"[a-z]+", B[a:b].decode("utf8", "replace").lower())) - STOP
        for e in ents:
            if e["kind"] != "place" or not (a <= e["start"] < b):
                continue
            code = e["value"]
            if dates[i]:
                dt, src = dates[i][0], "own"
            elif by_sent[i]:
                dt, src = collections.Counter(by_sent[i]).most_common(1)[0][0], "claim"
            elif last_claim:
                dt, src = last_claim, "carry"
            elif last_date:
                dt, src = last_date, "lastdate"
            else:
                dt, src = "-", "none"
            before = re.findall(r"[a-z]+", B[max(a, e["start"] - 40):e["start"]].decode("utf8", "replace").lower())[-3:]
            after = re.findall(r"[a-z]+", B[e["end"]:min(b, e["end"] + 30)].decode("utf8", "replace").lower())[:2]
            for ev in EVENTS:
                if (ev, code) in have:
                    continue
                f = {"b": 1, "src_" + src: 1, "len%d" % len(code): 1,
                     "ng%d" % min(len(by_sent[i]), 2): 1, "par%d" % min(par, 3): 1}
                f.update({"w_" + w: 1 for w in words})
                f.update({f"p{len(before) - k}_{w}": 1 for k, w in enumerate(before)})
                if before:
                    f["prep_" + before[-1]] = 1
                f.update({"n_" + w: 1 for w in after})
                f = {ev + ":" + k: v for k, v in f.items()}
                f["ev_" + ev] = 1
                out.append(((ev, code, dt), f))
        if dates[i]:
            last_date = dates[i][-1]
        if by_sent[i]:
            last_claim = by_sent[i][-1]
    return out


def train(rows, l2=0.3, rounds=150, rate=0.5, scale=50):
    w = collections.defaultdict(float)
    for _ in range(rounds):
        grad = collections.defaultdict(float)
        for f, y in rows:
            z = sum(w[k] for k in f)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for k in f:
                grad[k] += p - y
        for k in set(grad) | set(w):
            w[k] -= rate * (grad[k] / len(rows) * scale + l2 * w[k] / len(rows))
    return w


def prob(w, f):
    return 1 / (1 + math.exp(-max(-30, min(30, sum(w.get(k, 0) for k in f)))))


def load(root, rnd):
    out = []
    for f, t, d, body in pages(root, rnd):
        g = got(d)
        left = list(t)
        for x in g:
            if x[:3] in left:
                left.remove(x[:3])
        per_sent = collections.Counter((x[3], x[4]) for x in g)
        feats = [claim_features(d, body, x, per_sent, len(g)) for x in g]
        out.append((t, g, left, feats, candidates(d, body)))
    return out


def main():
    root, train_rounds, test_round = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
    tr = [p for r in train_rounds for p in load(root, r)]
    te = load(root, test_round)
    E = sum(len(p[0]) for p in te)
    M = sum(match(p[0], [x[:3] for x in p[1]]) for p in te)
    G = sum(len(p[1]) for p in te)
    print(f"reader alone: {M} of {E} matched, read {G}")
    # The filter: which of the reader's claims are right.
    rows = [(f, int(x[:3] in p[0])) for p in tr for x, f in zip(p[1], p[3])]
    w = train(rows, l2=1.0, rounds=300, scale=1)
    for th in (0.2, 0.3, 0.4):
        m = g = 0
        for t, claims, _, feats, _ in te:
            kept = [x[:3] for x, f in zip(claims, feats) if prob(w, f) >= th]
            m += match(t, kept); g += len(kept)
        print(f"filter at {th}: {m} of {E} matched, read {g}")
    # The candidates: claims the reader did not write.
    rows = [(f, int(c in p[2])) for p in tr for c, f in p[4]]
    w = train(rows)
    for th in (0.2, 0.3, 0.5):
        m = g = 0
        for t, claims, _, _, cands in te:
            add = []
            for c, f in sorted(cands, key=lambda x: -prob(w, x[1])):
                if prob(w, f) >= th and c not in add and (c[0], c[1]) not in {(a, b) for a, b, _ in add}:
                    add.append(c)
            allg = [x[:3] for x in claims] + add
            m += match(t, allg); g += len(allg)
        print(f"candidates at {th}: {m} of {E} matched, read {g}")


if __name__ == "__main__":
    main()
