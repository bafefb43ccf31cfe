//! One person, two roles that cannot both hold; one office, two holders.

use super::{finding, line_of, sentence_of, INCOMPATIBLE_ROLES, OFFICE_TWO_HOLDERS};
use crate::checks::Context;
use crate::extract::entities::lexicon::{is_exclusive_head, is_role_head, is_title_word, qualifier};
use crate::extract::entities::roles::Role;
use crate::extract::entities::House;
use crate::report::{Evidence, Finding};

pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    incompatible_roles(cx, out);
    two_holders(cx, out);
}

fn incompatible_roles(cx: &Context, out: &mut Vec<Finding>) {
    let text = cx.doc.text;
    let mut current: Vec<&Role> = Vec::new();
    for person in cx.extracted.entities.people() {
        // A loop, not a collected filter: less code in the wasm.
        current.clear();
        for role in &person.roles {
            if role.is_current() {
                current.push(role);
            }
        }
        for (later, earlier) in first_incompatible(&current, text) {
            let (later, earlier) = (current[later], current[earlier]);
            let Some(why) = why_incompatible(earlier, later, text) else { continue };
            let message = format!(
                "{} is called “{}” here but “{}” on line {}: {why}",
                person.name,
                later.span.slice(text),
                earlier.span.slice(text),
                line_of(cx, earlier.span.start())
            );
            let mut f = finding(INCOMPATIBLE_ROLES, later.span, message);
            f.related
                .push(Evidence::in_text(earlier.span, format!("earlier description of {}", person.name)));
            out.push(f);
        }
    }
}

/// (later, earlier) index pairs: each of a person's roles with the first
/// earlier one it cannot be held beside ([`why_incompatible`]).
///
/// Each rule pairs roles by one thing: an exclusive office by its head, then
/// a party, a house. So the first incompatible earlier role is the first of
/// its head (or the first of that head with another office), of its party or
/// of its house: a person named in 10,000 portfolios is compared with a few
/// roles, not with every earlier one.
#[inline(never)]
fn first_incompatible(roles: &[&Role], text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // (head, office of the first, the first, the first with another office)
    let mut heads: Vec<(&str, &str, usize, Option<usize>)> = Vec::new();
    // First role of each party, and of each house (by its name).
    let mut parties: Vec<(&str, usize)> = Vec::new();
    let mut houses: Vec<(&str, usize)> = Vec::new();
    for (j, later) in roles.iter().enumerate() {
        let exclusive = exclusive_office(later, text);
        let by_office = exclusive.and_then(|(head, office)| {
            let &(_, first_office, first, other) = heads.iter().find(|h| h.0 == head)?;
            if first_office != office {
                Some(first)
            } else {
                other
            }
        });
        let (party, house) = (later.party, later.house.map(house_name));
        let by_party = party.and_then(|party| first_unlike(&parties, party));
        let by_house = house.and_then(|house| first_unlike(&houses, house));
        if let Some(earlier) = [by_office, by_party, by_house].into_iter().flatten().min() {
            found.push((j, earlier));
        }
        if let Some((head, office)) = exclusive {
            match heads.iter_mut().find(|h| h.0 == head) {
                None => heads.push((head, office, j, None)),
                Some(known) if known.3.is_none() && known.1 != office => known.3 = Some(j),
                Some(_) => {}
            }
        }
        note_first(&mut parties, party, j);
        note_first(&mut houses, house, j);
    }
    found
}

/// The first role in `firsts` (each key's first role) whose key is not `key`.
fn first_unlike(firsts: &[(&str, usize)], key: &str) -> Option<usize> {
    let mut earliest = None;
    for &(other, index) in firsts {
        if other != key && earliest.is_none_or(|e| index < e) {
            earliest = Some(index);
        }
    }
    earliest
}

/// Notes role `index` as the first of `key` unless `key` has one.
fn note_first<'k>(firsts: &mut Vec<(&'k str, usize)>, key: Option<&'k str>, index: usize) {
    if let Some(key) = key.filter(|&key| !firsts.iter().any(|first| first.0 == key)) {
        firsts.push((key, index));
    }
}

