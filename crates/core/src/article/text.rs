//! Stage 1: the article's structure and its tokens.
//!
//! The text is cut into paragraphs (line breaks), the paragraphs before the
//! first full sentence into a headline and a deck, a dateline is found at
//! the start of the first body paragraph ("CARACAS, July 14 (Wire) -"), and
//! each paragraph into sentences. Tokens are runs of letters and digits, or
//! single punctuation marks; each knows its byte span, whether space came
//! before it, its folded lower-case form, and whether it lies inside a
//! quotation.

use super::fold;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and maybe digits): "Il", "Tuesday", "G650ER".
    Word,
    /// Digits only: "76", "2024".
    Number,
    /// One punctuation mark or symbol.
    Punct,
}

/// One token.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Byte offset of its first byte in the article.
    pub start: usize,
    /// Byte offset past its last byte.
    pub end: usize,
    /// What it is made of.
    pub kind: TokKind,
    /// Whitespace (or the start of a paragraph) comes before it.
    pub space_before: bool,
    /// Folded lower case ("Asunción" → "asuncion"); the mark itself for punctuation.
    pub lower: String,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Has letters, all of them capitals ("RA", "KST").
    pub upper: bool,
    /// Inside a quotation.
    pub quoted: bool,
}

impl Tok {
    /// True for a punctuation token that is `c`.
    pub fn is(&self, c: &str) -> bool {
        self.lower == c
    }

    /// True for a word or number.
    pub fn is_word(&self) -> bool {
        self.kind != TokKind::Punct
    }
}

/// What part of the article a sentence is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// The headline: the first line, when it is not a full sentence.
    Headline,
    /// A line under the headline that is not a full sentence either.
    Deck,
    /// The body.
    Body,
}

/// One sentence: a range of tokens and the bytes it covers.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// First token.
    pub first: usize,
    /// Past the last token.
    pub last: usize,
    /// Bytes from just after the previous sentence to the end of this one
    /// (the span claims have always reported).
    pub start: usize,
    /// End of the sentence (after its full stop).
    pub end: usize,
    /// Paragraph number, from 0.
    pub paragraph: usize,
    /// Headline, deck or body.
    pub block: Block,
}

/// The article cut up.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Every token, in order.
    pub toks: Vec<Tok>,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Tokens of the dateline ("CARACAS, July 14 (Wire) -"), if there is one.
    pub dateline: Option<(usize, usize)>,
}

impl Doc {
    /// The word at token `k`, lower case ("" past the end).
    pub fn word(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.lower.as_str())
    }

    /// The first token of the sentence token `i` is in (0 past the last).
    pub fn sentence_start(&self, i: usize) -> usize {
        let k = self.sentences.partition_point(|s| s.last <= i);
        self.sentences.get(k).map_or(0, |s| s.first)
    }

    /// A possessive's "'s" at token `k` (the apostrophe, straight or
    /// curly, then "s"): "Moscow's", "Trudeau’s".
    pub fn possessive_at(&self, k: usize) -> bool {
        ["'", "’"].contains(&self.word(k)) && self.word(k + 1) == "s"
    }

    /// One token in brackets, the "(" at token `open`: "(SAL)", "(OIII)".
    pub fn bracketed(&self, open: usize) -> bool {
        self.word(open) == "(" && self.word(open + 2) == ")"
    }

    /// A number at token `k` that gives a length after "for": "for 52
    /// hours", "for about 52 hours" (the "for" of the second at or after
    /// token `first`).
    pub fn after_for(&self, first: usize, k: usize) -> bool {
        (k >= 1 && self.word(k - 1) == "for")
            || (k >= first + 2
                && k >= 2
                && self.word(k - 2) == "for"
                && [
                    "about",
                    "around",
                    "nearly",
                    "almost",
                    "some",
                    "over",
                    "roughly",
                    "approximately",
                    "just",
                    "under",
                ]
                .contains(&self.word(k - 1)))
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "gen", "col", "lt", "sgt", "capt", "maj", "fla", "calif",
    "ariz", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "vs", "reg", "nr", "sen", "rep", "gov", "pres", "corp", "inc", "co", "jr", "sr",
    "mt", "ave",
];

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Tokens of `text[from..to]`, appended to `out`.
fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let begin = out.len();
    words(text, from, to, out);
    contractions(out, begin);
}

