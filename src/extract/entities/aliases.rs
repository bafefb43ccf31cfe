//! Aliases: mentions clustered into entities.
//!
//! People: the fullest names found first ("Sir Iain Duncan Smith"); a
//! shorter mention joins the one entity whose name ends with it ("Duncan
//! Smith", "Mr Loughton", "Alton"), and "Sir Iain" joins the one whose first
//! name it is. A short mention that fits two people ("Johnson" beside Boris
//! and Rachel Johnson) joins neither. Organisations join on the same name;
//! an acronym joins the organisation it spells out.

use super::acronyms::{Definition, Use};
use super::mentions::{Mention, MentionKind};
use super::{collapse_spaces, sort_by_position, Entity, EntityKind};
use crate::text::{Document, Span};
use rustc_hash::FxHashMap as HashMap;

/// Entities from mentions; mentions that name no entity are returned apart.
pub fn cluster(
    doc: &Document,
    mentions: Vec<Mention>,
    definitions: &[Definition],
) -> (Vec<Entity>, Vec<Mention>) {
    let text = doc.text;
    let mut entities: Vec<Entity> = Vec::new();
    let mut unresolved = Vec::new();

    // People, fullest names first so that short forms find them.
    // Organisation keys, one per organisation entity, computed once.
    let mut org_keys: HashMap<String, usize> = HashMap::default();
    let mut people: Vec<Mention> = Vec::new();
    let mut singles: Vec<Mention> = Vec::new();
    for mention in mentions {
        match mention.kind {
            MentionKind::Person => people.push(mention),
            MentionKind::Single => singles.push(mention),
            MentionKind::Organisation => {
                let key = org_key(mention.span.slice(text));
                match org_keys.get(&key) {
                    Some(&index) => entities[index].mentions.push(mention),
                    None => {
                        org_keys.insert(key, entities.len());
                        entities.push(new_entity(text, mention, EntityKind::Organisation));
                    }
                }
            }
        }
    }
    sort_by_position(&mut people, |m| (usize::MAX - m.core.len(), m.span.start()));
    let mut names = PersonNames::default();
    for mention in people {
        match names.matches(&mention.words, mention.honorific_lower(text).as_deref()) {
            Fits::One(one) => {
                names.add(one, &mention.words);
                entities[one].mentions.push(mention);
            }
            Fits::Nobody => {
                names.add(entities.len(), &mention.words);
                entities.push(new_entity(text, mention, EntityKind::Person));
            }
            // Two people fit: a new entity would be a guess as well; keep it apart.
            Fits::Several => unresolved.push(mention),
        }
    }
    for mention in singles {
        match names.matches(&mention.words, None) {
            Fits::One(one) => entities[one].mentions.push(mention),
            _ => unresolved.push(mention),
        }
    }

    // An acronym's expansion names an organisation even without an
    // organisation word ("Defending Democracy (DD)"), unless one has its key:
    // looked up in the same index as the organisation mentions.
    for definition in definitions {
        if !crate::text::case::starts_with_capital(&definition.expansion) {
            continue;
        }
        let key = org_key(&definition.expansion);
        if org_keys.contains_key(&key) {
            continue;
        }
        org_keys.insert(key, entities.len());
        let mention =
            Mention::organisation(text, definition.expansion_span, sentence_at(doc, definition.span));
        entities.push(new_entity(text, mention, EntityKind::Organisation));
    }

    for entity in &mut entities {
        sort_by_position(&mut entity.mentions, |m| (m.span.start(), m.span.end()));
        entity.name = canonical_name(text, entity);
    }
    sort_by_position(&mut entities, |e| (e.first_mention().map_or(usize::MAX, |s| s.start()), 0));
    sort_by_position(&mut unresolved, |m| (m.span.start(), m.span.end()));
    (entities, unresolved)
}