/// (head, office) of a role the one-office rule compares: definite, its office
/// more precise than its head, a head one person holds once ("minister"), and
/// no place named ("UK Prime Minister" and "United Kingdom Prime Minister"
/// name one office in two ways; only portfolios in lower case are compared).
fn exclusive_office<'r>(role: &'r Role, text: &str) -> Option<(&'r str, &'r str)> {
    let (head, office) = (role.head.as_deref()?, role.office.as_deref()?);
    let compared =
        role.definite && office != head && is_exclusive_head(head) && !office_names_a_place(role, text);
    compared.then_some((head, office))
}

/// A role phrase with a capitalised word that is not a title word: a
/// country or organisation ("Tongan Prime Minister", "UK Prime Minister").
fn office_names_a_place(role: &Role, text: &str) -> bool {
    role.span.slice(text).split(|c: char| !c.is_alphanumeric()).enumerate().any(|(i, word)| {
        let lower = crate::text::case::lowercase(word);
        i > 0
            && crate::text::case::starts_with_capital(word)
            && !is_title_word(&lower)
            && !is_role_head(&lower)
            && qualifier(&lower).is_none()
    })
}

fn why_incompatible(a: &Role, b: &Role, text: &str) -> Option<String> {
    if let (Some((head_a, office_a)), Some((head_b, office_b))) =
        (exclusive_office(a, text), exclusive_office(b, text))
    {
        if head_a == head_b && office_a != office_b {
            return Some("one person does not hold both offices at once.".to_string());
        }
    }
    if let (Some(party_a), Some(party_b)) = (a.party, b.party) {
        if party_a != party_b {
            return Some(format!("two different parties ({party_a} and {party_b})."));
        }
    }
    if let (Some(house_a), Some(house_b)) = (a.house, b.house) {
        if house_a != house_b {
            return Some(format!(
                "one person does not sit in both the {} and the {}.",
                house_name(house_a),
                house_name(house_b)
            ));
        }
    }
    None
}

fn house_name(house: House) -> &'static str {
    match house {
        House::Commons => "House of Commons",
        House::Lords => "House of Lords",
        House::Senate => "Senate",
        House::Representatives => "House of Representatives",
    }
}