/// Contractions read as the words they stand for: "didn't" is "did not",
/// "won't" "will not", "he'll" "he will", so "the plane didn't land" is
/// denied and "he'll fly to New York" is a plan. (Not "'s", a possessive as
/// often as "is", nor "'d", "had" as often as "would".)
fn contractions(out: &mut Vec<Tok>, begin: usize) {
    let mut i = begin + 1;
    while i + 1 < out.len() {
        let glued = |a: &Tok, b: &Tok| a.end == b.start && !b.space_before;
        let (prev, apos, next) = (&out[i - 1], &out[i], &out[i + 1]);
        if !(apos.is("'")
            && prev.kind == TokKind::Word
            && next.kind == TokKind::Word
            && glued(prev, apos)
            && glued(apos, next))
        {
            i += 1;
            continue;
        }
        let word = match next.lower.as_str() {
            "t" if prev.lower.ends_with('n') && prev.lower.len() > 2 => "not",
            "ll" => "will",
            "re" => "are",
            "ve" => "have",
            "m" if prev.lower == "i" => "am",
            _ => {
                i += 1;
                continue;
            }
        };
        if word == "not" {
            let stem = match prev.lower.as_str() {
                "won" => "will".to_string(),
                "can" => "can".to_string(),
                "ain" => "is".to_string(),
                w => w[..w.len() - 1].to_string(),
            };
            out[i - 1].lower = stem;
        }
        let end = out[i + 1].end;
        let t = &mut out[i];
        t.end = end;
        t.kind = TokKind::Word;
        t.lower = word.to_string();
        out.remove(i + 1);
        i += 1;
    }
}

/// The words and marks of `text[from..to]`, appended to `out`.
fn words(text: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let s = &text[from..to];
    let mut it = s.char_indices().peekable();
    let mut space = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let start = from + i;
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            let mut digits = c.is_ascii_digit();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() {
                    digits &= d.is_ascii_digit();
                    end = from + j + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let raw = &text[start..end];
            let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
            out.push(Tok {
                start,
                end,
                kind: if digits {
                    TokKind::Number
                } else {
                    TokKind::Word
                },
                space_before: space,
                lower: fold(raw),
                cap: raw.chars().next().is_some_and(char::is_uppercase),
                upper: !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()),
                quoted: false,
            });
        } else {
            let end = start + c.len_utf8();
            let lower = match c {
                '’' | '‘' | '`' | '´' => "'".to_string(),
                '–' | '—' | '−' => "–".to_string(),
                c if is_quote(c) => "\"".to_string(),
                c => c.to_string(),
            };
            out.push(Tok {
                start,
                end,
                kind: TokKind::Punct,
                space_before: space,
                lower,
                cap: false,
                upper: false,
                quoted: false,
            });
        }
        space = false;
    }
}

/// True when token `i` (a full stop, `!` or `?`) ends a sentence.
fn ends_sentence(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !(t.is(".") || t.is("!") || t.is("?")) {
        return false;
    }
    let Some(mut next) = toks.get(i + 1) else {
        return true;
    };
    // A closing quote or bracket right after: look past it.
    if !next.space_before && (next.is("\"") || next.is(")")) {
        match toks.get(i + 2) {
            Some(t) => next = t,
            None => return true,
        }
    }
    if !next.space_before {
        return false;
    }
    let after_ok = next.cap || next.kind == TokKind::Number || next.is("\"") || next.is("(");
    if !after_ok {
        return false;
    }
    if t.is(".") && i > 0 {
        let prev = &toks[i - 1];
        if prev.is_word() && !t.space_before {
            let l = prev.lower.as_str();
            if prev.upper && l.chars().count() == 1 {
                // "U.S. officials" goes on; "... in the U.S. The" ends.
                let dotted = i >= 2 && toks[i - 2].is(".");
                return dotted
                    && matches!(
                        next.lower.as_str(),
                        "the" | "a" | "an" | "it" | "he" | "she" | "they" | "in" | "on" | "but"
                    );
            }
            if ABBREVIATIONS.contains(&l) {
                return l == "no" && next.kind != TokKind::Number;
            }
            // "Thu. 13/03", "Sat. 5 April": a weekday's short form before
            // its date.
            if [
                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            ]
            .contains(&l)
                && prev.cap
                && next.kind == TokKind::Number
            {
                return false;
            }
            // "6:50 p.m. KST", "10 a.m. GMT": a time zone follows.
            let meridian = (l == "m")
                && i >= 3
                && toks[i - 2].is(".")
                && ["a", "p"].contains(&toks[i - 3].lower.as_str());
            if meridian && next.upper && next.lower.len() <= 4 {
                return false;
            }
            // "8:44 a.m. Tuesday": the day follows the time.
            if meridian && super::dates::WEEKDAYS.contains(&next.lower.as_str()) {
                return false;
            }
            // ("12:52 a.m. February 23, 2024": the date follows the time.)
            if meridian
                && next.cap
                && super::dates::month(&next.lower).is_some()
                && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Number)
            {
                return false;
            }
            // "9:12 a.m. Eastern time", "a.m. Kabul time": the zone spelt out.
            let zone_word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
            if meridian
                && next.cap
                && ["time", "standard", "daylight", "summer"].contains(&zone_word(i + 2))
            {
                return false;
            }
        }
    }
    true
}