/// Adds every use of a defined acronym to the organisation it spells out.
pub fn bind_acronyms(
    doc: &Document,
    entities: &mut [Entity],
    unresolved: &mut Vec<Mention>,
    definitions: &[Definition],
    uses: &[Use],
) {
    let acronyms = super::acronyms::defined_acronyms(definitions);
    unresolved.retain(|m| !acronyms.contains(m.span.slice(doc.text)));
    // The first organisation of each key, by hash (inserted last to first, so
    // the first stays): a text can define hundreds of acronyms.
    let mut by_key: HashMap<String, usize> = HashMap::default();
    for (index, entity) in
        entities.iter().enumerate().rev().filter(|(_, e)| e.kind == EntityKind::Organisation)
    {
        by_key.insert(org_key(&entity.name), index);
    }
    for definition in definitions {
        let Some(&first) = by_key.get(&org_key(&definition.expansion)) else { continue };
        let entity = &mut entities[first];
        if entity.acronym.is_some() {
            continue;
        }
        entity.acronym = Some(definition.acronym.clone());
        for used in uses.iter().filter(|u| u.acronym == definition.acronym) {
            entity.mentions.push(Mention::organisation(doc.text, used.span, sentence_at(doc, used.span)));
        }
        sort_by_position(&mut entity.mentions, |m| (m.span.start(), m.span.end()));
    }
}

/// The index of the sentence `span` starts in (one function for both callers' searches).
fn sentence_at(doc: &Document, span: Span) -> usize {
    doc.sentences.partition_point(|s| s.span.end() <= span.start())
}

fn new_entity(text: &str, mention: Mention, kind: EntityKind) -> Entity {
    Entity {
        name: collapse_spaces(mention.span.slice(text)),
        kind,
        mentions: vec![mention],
        roles: Vec::new(),
        acronym: None,
    }
}

/// Organisations compare without case, a leading "the" or spacing.
fn org_key(name: &str) -> String {
    let key = crate::text::normalize::comparison_key(name);
    key.strip_prefix("the ").map(str::to_string).unwrap_or(key)
}

/// The names each person entity goes by (distinct word lists), indexed by
/// their last and first words, so a mention is compared only with the
/// people whose names could fit it: a long text names thousands of people.
#[derive(Default)]
struct PersonNames {
    /// The distinct names (folded word lists) entity `i` has been given, at
    /// index `i` (empty for organisations): entity indices are dense, so a
    /// list, not a hash map of a type of its own in the wasm.
    names: Vec<Vec<Vec<String>>>,
    by_last_word: HashMap<String, Vec<usize>>,
    by_first_word: HashMap<String, Vec<usize>>,
}

/// The people a mention can refer to.
enum Fits {
    Nobody,
    One(usize),
    /// Two people or more.
    Several,
}

impl PersonNames {
    fn add(&mut self, entity: usize, words: &[String]) {
        let (Some(first), Some(last)) = (words.first(), words.last()) else { return };
        if self.names.len() <= entity {
            self.names.resize_with(entity + 1, Vec::new);
        }
        let names = &mut self.names[entity];
        if names.iter().any(|n| n == words) {
            return;
        }
        names.push(words.to_vec());
        for (index, word) in [(&mut self.by_last_word, last), (&mut self.by_first_word, first)] {
            // A repeat is only looked for at the end: 100,000 people called
            // Ann share one list, and `matches` reads any repeat as one person.
            let entities = index.entry(word.clone()).or_default();
            if entities.last() != Some(&entity) {
                entities.push(entity);
            }
        }
    }

    /// The people a mention with these name words can refer to.
    fn matches(&self, words: &[String], honorific: Option<&str>) -> Fits {
        let Some(last) = words.last() else { return Fits::Nobody };
        // "Sir Iain" is Sir Iain Duncan Smith: British usage keeps the first name after Sir/Dame.
        let knighted = matches!(honorific, Some("sir" | "dame")) && words.len() == 1;
        let by_last = self.by_last_word.get(last).map_or(&[][..], Vec::as_slice);
        let by_first = match knighted {
            true => self.by_first_word.get(&words[0]).map_or(&[][..], Vec::as_slice),
            false => &[],
        };
        // Only how many distinct people fit matters, and which one when there
        // is one: no list of them is sorted or kept, and the search stops at a second.
        let mut fits = Fits::Nobody;
        for &entity in by_last.iter().chain(by_first) {
            let fitting = self.names[entity].iter().any(|full| {
                let suffix = full.len() >= words.len() && full[full.len() - words.len()..] == *words;
                let knighted_first_name = knighted && full.len() >= 2 && full[0] == words[0];
                suffix || knighted_first_name
            });
            match fits {
                _ if !fitting => {}
                Fits::Nobody => fits = Fits::One(entity),
                Fits::One(one) if one == entity => {}
                _ => return Fits::Several,
            }
        }
        fits
    }
}

