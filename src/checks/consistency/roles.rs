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

#[inline(never)]
fn incompatible_roles(cx: &Context, out: &mut Vec<Finding>) {
    let text = cx.doc.text;
    for person in cx.extracted.entities.people() {
        // Of roles alike in all that `why_incompatible` reads, only the first can
        // be the earlier role found: a text repeating "Ann Smith, the mayor"
        // 10,000 times compares each mention with one.
        let mut distinct: Vec<&Role> = Vec::new();
        for later in person.roles.iter().filter(|r| r.is_current()) {
            let conflict = distinct
                .iter()
                .find_map(|earlier| why_incompatible(earlier, later, text).map(|why| (*earlier, why)));
            if !distinct.iter().any(|role| alike(role, later, text)) {
                distinct.push(later);
            }
            let Some((earlier, why)) = conflict else { continue };
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

/// Equal in everything [`why_incompatible`] reads.
fn alike(a: &Role, b: &Role, text: &str) -> bool {
    a.head == b.head
        && a.office == b.office
        && a.definite == b.definite
        && a.party == b.party
        && a.house == b.house
        && a.span.slice(text) == b.span.slice(text)
}

/// A role phrase with a capitalised word that is not a title word: a
/// country or organisation ("Tongan Prime Minister", "UK Prime Minister").
fn office_names_a_place(role: &Role, text: &str) -> bool {
    role.span.slice(text).split(|c: char| !c.is_alphanumeric()).enumerate().any(|(i, word)| {
        let lower = crate::text::case::lowercase(word);
        i > 0
            && word.chars().next().is_some_and(char::is_uppercase)
            && !is_title_word(&lower)
            && !is_role_head(&lower)
            && qualifier(&lower).is_none()
    })
}

fn why_incompatible(a: &Role, b: &Role, text: &str) -> Option<String> {
    if let (Some(head_a), Some(head_b), Some(office_a), Some(office_b)) =
        (&a.head, &b.head, &a.office, &b.office)
    {
        let precise = office_a != head_a && office_b != head_b;
        // "UK Prime Minister" and "United Kingdom Prime Minister" name one office
        // in two ways; only portfolios in lower case are compared.
        let plain = |role: &Role| !office_names_a_place(role, text);
        if head_a == head_b
            && is_exclusive_head(head_a)
            && a.definite
            && b.definite
            && precise
            && office_a != office_b
            && plain(a)
            && plain(b)
        {
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
    // (office, person index, sentence, role) for every singular office, in text order.
    let mut holders: Vec<(&str, usize, usize, &Role)> = Vec::new();
    for (index, person) in cx.extracted.entities.entities.iter().enumerate() {
        for role in person.roles.iter().filter(|r| r.is_singular_office()) {
            if let Some(office) = role.office.as_deref() {
                holders.push((office, index, sentence_of(cx, role.span.start()), role));
            }
        }
    }
    crate::extract::entities::sort_by_position(&mut holders, |(_, _, _, role)| {
        (role.span.start(), role.span.end())
    });
    // Each office's holders are compared among themselves, and only with the
    // first holding of each earlier person (if it shares the later holder's
    // sentence, so do that person's others before it): 100,000 people called
    // "the mayor", or one person called so 100,000 times, take linear time.
    // (holder, sentence) by office.
    let mut by_office: rustc_hash::FxHashMap<&str, Vec<(usize, usize)>> = Default::default();
    for (index, &(office, _, sentence, _)) in holders.iter().enumerate() {
        by_office.entry(office).or_default().push((index, sentence));
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
            let earlier = (candidates.iter())
                .take_while(|&&(_, s)| s != sentence)
                .map(|&(i, _)| i)
                .find(|&i| holders[i].1 != person);
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
        let ((office, person, _, later), (_, other, _, earlier)) = (holders[j], holders[earlier]);
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