/// Words a sentence does not end on: a line ending on one was wrapped.
const CANNOT_END: &[&str] = &[
    "from", "to", "the", "a", "an", "of", "in", "at", "on", "with", "and", "or", "for", "by", "as",
    "its", "their", "his", "her", "that", "which", "was", "were", "is", "are", "had", "has",
    "have", "been", "into", "onto", "after", "before", "than", "near", "but",
];

/// Cuts `text` into paragraphs, sentences and tokens.
pub fn parse(text: &str) -> Doc {
    let mut doc = Doc::default();
    // Paragraphs: non-empty lines.
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            paragraphs.push((at, at + body.len()));
        }
        at += line.len();
    }
    // Hard-wrapped text (a PDF, an e-mail, a page copied with its line
    // breaks): a line that stops mid-sentence goes on in the next one, when
    // the next starts in lower case or the line ends on a word that cannot
    // end a sentence ("departed from / San Francisco").
    {
        let open = |(a, b): (usize, usize)| {
            let line = text[a..b].trim_end();
            !line.ends_with(['.', '!', '?', ':', '"', '”', ')', '|']) && line.len() >= 30
        };
        // (A log's or a table's rows: "0712 arr C-17A 02-1109 RCH811 ex
        // KCHS", "14 Oct | C-17A | 07-7182".)
        let row = |(a, b): (usize, usize)| {
            let line = text[a..b].trim();
            line.contains('|') || line.starts_with(|c: char| c.is_ascii_digit())
        };
        // Wire copy kept at its 60-odd columns ("… a Southwest Airlines Co
        // jet carrying / 124 passengers landed at the wrong airport near
        // Branson, / Missouri, late Sunday"): when most long lines stop
        // mid-sentence and go straight on, each such line goes on in the
        // next whatever its first letter.
        let long = paragraphs.iter().filter(|&&(a, b)| b - a >= 30).count();
        let wrapped_lines = paragraphs
            .windows(2)
            .filter(|w| open(w[0]) && !row(w[0]) && text[w[0].1..w[1].0].matches('\n').count() == 1)
            .count();
        let wrapped = wrapped_lines >= 3 && wrapped_lines * 5 >= long * 2;
        let mut joined: Vec<(usize, usize)> = Vec::with_capacity(paragraphs.len());
        for &(s0, e0) in &paragraphs {
            if let Some(last) = joined.last_mut() {
                let prev = text[last.0..last.1].trim_end();
                let gap = &text[last.1..s0];
                let next = text[s0..e0].trim_start();
                let last_word = prev
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let open_end = open(*last);
                let goes_on = (wrapped && !row(*last) && !text[s0..e0].contains('|'))
                    || prev.ends_with(',')
                    || next.starts_with(|c: char| c.is_lowercase())
                    || CANNOT_END.contains(&last_word.as_str());
                if open_end && goes_on && gap.matches('\n').count() == 1 {
                    last.1 = e0;
                    continue;
                }
            }
            joined.push((s0, e0));
        }
        paragraphs = joined;
    }
    let mut seen_body = false;
    // Under a "Read more" or "Most read" heading: lines of links.
    let mut in_links = false;
    for (pn, &(ps, pe)) in paragraphs.iter().enumerate() {
        let first_tok = doc.toks.len();
        tokenize(text, ps, pe, &mut doc.toks);
        let last_tok = doc.toks.len();
        if first_tok == last_tok {
            continue;
        }
        // The page around the story, pasted with it: a "READ MORE: …"
        // line, or a heading over other stories' headlines. Their
        // movements are other stories', so their words are dropped here.
        let line = fold_line(&text[ps..pe]);
        let heading = links_heading(&line);
        let ends_full = |t: &Tok| t.is(".") || t.is("\"") || t.is(")");
        if heading || link_line(&line) || (in_links && !ends_full(&doc.toks[last_tok - 1])) {
            in_links = heading || in_links;
            doc.toks.truncate(first_tok);
            continue;
        }
        in_links = false;
        // "An Airbus A321 (EP-IGD) operated for the Iranian government
        // departed from Beirut...": another story's teaser, cut off, one
        // sentence alone on its line below the story.
        if seen_body {
            let raw = text[ps..pe].trim_end();
            let cut = raw.ends_with("...") || raw.ends_with('…');
            let body = raw.trim_end_matches(['.', '…']);
            if cut && !body.contains(". ") && !body.contains("? ") && !body.contains("! ") {
                doc.toks.truncate(first_tok);
                continue;
            }
        }
        // Quotes: straight quotes toggle, curly ones open and close.
        let mut inside = false;
        for t in &mut doc.toks[first_tok..last_tok] {
            let raw = &text[t.start..t.end];
            if raw == "“" || raw == "«" || raw == "„" {
                inside = true;
            } else if raw == "”" || raw == "»" {
                inside = false;
            } else if raw == "\"" {
                inside = !inside;
            } else {
                t.quoted = inside;
            }
        }
        // A line that is not a full sentence, before any that is: headline, then deck.
        let words = doc.toks[first_tok..last_tok]
            .iter()
            .filter(|t| t.is_word())
            .count();
        let last = &doc.toks[last_tok - 1];
        // ("Ramstein log Thu 7 May (rwy 26)": a headline's aside, not a
        // sentence's close.)
        let aside = last.is(")")
            && doc.toks[first_tok..last_tok].iter().all(|t| !t.is("."))
            && doc.toks[first_tok..last_tok]
                .iter()
                .rposition(|t| t.is("("))
                .is_some_and(|o| o >= 2 && last_tok - first_tok - o <= 6);
        let full = last.is(".") || last.is("\"") || (last.is(")") && !aside) || last.is(":");
        // "Six RAF Typhoon fighter jets leave UK for Cyprus. Four of them
        // deploying right now.": a page's first line in the headline's
        // present tense, pasted with its full stop, is its headline.
        let present_headline = pn == 0
            && last.is(".")
            && words <= 20
            && doc.toks[first_tok..last_tok]
                .iter()
                .any(|t| HEADLINE_PRESENT.contains(&t.lower.as_str()))
            && !doc.toks[first_tok..last_tok]
                .iter()
                .any(|t| HEADLINE_PAST.contains(&t.lower.as_str()));
        let full = full && !present_headline;
        let block = if !seen_body && !full && words <= 30 && pn + 1 < paragraphs.len() {
            if pn == 0 || doc.sentences.iter().all(|s| s.block != Block::Body) {
                if doc.sentences.iter().any(|s| s.block == Block::Headline) {
                    Block::Deck
                } else {
                    Block::Headline
                }
            } else {
                Block::Body
            }
        } else {
            Block::Body
        };
        // A dateline alone on its line ("BUENOS AIRES") is neither.
        let all_caps = doc.toks[first_tok..last_tok]
            .iter()
            .all(|t| !t.is_word() || t.upper)
            && words <= 4;
        // ("PENSACOLA, Fla.:" on its own line further down a pasted page,
        // past a deck: the town in capitals, its state abbreviated.)
        let town_line = words <= 3
            && doc.toks[first_tok].upper
            && doc.toks[first_tok].lower.chars().count() >= 3
            && doc.toks[first_tok..last_tok].iter().all(|t| {
                (t.is_word() && t.cap) || [",", ".", ":", "-", "–", "—"].iter().any(|p| t.is(p))
            })
            && [":", "-", "–", "—"].iter().any(|p| last.is(p));
        if (block != Block::Body && all_caps || town_line) && doc.dateline.is_none() {
            doc.dateline = Some((first_tok, last_tok));
            continue;
        }
        if block == Block::Body {
            if !seen_body && doc.dateline.is_none() {
                doc.dateline = dateline(&doc.toks[first_tok..last_tok])
                    .map(|(a, b)| (first_tok + a, first_tok + b));
            }
            seen_body = true;
        }
        let mut s_first = first_tok;
        let mut s_start = ps;
        for i in first_tok..last_tok {
            let end_here = i + 1 == last_tok || ends_sentence(&doc.toks, i);
            if !end_here {
                continue;
            }
            // Take a closing quote or bracket right after the full stop.
            let mut j = i;
            while j + 1 < last_tok
                && !doc.toks[j + 1].space_before
                && (doc.toks[j + 1].is("\"") || doc.toks[j + 1].is(")"))
            {
                j += 1;
            }
            let end = doc.toks[j].end;
            doc.sentences.push(Sentence {
                first: s_first,
                last: j + 1,
                start: s_start,
                end,
                paragraph: pn,
                block,
            });
            s_first = j + 1;
            s_start = end;
            if s_first >= last_tok {
                break;
            }
        }
        // Tokens after the last break belong to the last sentence.
        if s_first < last_tok
            && let Some(s) = doc.sentences.last_mut()
        {
            s.last = last_tok;
            s.end = doc.toks[last_tok - 1].end;
        }
    }
    doc
}