#[inline(never)]
fn two_holders(cx: &Context, out: &mut Vec<Finding>) {
    let text = cx.doc.text;
    // (office, person index, role) for every singular office, in text order.
    let mut holders: Vec<(&str, usize, &Role)> = Vec::new();
    for (index, person) in cx.extracted.entities.entities.iter().enumerate() {
        for role in person.roles.iter().filter(|r| r.is_singular_office()) {
            if let Some(office) = role.office.as_deref() {
                holders.push((office, index, role));
            }
        }
    }
    crate::extract::entities::sort_by_position(&mut holders, |(_, _, role)| {
        (role.span.start(), role.span.end())
    });
    // Each office's holders, as (holder, sentence), are compared among
    // themselves, and only with the first holding of each earlier person (if
    // it shares the later holder's sentence, so do that person's others
    // before it): 100,000 people called "the mayor", or one person called so
    // 100,000 times, take linear time.
    let mut by_office: rustc_hash::FxHashMap<&str, Vec<(usize, usize)>> = Default::default();
    for (index, &(office, _, role)) in holders.iter().enumerate() {
        by_office.entry(office).or_default().push((index, sentence_of(cx, role.span.start())));
    }
    let mut earlier_of: Vec<Option<usize>> = vec![None; holders.len()];
    // Per person, the office (numbered as read) last kept as a candidate, and last reported.
    let people = cx.extracted.entities.entities.len();
    let (mut kept_for, mut reported_for) = (vec![usize::MAX; people], vec![usize::MAX; people]);
    for (number, holdings) in by_office.values().enumerate() {
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        for &(j, sentence) in holdings {
            let person = holders[j].1;
            // Two holders in one sentence are counterparts ("Foreign Minister X met
            // Foreign Minister Y"), not a contradiction. Candidates are in text
            // order, those in this sentence last.
            let mut earlier = None;
            for &(i, s) in &candidates {
                if s == sentence {
                    break;
                }
                if holders[i].1 != person {
                    earlier = Some(i);
                    break;
                }
            }
            if kept_for[person] != number {
                kept_for[person] = number;
                candidates.push((j, sentence));
            }
            // Each person is reported once per office.
            if earlier.is_some() && reported_for[person] != number {
                reported_for[person] = number;
                earlier_of[j] = earlier;
            }
        }
    }
    for (j, earlier) in earlier_of.into_iter().enumerate() {
        let Some(earlier) = earlier else { continue };
        let ((office, person, later), (_, other, earlier)) = (holders[j], holders[earlier]);
        let entities = &cx.extracted.entities.entities;
        let message = format!(
            "“{}” is given to {} here, but to {} on line {}: one office, two holders.",
            later.span.slice(text),
            entities[person].name,
            entities[other].name,
            line_of(cx, earlier.span.start())
        );
        let mut f = finding(OFFICE_TWO_HOLDERS, later.span, message);
        f.related.push(Evidence::in_text(earlier.span, format!("{} as {}", entities[other].name, office)));
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::consistency;
    use super::*;
    use crate::extract::entities::roles::Pattern;
    use crate::text::Span;

    /// The definition [`first_incompatible`] stands for: every earlier role compared.
    fn first_incompatible_by_comparing_all(roles: &[&Role], text: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        for (j, later) in roles.iter().enumerate() {
            let earlier =
                roles[..j].iter().position(|earlier| why_incompatible(earlier, later, text).is_some());
            found.extend(earlier.map(|i| (j, i)));
        }
        found
    }

    #[test]
    fn the_first_incompatible_role_is_the_one_found_by_comparing_every_pair() {
        // Phrases to point role spans at: plain portfolios, and one naming a place.
        let text = "the home minister|the UK minister";
        let (plain, place) = (Span::new(0, 17), Span::new(18, 33));
        let mut seed = 11u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) % n
        };
        for _ in 0..200 {
            let roles: Vec<Role> = (0..20)
                .map(|_| {
                    let head = ["minister", "secretary", "mayor"][next(3) as usize];
                    let office = [head.to_string(), format!("home {head}"), format!("foreign {head}")];
                    Role {
                        span: if next(4) == 0 { place } else { plain },
                        mention: Span::new(0, 0),
                        pattern: Pattern::Appositive,
                        qualifiers: Vec::new(),
                        party: [None, Some("Labour"), Some("Conservative"), Some("Green")][next(4) as usize],
                        house: [None, Some(House::Commons), Some(House::Lords)][next(3) as usize],
                        head: Some(head.to_string()),
                        office: Some(office[next(3) as usize].clone()),
                        definite: next(4) != 0,
                    }
                })
                .collect();
            let roles: Vec<&Role> = roles.iter().collect();
            let expected = first_incompatible_by_comparing_all(&roles, text);
            assert!(!expected.is_empty());
            assert_eq!(first_incompatible(&roles, text), expected);
        }
    }

    #[test]
    fn two_secretaries_for_one_person() {
        let text = "David Cameron, the foreign secretary, spoke on Monday.\n\nLater, Cameron, the home secretary, left.";
        let found = consistency(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, INCOMPATIBLE_ROLES);
        assert_eq!(found[0].1, "the home secretary");
        assert_eq!(found[0].2, ["the foreign secretary"]);
    }

    #[test]
    fn former_and_current_roles_are_compatible() {
        let text = "Sir Iain Duncan Smith, a former education minister, spoke. Duncan Smith, a Conservative MP, left. \
                    The then home secretary, Jane Roe, came. Jane Roe, the foreign secretary, sat.";
        assert!(consistency(text).is_empty());
    }

    #[test]
    fn two_parties_and_two_houses() {
        let found = consistency("Tory MP Jane Roe spoke. Later Roe, a Labour MP, left.");
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("Labour MP"));
        let found = consistency("Jane Roe, a Conservative MP, spoke. Roe, a Conservative peer, left.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "a Conservative peer");
    }

    #[test]
    fn one_office_two_holders() {
        let text =
            "The foreign secretary, David Cameron, spoke.\n\nForeign secretary James Cleverly replied.";
        let found = consistency(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, OFFICE_TWO_HOLDERS);
        assert_eq!(found[0].1, "Foreign secretary");
        assert_eq!(found[0].2, ["The foreign secretary"]);
    }

    #[test]
    fn shared_offices_counterparts_and_former_holders_are_fine() {
        assert!(consistency("Jane Roe, an MP, spoke. John Doe, an MP, replied.").is_empty());
        assert!(consistency("Foreign Minister Jane Roe met Foreign Minister John Doe.").is_empty());
        assert!(consistency(
            "Former foreign secretary Jane Roe spoke. The foreign secretary, John Doe, replied."
        )
        .is_empty());
    }
}
