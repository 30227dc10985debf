//! Which aircraft a description names: one the story already knows ("it",
//! "the plane", a registration named before), the group last named, or a
//! new one.

use crate::article::aircraft::{Det, Ident, Mention};
use crate::article::events::Desc;
use crate::article::tables;

use super::state::State;

fn norm_reg(r: &str) -> String {
    r.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Resolves a description to the entities it names.
pub(super) fn resolve_desc(
    st: &mut State,
    desc: &Desc,
    mentions: &[Mention],
    is_agent: bool,
    headline: bool,
    sn: usize,
) -> Vec<usize> {
    if desc.person {
        return Vec::new();
    }
    let mut types: Vec<(&'static str, Option<&'static str>, (usize, usize))> = Vec::new();
    let mut regs: Vec<(String, (usize, usize))> = Vec::new();
    let mut hexes: Vec<(String, (usize, usize))> = Vec::new();
    let mut callsigns: Vec<String> = Vec::new();
    let mut maker: Option<&'static [&'static str]> = None;
    let mut pronoun = false;
    for &m in &desc.mentions {
        let mm = &mentions[m];
        let span = (mm.first, mm.last);
        match &mm.ident {
            Ident::Type(c, s) => types.push((c, *s, span)),
            Ident::Registration(r, _) => regs.push((r.clone(), span)),
            Ident::Hex(h) if h != "000000" => {
                hexes.push((h.clone(), span));
            }
            Ident::Callsign(c) => callsigns.push(c.clone()),
            Ident::Maker(p) => maker = Some(p),
            Ident::Pronoun(_) => pronoun = true,
            _ => {}
        }
    }
    let det = desc.det;
    // "they", "the jets", "all of them": the group last named.
    if desc.plural && desc.bare && !st.group.is_empty() && det != Det::Indefinite {
        return st.group.clone();
    }
    // "Both Embraers were back at Maiquetía": the group, when it is of that
    // maker.
    if desc.plural
        && det != Det::Indefinite
        && types.is_empty()
        && regs.is_empty()
        && let Some(p) = maker
        && st.group.len() > 1
        && st.group.iter().all(|&e| {
            let r = st.root(e);
            st.entities[r]
                .type_code
                .is_some_and(|(c, _)| tables::makes(p, c))
        })
    {
        return st.group.clone();
    }
    // A list of registrations or callsigns: one entity each.
    if regs.len() > 1 || (callsigns.len() > 1 && regs.is_empty()) {
        let n = regs.len().max(callsigns.len());
        // "Two KC-135R tankers landed … The aircraft, flying under the
        // callsigns BLUE31 and BLUE32": the members are of the group's type.
        let group_type = st
            .current
            .map(|c| st.root(c))
            .filter(|&c| st.entities[c].plural && st.entities[c].regs.is_empty())
            .and_then(|c| st.entities[c].type_code);
        let members: Vec<usize> = (0..n)
            .map(|k| {
                let e = regs
                    .get(k)
                    .and_then(|(r, _)| find_reg(st, r))
                    .unwrap_or_else(|| st.new_entity());
                let ent = &mut st.entities[e];
                if let Some((r, span)) = regs.get(k)
                    && !ent.regs.iter().any(|x| norm_reg(x) == norm_reg(r))
                {
                    ent.regs.push(r.clone());
                    ent.named_at.push(*span);
                }
                if let Some((c, s, sp)) = types.first() {
                    ent.type_code.get_or_insert((c, *s));
                    ent.named_at.push(*sp);
                } else if let Some(t) = group_type {
                    ent.type_code.get_or_insert(t);
                }
                e
            })
            .collect();
        st.current = members.last().copied();
        st.group = members.clone();
        return members;
    }
    let reg = regs.first().cloned();
    let identified = !types.is_empty() || reg.is_some() || !hexes.is_empty();
    let mut target: Option<usize> = None;
    if let Some((r, _)) = &reg {
        target = find_reg(st, r);
    }
    if target.is_none()
        && let Some((h, _)) = hexes.first()
    {
        target = st
            .entities
            .iter()
            .position(|e| e.alias.is_none() && e.hex.as_deref() == Some(h.as_str()));
    }
    if target.is_none() {
        let cur = st.current.map(|c| st.root(c));
        let fits = |st: &State, c: usize| -> bool {
            let e = &st.entities[c];
            let type_ok = types
                .iter()
                .all(|(code, s, _)| st.compatible_type(c, code, *s));
            let reg_ok = reg.is_none() || e.regs.is_empty();
            let hex_ok = hexes.is_empty() || e.hex.is_none();
            let maker_ok = maker.is_none_or(|m| match e.type_code {
                Some((code, _)) => tables::makes(m, code),
                // ("the Boeing" is not "a smaller Embraer jet".)
                None => e.maker.is_none_or(|x| std::ptr::eq(x, m) || x == m),
            });
            // "the tanker" is not the C-17 named last.
            let role_ok = desc.role.is_none_or(|r| match e.type_code {
                Some((code, _)) => !r.excludes(code),
                None => true,
            });
            type_ok && reg_ok && hex_ok && maker_ok && role_ok
        };
        // Another callsign than the one the aircraft flies under is another
        // flight ("airline flight LY001 left an hour later").
        let other_flight = cur.is_some_and(|c| {
            callsigns.first().is_some_and(|x| {
                st.callsign
                    .as_ref()
                    .is_some_and(|(e, k)| st.root(*e) == c && k != x)
                    // (Or flew under another before it landed: "IndiGo's
                    // 6E1173 …", after EK650 has landed.)
                    || st.entities[c].callsign.as_ref().is_some_and(|k| k != x)
            })
        });
        target = match (det, cur) {
            (Det::Other, _) => None,
            _ if other_flight && types.is_empty() && reg.is_none() => None,
            (_, Some(c)) if pronoun => Some(c),
            (Det::Definite | Det::None, Some(c))
                if fits(st, c) && !(st.entities[c].plural && identified && !desc.plural) =>
            {
                Some(c)
            }
            // A vaguely named aircraft is identified by the next description.
            (Det::Indefinite | Det::None, Some(c))
                if !st.entities[c].identified()
                    && !st.entities[c].closed
                    && identified
                    && fits(st, c)
                    && !st.entities[c].plural =>
            {
                Some(c)
            }
            // "Almost a day after it touched down …, a business jet … was
            // still parked there": the "it" was this jet.
            (Det::Indefinite | Det::None, Some(c))
                if st.fresh == Some((c, sn)) && !st.entities[c].identified() =>
            {
                Some(c)
            }
            // "an Il-62M" that moves nothing restates the one before.
            (Det::Indefinite, Some(c))
                if !is_agent && fits(st, c) && st.entities[c].identified() =>
            {
                Some(c)
            }
            _ => None,
        };
        // "The C-17 finally took off", after other aircraft were named: the
        // last one of that type the story knows.
        if target.is_none() && det == Det::Definite && reg.is_none() && !types.is_empty() {
            target = (0..st.entities.len()).rev().find(|&c| {
                let e = &st.entities[c];
                e.alias.is_none()
                    && !e.plural
                    && e.type_code.is_some()
                    && types
                        .iter()
                        .all(|(code, s, _)| st.compatible_type(c, code, *s))
            });
        }
        // "On Saturday the Boeing flew from Abha", after an Embraer was
        // named: the last aircraft of that maker.
        if target.is_none()
            && det == Det::Definite
            && reg.is_none()
            && types.is_empty()
            && let Some(m) = maker
        {
            target = (0..st.entities.len()).rev().find(|&c| {
                let e = &st.entities[c];
                e.alias.is_none()
                    && !e.plural
                    && e.type_code.is_some_and(|(code, _)| tables::makes(m, code))
            });
        }
        // "The C-17 left …, while the tanker stayed": the last aircraft
        // the story named whose type does what the noun says.
        if target.is_none()
            && det == Det::Definite
            && types.is_empty()
            && reg.is_none()
            && let Some(role) = desc.role
            && cur.is_some_and(|c| {
                st.entities[c]
                    .type_code
                    .is_some_and(|(code, _)| role.excludes(code))
            })
        {
            target = (0..st.entities.len()).rev().find(|&c| {
                let e = &st.entities[c];
                e.alias.is_none()
                    && !e.plural
                    && e.type_code.is_some_and(|(code, _)| role.fits(code))
            });
        }
        // "The presidential plane left", after another aircraft was named:
        // the leader's aircraft the story named before.
        if desc.owned
            && det == Det::Definite
            && types.is_empty()
            && reg.is_none()
            && cur.is_some_and(|c| !st.entities[c].owned)
            && let Some(e) = (0..st.entities.len())
                .rev()
                .find(|&c| st.entities[c].alias.is_none() && st.entities[c].owned)
        {
            target = Some(e);
        }
        // A description that says nothing and moves nothing changes nothing.
        if target.is_none()
            && !is_agent
            && !identified
            && det != Det::Other
            && (headline || desc.bare)
        {
            return cur.into_iter().collect();
        }
    }
    let reused = target.is_some();
    let e = match target {
        Some(e) => e,
        None => {
            if !is_agent && !identified {
                return st.current.into_iter().collect();
            }
            let e = st.new_entity();
            if pronoun {
                st.fresh = Some((e, sn));
            }
            st.entities[e].closed = desc.unknown;
            st.entities[e].distinct = det == Det::Other && !desc.plural;
            // "Its sister ship": the type of the one before.
            if desc.sister
                && types.is_empty()
                && let Some(c) = st.current
            {
                let r = st.root(c);
                st.entities[e].type_code = st.entities[r].type_code;
            }
            e
        }
    };
    let e = st.root(e);
    let ent = &mut st.entities[e];
    for (c, s, span) in &types {
        match ent.type_code {
            None => {
                ent.type_code = Some((c, *s));
                ent.named_at.push(*span);
            }
            // A variant after a series: "the Boeing 747 … the 747-200F".
            Some((_, Some(_))) if s.is_none() => {
                ent.type_code = Some((c, None));
                ent.named_at.push(*span);
            }
            _ => {}
        }
    }
    if let Some((r, span)) = reg
        && !ent.regs.iter().any(|x| norm_reg(x) == norm_reg(&r))
    {
        ent.regs.push(r);
        ent.named_at.push(span);
    }
    if let Some((h, span)) = hexes.first()
        && ent.hex.is_none()
    {
        ent.hex = Some(h.clone());
        ent.named_at.push(*span);
    }
    if let Some(m) = maker {
        ent.maker.get_or_insert(m);
    }
    ent.owned |= desc.owned;
    // ("MacDill's spokesperson said they have a representative at the
    // scene": a "they" taken for the one aircraft named does not make it
    // several.)
    if (desc.plural && !identified && !(pronoun && reused)) || desc.count.is_some_and(|c| c > 1) {
        ent.plural = true;
    }
    st.current = Some(e);
    if !desc.plural {
        st.group.clear();
    }
    vec![e]
}

fn find_reg(st: &State, r: &str) -> Option<usize> {
    let n = norm_reg(r);
    st.entities
        .iter()
        .position(|e| e.alias.is_none() && e.regs.iter().any(|x| norm_reg(x) == n))
}