/// A paragraph in lower case with typographic apostrophes made plain, as
/// [`links_heading`] and [`link_line`] read it.
fn fold_line(line: &str) -> String {
    line.replace(['\u{2019}', '\u{2018}'], "'").to_lowercase()
}

/// A line that heads a list of links to other stories, as pages carry
/// them under or beside the story: "Read more", "Related articles",
/// "Most read", "More on this story". `line` is folded ([`fold_line`]).
fn links_heading(line: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "read more",
        "read also",
        "also read",
        "read next",
        "related",
        "related news",
        "related articles",
        "related stories",
        "related content",
        "related coverage",
        "related links",
        "related reading",
        "related topics",
        "more on this story",
        "more on this topic",
        "more stories",
        "more news",
        "more like this",
        "most read",
        "most popular",
        "most viewed",
        "most shared",
        "top stories",
        "trending",
        "trending now",
        "recommended",
        "recommended for you",
        "recommended stories",
        "you may also like",
        "you might also like",
        "you may be interested in",
        "you may have missed",
        "don't miss",
        "editor's picks",
        "editors' picks",
        "further reading",
        "see also",
        "recent news",
        "recent posts",
        "recent articles",
        "latest news",
        "latest stories",
        "latest headlines",
        "popular now",
        "now on home",
        "what to read next",
        "keep reading",
        "explore",
        "related posts",
        "popular posts",
        "top news",
        "trending stories",
        "in other news",
        "next article",
        "previous article",
    ];
    // A comment form under the story ("Leave a Reply", "Fill in your
    // details below or click an icon to log in:"): its lines are the page's.
    const COMMENT_FORMS: &[&str] = &[
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "join the conversation",
    ];
    let words: Vec<&str> = line
        .trim()
        .trim_end_matches([':', '.'])
        .split_whitespace()
        .collect();
    let joined = words.join(" ");
    HEADINGS.contains(&joined.as_str())
        || COMMENT_FORMS.contains(&joined.as_str())
        || (words.len() <= 5
            && ["more from", "also on"]
                .iter()
                .any(|h| joined.starts_with(h)))
}