/// The fullest name without honorific, or with it when only a surname is known.
fn canonical_name(text: &str, entity: &Entity) -> String {
    // The choices below are loops keeping the last best, as `max_by_key`
    // does: smaller in the wasm download than its instantiations.
    if entity.kind == EntityKind::Organisation {
        let key = |m: &Mention| (m.span.len(), std::cmp::Reverse(m.span.start()));
        let mut longest = None;
        for mention in &entity.mentions {
            let rank = key(mention);
            if longest.as_ref().is_none_or(|(best, _)| rank >= *best) {
                longest = Some((rank, mention));
            }
        }
        return longest.map_or_else(String::new, |(_, m)| collapse_spaces(m.span.slice(text)));
    }
    // The most frequent full name, then the longest: "Jacques Chirac" over a
    // headline's "France Jacques Chirac".
    // Counted once per spelling, not per mention: a novel names its heroine
    // thousands of times, in a handful of spellings.
    let mut spellings: Vec<(&[String], usize)> = Vec::new();
    for mention in &entity.mentions {
        match spellings.iter_mut().find(|(words, _)| *words == mention.words.as_slice()) {
            Some((_, count)) => *count += 1,
            None => spellings.push((&mention.words, 1)),
        }
    }
    let frequency = |m: &Mention| {
        spellings.iter().find(|(words, _)| *words == m.words.as_slice()).map_or(0, |&(_, count)| count)
    };
    let key =
        |m: &Mention| (m.core.len() >= 2, frequency(m), m.core.len(), std::cmp::Reverse(m.span.start()));
    let mut fullest = None;
    for mention in &entity.mentions {
        let rank = key(mention);
        if fullest.as_ref().is_none_or(|(best, _)| rank >= *best) {
            fullest = Some((rank, mention));
        }
    }
    let Some((_, fullest)) = fullest else { return String::new() };
    let (Some(first), Some(last)) = (fullest.core.first(), fullest.core.last()) else {
        return String::new();
    };
    let name = collapse_spaces(Span::new(first.start(), last.end()).slice(text));
    if fullest.core.len() == 1 {
        if let Some(honorific) = entity.mentions.iter().find_map(|m| m.honorific) {
            return format!("{} {name}", honorific.slice(text));
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::text::Document;

    fn clusters(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Document::new(text);
        extract(&doc)
            .entities
            .into_iter()
            .map(|e| (e.name, e.mentions.iter().map(|m| m.span.slice(text).to_string()).collect()))
            .collect()
    }

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn short_forms_join_the_full_name() {
        let text =
            "Sir Iain Duncan Smith spoke. Later Duncan Smith left. Sir Iain was tired. Tim Loughton came. \
                    Mr Loughton sat. Loughton left.";
        assert_eq!(
            clusters(text),
            [
                (
                    "Iain Duncan Smith".to_string(),
                    strings(&["Sir Iain Duncan Smith", "Duncan Smith", "Sir Iain"])
                ),
                ("Tim Loughton".to_string(), strings(&["Tim Loughton", "Mr Loughton", "Loughton"])),
            ]
        );
    }

    #[test]
    fn a_peer_keeps_the_honorific_when_only_the_surname_is_known() {
        let text = "Lord Alton of Liverpool spoke. Alton left.";
        assert_eq!(
            clusters(text),
            [("Lord Alton".to_string(), strings(&["Lord Alton of Liverpool", "Alton"]))]
        );
    }

    #[test]
    fn an_ambiguous_surname_joins_nobody() {
        let text = "Boris Johnson and Rachel Johnson spoke. Johnson left.";
        let found = clusters(text);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|(_, mentions)| mentions.len() == 1));
    }

    #[test]
    fn acronyms_join_their_organisation() {
        let text = "They joined the Inter-Parliamentary Alliance on China (Ipac). Ipac grew.";
        let doc = Document::new(text);
        let found = extract(&doc);
        let ipac = &found.entities[0];
        assert_eq!(ipac.name, "Inter-Parliamentary Alliance on China");
        assert_eq!(ipac.acronym.as_deref(), Some("Ipac"));
        assert_eq!(ipac.mentions.len(), 3);
    }
}