/// A line that links to another story: "READ MORE: Iranian 747 lands in
/// Caracas", "Related: …", "ALSO READ | …", "WATCH - …". `line` is folded
/// ([`fold_line`]).
fn link_line(line: &str) -> bool {
    const CUES: &[&str] = &[
        "read more",
        "read also",
        "also read",
        "read next",
        "read",
        "related",
        "see also",
        "more",
        "watch",
        "listen",
        "recommended",
        "must read",
        "don't miss",
        "also on",
        "click here",
    ];
    let line = line.trim_start();
    // ("See also  Former pitcher dies at 37": a two-word cue and a wide gap.)
    if ["see also", "read more", "also read", "read also", "read"]
        .iter()
        .any(|c| {
            line.starts_with(c)
                && (line[c.len()..].starts_with("  ") || line[c.len()..].starts_with('\t'))
        })
    {
        return true;
    }
    // The cue is up to three words, then a colon, bar, guillemet or dash.
    let Some(at) = line
        .find([':', '|', '»', '>', '–', '—'])
        .or_else(|| line.find(" - "))
    else {
        return false;
    };
    let words: Vec<&str> = line[..at].split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && !line[at..]
            .trim_start_matches([':', '|', '»', '>', '–', '—', '-', ' '])
            .is_empty()
        && (CUES.contains(&words.join(" ").as_str()) || words[0] == "related")
}

/// The dateline at the start of a paragraph's tokens: capitalised place
/// words, maybe a date or "(Wire)", then a dash. Returns the tokens before
/// and including the dash.
///
/// Agency style ends it with a colon instead: "THIRUVANANTHAPURAM, May 15
/// (Agency):", and "Mumbai:" or "Hangzhou, China:" (one to three
/// capitalised words, one comma).
fn dateline(toks: &[Tok]) -> Option<(usize, usize)> {
    let first = toks.first()?;
    // A page's date ahead of its text, as search tools and archives give
    // it: "date 2023-08-22 American Airlines has decided …".
    if first.lower == "date"
        && toks.len() > 6
        && toks[1].lower.len() == 4
        && toks[1].lower.chars().all(|c| c.is_ascii_digit())
        && toks[2].is("-")
        && toks[3].lower.chars().all(|c| c.is_ascii_digit())
        && toks[4].is("-")
        && toks[5].lower.chars().all(|c| c.is_ascii_digit())
    {
        return Some((0, 6));
    }
    if !(first.is_word() && first.cap && first.lower.chars().count() >= 2) {
        return None;
    }
    // ("Pyongyang, November 6 (KCNA) --": a town in title case, a comma
    // and a month's date, then the dash.)
    let dated = toks.len() > 4
        && toks[1].is(",")
        && toks[2].cap
        && super::dates::month(&toks[2].lower).is_some()
        && toks[3].lower.chars().all(|c| c.is_ascii_digit());
    for (i, t) in toks.iter().enumerate().take(14) {
        if (t.is("-") || t.is("–")) && t.space_before && (first.upper || dated) {
            return Some((0, i + 1));
        }
        // Spanish-language style: "Guatemala City.-", "Ciudad de México.-".
        if t.is(".")
            && (1..=5).contains(&i)
            && toks
                .get(i + 1)
                .is_some_and(|n| (n.is("-") || n.is("–")) && !n.space_before)
            && toks[..i]
                .iter()
                .all(|w| w.is_word() && (w.cap || ["de", "del", "la"].contains(&w.lower.as_str())))
        {
            return Some((0, i + 2));
        }
        if t.is(":") && toks.get(i + 1).is_some_and(|n| n.cap) {
            // ("Hangzhou, China:": a city and its country.)
            let short = i <= 4
                && toks[..i]
                    .iter()
                    .all(|w| (w.is_word() && w.cap) || w.is(","))
                && toks[..i].iter().filter(|w| w.is(",")).count() <= 1
                && !toks[i - 1].is(",");
            if first.upper || short {
                return Some((0, i + 1));
            }
            return None;
        }
    }
    None
}

/// Character offset of each byte offset that starts a character, for the
/// evidence spans (which count characters, not bytes).
pub fn char_offsets(text: &str) -> impl Fn(usize) -> usize + '_ {
    // Only multi-byte characters move a byte offset away from its
    // character offset: count them once, then look up.
    let wide: Vec<(usize, usize)> = text
        .char_indices()
        .filter(|(_, c)| c.len_utf8() > 1)
        .map(|(i, c)| (i, c.len_utf8() - 1))
        .scan(0, |extra, (i, n)| {
            *extra += n;
            Some((i, *extra))
        })
        .collect();
    move |byte: usize| {
        let byte = byte.min(text.len());
        // The extra bytes of the wide characters that start before `byte`.
        let k = wide.partition_point(|(i, _)| *i < byte);
        byte - if k == 0 { 0 } else { wide[k - 1].1 }
    }
}

/// Movement verbs in the present tense a headline tells news in.
const HEADLINE_PRESENT: &[&str] = &[
    "lands", "land", "arrives", "arrive", "leaves", "leave", "departs", "depart", "diverts",
    "divert", "touches",
];

/// Past forms that say a line is a story's sentence, not its headline.
const HEADLINE_PAST: &[&str] = &[
    "landed", "arrived", "left", "departed", "diverted", "touched", "flew", "took", "was", "were",
    "had", "has", "have", "is", "are", "will", "would",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let d = parse(text);
        d.sentences
            .iter()
            .map(|s| text[d.toks[s.first].start..s.end].to_string())
            .collect()
    }

    #[test]
    fn a_weekdays_short_form_before_its_date_ends_nothing() {
        assert_eq!(
            sentences("Thu. 13/03 it flew. The jet sat. Then it left."),
            ["Thu. 13/03 it flew.", "The jet sat.", "Then it left."]
        );
    }

    #[test]
    fn sentences_end_at_full_stops_not_abbreviations() {
        assert_eq!(
            sentences(
                "It landed on Dec. 12 at 1 p.m. local time. Then it left. John F. Kennedy airport."
            ),
            [
                "It landed on Dec. 12 at 1 p.m. local time.",
                "Then it left.",
                "John F. Kennedy airport."
            ]
        );
        assert_eq!(
            sentences("\"It left,\" he said. \"Twice.\" Then"),
            ["\"It left,\" he said.", "\"Twice.\"", "Then"]
        );
    }

    #[test]
    fn headline_deck_and_dateline() {
        let text = "Jet lands in Caracas\n\nA second line without a stop\n\nCARACAS, July 14 (Wire) - A jet landed. It left.\n";
        let d = parse(text);
        let blocks: Vec<Block> = d.sentences.iter().map(|s| s.block).collect();
        assert_eq!(
            blocks,
            [Block::Headline, Block::Deck, Block::Body, Block::Body]
        );
        let (a, b) = d.dateline.unwrap();
        assert_eq!(
            &text[d.toks[a].start..d.toks[b - 1].end],
            "CARACAS, July 14 (Wire) -"
        );
        let d = parse("ANTALYA\n\nA jet landed.\n");
        assert!(d.dateline.is_some());
        assert_eq!(d.sentences.len(), 1);
    }

    #[test]
    fn links_to_other_stories_are_not_the_storys_text() {
        let text = "Jet lands in Bamako\n\nA jet landed in Bamako.\n\n\
                    READ MORE: Iranian 747 lands in Caracas\n\n\
                    Related | Wagner jets seen at Benghazi\n\n\
                    See also  Tanker lands at Souda Bay\n\n\
                    READ  Typhoons scrambled: airliner escorted to Stansted\n\n\
                    It left on Tuesday.\n\n\
                    Most read\n\
                    Tanker spotted at Souda Bay\n\
                    Air Force One at Pease\n\n\
                    The story ends here.\n";
        let d = parse(text);
        let said: Vec<&str> = d
            .sentences
            .iter()
            .map(|s| &text[d.toks[s.first].start..s.end])
            .collect();
        assert_eq!(
            said,
            [
                "Jet lands in Bamako",
                "A jet landed in Bamako.",
                "It left on Tuesday.",
                "The story ends here."
            ]
        );
        // A word that merely starts a sentence is not a cue.
        for line in [
            "More than 40 flights were cancelled: most of them at night.",
            "Related costs rose.",
        ] {
            assert!(!link_line(&fold_line(line)), "{line}");
            assert!(!links_heading(&fold_line(line)), "{line}");
        }
    }

    #[test]
    fn tokens_fold_and_mark_quotes() {
        let d = parse("Asunción's “it left” “Il-76”");
        let lower: Vec<&str> = d.toks.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            lower,
            [
                "asuncion", "'", "s", "\"", "it", "left", "\"", "\"", "il", "-", "76", "\""
            ]
        );
        assert!(d.toks[4].quoted && !d.toks[1].quoted);
    }

    #[test]
    fn the_old_sentence_spans_are_kept() {
        // A sentence's span starts right after the one before (its leading
        // space included), as the claims have always reported it.
        let text = "First one. Second one.\n\nThird.";
        let d = parse(text);
        let spans: Vec<(usize, usize)> = d.sentences.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(spans, [(0, 10), (10, 22), (24, 30)]);
    }

    #[test]
    fn char_offsets_count_characters() {
        let f = char_offsets("Asunción x");
        assert_eq!(f(10), 9);
    }
}
