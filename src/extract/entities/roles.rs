//! Roles: the phrases that say what a person is, attached to a mention.
//!
//! Patterns, each with the span of the role phrase:
//! - **title** before the name: "security minister Tom Tugendhat", "Deputy
//!   Prime Minister Oliver Dowden", "former Tory leader Sir Iain Duncan Smith";
//! - **appositive** after it: "Alison Giles, the director of security for
//!   parliament,", "Stewart McDonald, a Scottish National Party MP,";
//! - **preceding appositive**: "the Deputy Prime Minister, Oliver Dowden";
//! - **relative clause**: "Alicia Kearns, who leads the foreign affairs select committee";
//! - **copula**: "Dowden is the deputy prime minister".
//!
//! Each phrase is parsed into qualifiers (former, ex-, then, acting, shadow,
//! deputy), a party, a house, a head noun and a normalised office
//! ("education minister", "director of security for parliament").

use super::lexicon::*;
use super::{is_plain_gap, Entity, EntityKind, Token, Tokens};
use crate::text::{Document, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Pattern {
    Title,
    Appositive,
    PrecedingAppositive,
    Relative,
    Copula,
}

/// One role phrase attached to one mention of a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// The role phrase: "a former education minister for the Conservative Party".
    pub span: Span,
    /// The mention it describes.
    pub mention: Span,
    pub pattern: Pattern,
    pub qualifiers: Vec<Qualifier>,
    pub party: Option<&'static str>,
    pub house: Option<House>,
    /// Head noun of the office or occupation: "minister", "prime minister", "director".
    pub head: Option<String>,
    /// The office in lower case without articles, time qualifiers or party:
    /// "education minister", "deputy prime minister", "director of security for parliament".
    pub office: Option<String>,
    /// Introduced by "the" or used as a title before the name.
    pub definite: bool,
}

impl Role {
    /// Held at the time the text describes: not former, then, outgoing or incoming.
    pub fn is_current(&self) -> bool {
        !self.qualifiers.iter().any(|q| q.is_past_or_future())
    }

    /// An office one person holds at a time, named precisely enough that two
    /// holders in one text disagree: "the foreign secretary", "the director
    /// of security for parliament"; not "an MP", not a bare "the president".
    pub fn is_singular_office(&self) -> bool {
        let (Some(head), Some(office)) = (&self.head, &self.office) else { return false };
        self.definite && self.is_current() && !is_shared_head(head) && office != head
    }
}

/// Finds the roles of every mention of every person.
pub fn attach(doc: &Document, tokens: &Tokens, entities: &mut [Entity]) {
    let mut finder = RoleFinder::new(entities, doc.sentences.len());
    for (index, sentence) in tokens.sentences().enumerate() {
        finder.read(index, &sentence);
    }
    finder.attach(entities);
}

/// [`attach`] one sentence at a time, so that its tokens can be shared with
/// other passes that read every sentence in turn: [`RoleFinder::new`], then
/// [`RoleFinder::read`] for each sentence in order, then [`RoleFinder::attach`].
pub struct RoleFinder {
    /// Every person mention's span in text order, so the mentions a phrase
    /// overlaps are found by binary search: a long text names thousands of people.
    people: Vec<Span>,
    longest: usize,
    /// The person mentions, numbered entity by entity as [`RoleFinder::attach`]
    /// walks them.
    mentions: Vec<PersonMention>,
    /// The numbers of sentence `s`'s mentions: `by_sentence[starts[s]..starts[s + 1]]`.
    starts: Vec<usize>,
    by_sentence: Vec<usize>,
    /// The roles found for each mention, by number.
    found: Vec<Vec<Role>>,
}

/// What [`RoleFinder::read`] needs of a person mention.
struct PersonMention {
    span: Span,
    first_token: usize,
    end_token: usize,
}

impl RoleFinder {
    pub fn new(entities: &[Entity], sentences: usize) -> Self {
        // One loop filling the three lists, not three iterator chains
        // collected: smaller in the wasm download.
        let (mut mentions, mut people, mut sentence_of) = (Vec::new(), Vec::new(), Vec::new());
        // No roles yet for any mention.
        let mut found = Vec::new();
        for entity in entities.iter().filter(|e| e.kind == EntityKind::Person) {
            for m in &entity.mentions {
                mentions.push(PersonMention {
                    span: m.span,
                    first_token: m.first_token,
                    end_token: m.end_token,
                });
                people.push(m.span);
                // The mentions grouped by sentence, each group in number order; a mention
                // past the last sentence (none should be) in a group of its own, never read.
                sentence_of.push(m.sentence.min(sentences));
                found.push(Vec::new());
            }
        }
        super::sort_by_position(&mut people, |p| (p.start(), p.end()));
        let longest = people.iter().fold(0, |longest, p| longest.max(p.len()));
        let (starts, by_sentence) = super::order_by_group(&sentence_of, sentences + 1);
        RoleFinder { people, longest, mentions, starts, by_sentence, found }
    }

    /// Reads the role phrases of the person mentions in sentence `index`,
    /// whose tokens are `sentence`.
    pub fn read(&mut self, index: usize, sentence: &[Token]) {
        let Some(numbers) = self.starts.get(index..index + 2) else { return };
        for &number in &self.by_sentence[numbers[0]..numbers[1]] {
            let mention = &self.mentions[number];
            let found = phrases_around(sentence, mention.first_token, mention.end_token, mention.span);
            // A role phrase that contains another person's name describes that
            // person, or lists them ("head Yousef Al-Othaimeen, Pope Francis, and …").
            for (pattern, phrase) in found.into_iter().flatten() {
                if let Some(role) = parse(sentence, phrase, pattern, mention.span) {
                    if !overlaps_another(&self.people, self.longest, role.span, mention.span) {
                        self.found[number].push(role);
                    }
                }
            }
        }
    }

    /// Gives each person the roles read for its mentions.
    pub fn attach(mut self, entities: &mut [Entity]) {
        // Each entity's mentions are the next numbers: a range of the list, not
        // an iterator taken from (smaller in the wasm download).
        let mut next = 0;
        for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            let end = (next + entity.mentions.len()).min(self.found.len());
            let mut roles: Vec<Role> = Vec::new();
            for of_mention in &mut self.found[next..end] {
                roles.append(of_mention);
            }
            next = end;
            // One phrase found twice (by two patterns, or for two mentions) is one
            // role, the first found: the sort keeps the order of equal spans.
            super::sort_by_position(&mut roles, |r| (r.span.start(), r.span.end()));
            roles.dedup_by(|later, first| later.span == first.span);
            entity.roles = roles;
        }
    }
}

/// The role phrase each pattern finds around one person mention: tokens
/// `first..end` of `sentence`, whose name starts where `mention` does.
fn phrases_around(
    sentence: &[Token],
    first: usize,
    end: usize,
    mention: Span,
) -> [Option<(Pattern, Phrase)>; 5] {
    if end == 0 || end > sentence.len() {
        return [None; 5];
    }
    let name = (first..end).find(|&i| sentence[i].span.start() == mention.start()).unwrap_or(first);
    [
        title(sentence, first, name),
        appositive(sentence, end),
        preceding_appositive(sentence, first, name),
        relative(sentence, end),
        copula(sentence, end),
    ]
}

/// Whether `phrase` overlaps a mention in `people` (sorted by start, none
/// longer than `longest`) other than `own`.
fn overlaps_another(people: &[Span], longest: usize, phrase: Span, own: Span) -> bool {
    // Back from the last mention starting before the phrase ends, as long as
    // one can still reach it (a loop: smaller in the wasm download than `rev`,
    // `take_while` and `any`).
    let mut at = people.partition_point(|p| p.start() < phrase.end());
    while at > 0 {
        at -= 1;
        let p = people[at];
        if p.start() + longest <= phrase.start() {
            return false;
        }
        if p != own && phrase.overlaps(p) {
            return true;
        }
    }
    false
}

/// Token range of a role phrase plus how it was introduced.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    start: usize,
    end: usize,
    definite: bool,
    /// For relative clauses: the verb that says what the person does ("leads").
    verb: Option<usize>,
}

fn lower<'a>(token: &'a Token) -> &'a str {
    token.lower.as_ref()
}

fn is_article(lower: &str) -> bool {
    matches!(lower, "a" | "an" | "the")
}

/// A word that may stand in a title before a name, left of its head noun.
fn title_modifier(token: &Token, index: usize) -> bool {
    let word = lower(token);
    if stops_role_phrase(word) || token.text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if !token.is_capitalised() || token.is_all_caps() || index == 0 {
        return true;
    }
    // Capitalised: only role words, parties and nationalities ("British",
    // "Chinese", "Israeli"), never another name.
    is_role_head(word)
        || qualifier(word).is_some()
        || party(word).is_some()
        || is_title_word(word)
        || ["an", "ese", "ish", "ian", "ean", "i", "ch"].iter().any(|s| word.ends_with(s)) && word.len() > 4
}

/// "security minister Tom Tugendhat", "Deputy Prime Minister Oliver Dowden".
fn title(sentence: &[Token], first: usize, name: usize) -> Option<(Pattern, Phrase)> {
    let (mut start, end) = if name > first {
        (first, name)
    } else {
        let before = first.checked_sub(1)?;
        let word = lower(&sentence[before]);
        if !sentence[before].joins_next() || !is_role_head(word) || qualifier(word).is_some() {
            return None;
        }
        // "acts that advocate Hong Kong's independence": after these words
        // the head is a verb.
        let verb_before = before.checked_sub(1).is_some_and(|b| {
            matches!(
                lower(&sentence[b]),
                "that"
                    | "to"
                    | "who"
                    | "which"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
                    | "did"
                    | "does"
                    | "do"
                    | "not"
                    | "also"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
            )
        });
        if verb_before {
            return None;
        }
        (before, first)
    };
    let mut added = 0;
    // "Last year US President Donald Trump": left of a capitalised title only
    // qualifiers and other capitalised title words belong to it.
    let mut title_case = (start..end).any(|i| i > 0 && sentence[i].is_capitalised());
    while start > 0
        && added < 5
        && sentence[start - 1].joins_next()
        && title_modifier(&sentence[start - 1], start - 1)
    {
        let token = &sentence[start - 1];
        if title_case && !token.is_capitalised() && qualifier(lower(token)).is_none() {
            break;
        }
        title_case |= start - 1 > 0 && token.is_capitalised();
        start -= 1;
        added += 1;
    }
    // "a Tory MP Alicia Kearns" is indefinite; "the security minister Tom Tugendhat"
    // and the bare title are definite.
    let article = start.checked_sub(1).filter(|&i| sentence[i].joins_next()).map(|i| lower(&sentence[i]));
    let definite = !matches!(article, Some("a" | "an"));
    Some((Pattern::Title, Phrase { start, end, definite, verb: None }))
}

/// Where a clause ends: the first token after `start` preceded by
/// punctuation, a relative word, or the sentence end.
fn clause_end(sentence: &[Token], start: usize, limit: usize) -> Option<usize> {
    let mut end = start;
    let mut head_seen = false;
    while end < sentence.len() {
        if end > start && !is_plain_gap(sentence[end - 1].gap_after) {
            break;
        }
        let word = lower(&sentence[end]);
        // "the Lord President of the court decided": a verb after the head ends the role.
        if head_seen
            && word.len() > 4
            && word.ends_with("ed")
            && !is_role_head(word)
            && qualifier(word).is_none()
        {
            break;
        }
        head_seen |= is_role_head(word);
        if end > start
            && matches!(
                lower(&sentence[end]),
                "who"
                    | "which"
                    | "that"
                    | "whose"
                    | "where"
                    | "when"
                    | "and"
                    | "but"
                    | "while"
                    | "said"
                    | "says"
                    | "told"
            )
        {
            break;
        }
        end += 1;
    }
    (end > start && end - start <= limit).then_some(end)
}

fn comma_follows(token: &Token) -> bool {
    token.gap_after.trim_end() == ","
}

/// "Alison Giles, the director of security for parliament,".
fn appositive(sentence: &[Token], after: usize) -> Option<(Pattern, Phrase)> {
    let last = sentence.get(after.checked_sub(1)?)?;
    if !comma_follows(last) {
        return None;
    }
    let mut start = after;
    // "John Smith, 45, a teacher": the age is its own appositive.
    if sentence.get(start)?.text.chars().all(|c| c.is_ascii_digit()) && comma_follows(&sentence[start]) {
        start += 1;
    }
    let first = lower(sentence.get(start)?);
    let opens = is_article(first)
        || qualifier(first).is_some()
        || party(first).is_some()
        || is_role_head(first)
        || is_title_word(first) && sentence[start].is_capitalised();
    if !opens {
        return None;
    }
    let end = clause_end(sentence, start, 14)?;
    // The appositive must close: a comma, a full stop, a bracket, a dash.
    let closes = end == sentence.len() || !is_plain_gap(sentence[end - 1].gap_after);
    if !closes {
        return None;
    }
    let definite = first == "the" || !is_article(first);
    Some((Pattern::Appositive, Phrase { start, end, definite, verb: None }))
}

/// "the Deputy Prime Minister, Oliver Dowden".
fn preceding_appositive(sentence: &[Token], first: usize, name: usize) -> Option<(Pattern, Phrase)> {
    if name != first {
        return None;
    }
    let end = first;
    let before = sentence.get(end.checked_sub(1)?)?;
    if !comma_follows(before) {
        return None;
    }
    let mut start = end - 1;
    loop {
        if lower(&sentence[start]) == "the" {
            break;
        }
        if start == 0 || end - start > 10 || !is_plain_gap(sentence[start - 1].gap_after) {
            return None;
        }
        start -= 1;
    }
    // ", the foreign secretary, David Cameron": the phrase describes the name
    // before it, not this one.
    if start > 0 && sentence[start - 1].gap_after.contains(',') {
        return None;
    }
    Some((Pattern::PrecedingAppositive, Phrase { start, end, definite: true, verb: None }))
}

/// Verbs of a relative clause that say which office someone holds.
fn office_verb(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "leads" | "led" | "heads" | "headed" | "runs" | "ran" | "directs" | "directed" => "head",
        "chairs" | "chaired" => "chair",
        "founded" | "co-founded" => "founder",
        _ => return None,
    })
}

fn is_copula(lower: &str) -> bool {
    matches!(lower, "is" | "was" | "became" | "becomes" | "remains" | "remained")
}

/// "Alicia Kearns, who leads the foreign affairs select committee".
fn relative(sentence: &[Token], after: usize) -> Option<(Pattern, Phrase)> {
    let last = sentence.get(after.checked_sub(1)?)?;
    if !comma_follows(last) || lower(sentence.get(after)?) != "who" {
        return None;
    }
    let mut verb = after + 1;
    while sentence.get(verb).is_some_and(|t| {
        matches!(lower(t), "also" | "currently" | "now" | "previously" | "formerly" | "once")
    }) {
        verb += 1;
    }
    let word = lower(sentence.get(verb)?);
    if office_verb(word).is_some() {
        let end = clause_end(sentence, verb, 14)?;
        return (end > verb + 1)
            .then_some((Pattern::Relative, Phrase { start: verb, end, definite: true, verb: Some(verb) }));
    }
    if is_copula(word) || matches!(word, "serves" | "served") {
        let mut start = verb + 1;
        if sentence.get(start).is_some_and(|t| lower(t) == "as") {
            start += 1;
        }
        let article = lower(sentence.get(start)?);
        let end = clause_end(sentence, start, 12)?;
        return Some((Pattern::Relative, Phrase { start, end, definite: article == "the", verb: None }));
    }
    None
}

/// "Dowden is the deputy prime minister".
fn copula(sentence: &[Token], after: usize) -> Option<(Pattern, Phrase)> {
    let last = sentence.get(after.checked_sub(1)?)?;
    if !last.joins_next() || !is_copula(lower(sentence.get(after)?)) {
        return None;
    }
    let mut start = after + 1;
    while sentence.get(start).is_some_and(|t| matches!(lower(t), "also" | "currently" | "now" | "still")) {
        start += 1;
    }
    let article = lower(sentence.get(start)?);
    if !is_article(article) {
        return None;
    }
    let end = clause_end(sentence, start, 10)?;
    Some((Pattern::Copula, Phrase { start, end, definite: article == "the", verb: None }))
}

/// Parses a phrase into a role; `None` when it names no role, party or house.
fn parse(sentence: &[Token], phrase: Phrase, pattern: Pattern, mention: Span) -> Option<Role> {
    let tokens = &sentence[phrase.start..phrase.end];
    // The tokens' lower case, borrowed; a loop, not a `map` collected: smaller in the wasm download.
    let mut words: Vec<&str> = Vec::with_capacity(tokens.len());
    for token in tokens {
        words.push(lower(token));
    }
    // A phrase that is really another name ("Loughton, Alton and McDonald") is no role.
    if words.iter().any(|w| matches!(*w, "said" | "says" | "told" | "reported")) {
        return None;
    }
    let span = Span::new(tokens.first()?.span.start(), tokens.last()?.span.end());
    let mut qualifiers = Vec::new();
    for &word in &words {
        if let Some(q) = qualifier(word) {
            // "who then led …": "then" there is a time adverb, not a qualifier of an office.
            let adverb = q == Qualifier::Then && phrase.verb.is_some();
            if !adverb && !qualifiers.contains(&q) {
                qualifiers.push(q);
            }
        }
    }
    let (party, party_words) = find_party(&words);
    let house = words.iter().find_map(|w| house(w)).or_else(|| {
        let joined = words.join(" ");
        if joined.contains("member of parliament") {
            Some(House::Commons)
        } else if joined.contains("house of lords") {
            Some(House::Lords)
        } else {
            None
        }
    });

    let (head, office) = match phrase.verb {
        Some(verb) => {
            let head = office_verb(words[verb - phrase.start]).map(str::to_string);
            let mut object: Vec<&str> = Vec::new();
            for &word in &words[verb - phrase.start + 1..] {
                if !is_article(word) {
                    object.push(word);
                }
            }
            let office = head.as_ref().map(|h| format!("{h} of {}", object.join(" ")));
            (head, office)
        }
        None => {
            // "an outspoken critic of Russian president Vladimir Putin": the
            // head comes after "of", so the phrase is not this person's role.
            let first_head = words.iter().position(|w| is_role_head(w) && qualifier(w).is_none());
            let first_preposition = words.iter().position(|w| {
                matches!(*w, "of" | "for" | "to" | "at" | "in" | "from" | "with" | "on" | "by")
            });
            if pattern != Pattern::Title
                && matches!((first_preposition, first_head), (Some(p), Some(h)) if p < h)
            {
                return None;
            }
            head_and_office(&words, &party_words)
        }
    };
    if head.is_none() && party.is_none() && house.is_none() {
        return None;
    }
    // "After winning the Republican Party's primaries, Trump": a phrase
    // before the name must name an office, not just mention a party.
    if pattern == Pattern::PrecedingAppositive && head.is_none() {
        return None;
    }
    Some(Role { span, mention, pattern, qualifiers, party, house, head, office, definite: phrase.definite })
}

/// The party a phrase names, and which of its words belong to the party name.
fn find_party(words: &[&str]) -> (Option<&'static str>, Vec<bool>) {
    let mut used = vec![false; words.len()];
    for (pattern, name) in PARTY_PHRASES {
        if let Some(at) = words.windows(pattern.len()).position(|w| w == *pattern) {
            used[at..at + pattern.len()].iter_mut().for_each(|u| *u = true);
            mark_party_tail(words, &mut used, at + pattern.len());
            return (Some(name), used);
        }
    }
    for (at, &word) in words.iter().enumerate() {
        if let Some(name) = party(word) {
            used[at] = true;
            mark_party_tail(words, &mut used, at + 1);
            return (Some(name), used);
        }
    }
    (None, used)
}

/// "Conservative Party": the word "party" after a party name is part of it.
fn mark_party_tail(words: &[&str], used: &mut [bool], at: usize) {
    if words.get(at) == Some(&"party") {
        used[at] = true;
    }
}

/// Words dropped from the office key: time qualifiers and filler.
fn is_time_word(lower: &str) -> bool {
    qualifier(lower).is_some_and(|q| !q.is_part_of_office())
        || matches!(
            lower,
            "current"
                | "new"
                | "newly"
                | "longtime"
                | "long-time"
                | "veteran"
                | "sitting"
                | "serving"
                | "incumbent"
        )
}

/// Head noun and normalised office of a noun phrase.
fn head_and_office(words: &[&str], party_words: &[bool]) -> (Option<String>, Option<String>) {
    // Loops pushing into lists, not iterator chains collected: smaller in the wasm download.
    let is_head = |i: usize| is_role_head(words[i]) && qualifier(words[i]).is_none();
    let Some(first_head) =
        (0..words.len()).find(|&i| is_head(i)).or_else(|| words.iter().position(|w| *w == "deputy"))
    else {
        return (None, None);
    };
    let mut last_head = first_head;
    while last_head + 1 < words.len() && is_head(last_head + 1) {
        last_head += 1;
    }
    let mut modifiers_end = first_head;
    let mut head_words: Vec<&str> = Vec::new();
    if first_head > 0 && words[first_head - 1] == "prime" {
        head_words.push("prime");
        modifiers_end -= 1;
    }
    for &word in &words[first_head..=last_head] {
        head_words.push(normalise_head(word));
    }
    let head = head_words.join(" ");

    let keep = |i: usize| !party_words[i] && !is_article(words[i]) && !is_time_word(words[i]);
    let mut key: Vec<&str> = Vec::new();
    for (i, &word) in words.iter().enumerate().take(modifiers_end) {
        if keep(i) {
            key.push(word);
        }
    }
    let mut complement: Vec<&str> = Vec::new();
    if words.get(last_head + 1).is_some_and(|w| matches!(*w, "of" | "for" | "to" | "at" | "on")) {
        for (i, &word) in words.iter().enumerate().skip(last_head + 1) {
            let ends =
                matches!(word, "from" | "since" | "until" | "in" | "during" | "between" | "with" | "and");
            if ends && i > last_head + 2 {
                break;
            }
            if keep(i) && word != "same" {
                complement.push(word);
            }
        }
    }
    // "for the Conservative Party" leaves a bare "for".
    if complement.len() == 1 {
        complement.clear();
    }
    // "secretary of state for foreign affairs" = "foreign secretary".
    if matches!(head.as_str(), "secretary" | "minister") && !complement.is_empty() {
        let mut portfolio: Vec<&str> = Vec::new();
        for &word in &complement[1..] {
            if !matches!(word, "affairs" | "state" | "of" | "for") {
                portfolio.push(word);
            }
        }
        if !portfolio.is_empty() && portfolio.len() <= 3 {
            key.extend_from_slice(&portfolio);
            key.push(&head);
            let office = key.join(" ");
            return (Some(head), Some(office));
        }
    }
    key.push(&head);
    key.extend_from_slice(&complement);
    let office = key.join(" ");
    (Some(head), Some(office))
}

fn normalise_head(word: &str) -> &str {
    match word {
        "chairman" | "chairwoman" | "chairperson" => "chair",
        "mps" => "mp",
        "spokesman" | "spokeswoman" => "spokesperson",
        "sen" => "senator",
        "rep" => "representative",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, Entities};
    use super::*;

    #[test]
    fn overlapping_mentions_are_found_as_by_scanning_them_all() {
        // Mentions of assorted lengths, some overlapping one another.
        let mut people: Vec<Span> = (0..40).map(|i| Span::new(i * 7 % 90, i * 7 % 90 + 1 + i % 9)).collect();
        super::super::sort_by_position(&mut people, |p| (p.start(), p.end()));
        let longest = people.iter().map(|p| p.len()).max().unwrap();
        for start in 0..100 {
            for len in 0..12 {
                let phrase = Span::new(start, start + len);
                for own in [people[0], people[17], Span::new(0, 0)] {
                    let expected = people.iter().any(|&p| p != own && phrase.overlaps(p));
                    assert_eq!(overlaps_another(&people, longest, phrase, own), expected, "{phrase:?}");
                }
            }
        }
    }

    /// Roles read the way `attach` did before the sentence-by-sentence reader:
    /// entity by entity, each mention's sentence looked up in turn.
    fn attached_entity_by_entity(tokens: &Tokens, entities: &mut [Entity]) {
        let mut people: Vec<Span> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| e.mentions.iter().map(|m| m.span))
            .collect();
        super::super::sort_by_position(&mut people, |p| (p.start(), p.end()));
        let longest = people.iter().map(|p| p.len()).max().unwrap_or(0);
        for entity in entities.iter_mut().filter(|e| e.kind == EntityKind::Person) {
            let mut roles: Vec<Role> = Vec::new();
            for mention in &entity.mentions {
                let Some(sentence) = tokens.sentence(mention.sentence) else { continue };
                let found = phrases_around(&sentence, mention.first_token, mention.end_token, mention.span);
                for (pattern, phrase) in found.into_iter().flatten() {
                    if let Some(role) = parse(&sentence, phrase, pattern, mention.span) {
                        if !overlaps_another(&people, longest, role.span, mention.span) {
                            roles.push(role);
                        }
                    }
                }
            }
            super::super::sort_by_position(&mut roles, |r| (r.span.start(), r.span.end()));
            roles.dedup_by(|later, first| later.span == first.span);
            entity.roles = roles;
        }
    }

    #[test]
    fn reading_sentence_by_sentence_attaches_what_reading_entity_by_entity_did() {
        // People interleaved across sentences, several mentions each, one role
        // found by two patterns, a role phrase naming another person, and a text
        // both short (tokens kept) and past `CACHED_TEXT_BYTES` (built per sweep).
        let article = "Security minister Tom Tugendhat spoke. Alison Giles, the director of security \
            for parliament, agreed with Tugendhat. The Deputy Prime Minister, Oliver Dowden, said Dowden is \
            the deputy prime minister. Giles, who leads the security team, said Tom Tugendhat is the \
            security minister. Stewart McDonald, a Scottish National Party MP, met Alicia Kearns, who leads \
            the foreign affairs committee, and former Tory leader Sir Iain Duncan Smith.\n\n";
        for copies in [1, super::super::CACHED_TEXT_BYTES / article.len() + 2] {
            let text = article.repeat(copies);
            let doc = Document::new(&text);
            let tokens = Tokens::new(&doc);
            let found = super::super::mentions::find(&tokens);
            let definitions = super::super::acronyms::definitions(&doc, &tokens);
            let (entities, _) = super::super::aliases::cluster(&doc, found, &definitions);
            let (mut by_sentence, mut by_entity) = (entities.clone(), entities);
            attach(&doc, &tokens, &mut by_sentence);
            attached_entity_by_entity(&tokens, &mut by_entity);
            let roles = |entities: &[Entity]| -> Vec<Vec<Role>> {
                entities.iter().map(|e| e.roles.clone()).collect()
            };
            assert!(
                roles(&by_entity).iter().flatten().count() >= 7 * copies,
                "the example has roles to compare"
            );
            assert_eq!(roles(&by_sentence), roles(&by_entity), "{copies} copies");
        }
    }

    fn analysed(text: &str) -> Entities {
        extract(&Document::new(text))
    }

    /// (person, role phrase, office) for every role in the text.
    fn roles(text: &str) -> Vec<(String, String, Option<String>)> {
        let found = analysed(text);
        found
            .people()
            .flat_map(|e| {
                e.roles
                    .iter()
                    .map(move |r| (e.name.clone(), r.span.slice(text).to_string(), r.office.clone()))
            })
            .collect()
    }

    fn role(name: &str, phrase: &str, office: Option<&str>) -> (String, String, Option<String>) {
        (name.to_string(), phrase.to_string(), office.map(str::to_string))
    }

    #[test]
    fn title_before_the_name() {
        assert_eq!(
            roles("It was founded by security minister Tom Tugendhat."),
            [role("Tom Tugendhat", "security minister", Some("security minister"))]
        );
        assert_eq!(
            roles("He spoke to Deputy Prime Minister Oliver Dowden."),
            [role("Oliver Dowden", "Deputy Prime Minister", Some("deputy prime minister"))]
        );
        assert_eq!(
            roles("He spoke to former Tory leader Sir Iain Duncan Smith today."),
            [role("Iain Duncan Smith", "former Tory leader", Some("leader"))]
        );
        assert_eq!(
            roles("He worked for Tory MP Alicia Kearns."),
            [role("Alicia Kearns", "Tory MP", Some("mp"))]
        );
    }

    #[test]
    fn lower_case_words_do_not_join_a_capitalised_title() {
        assert_eq!(
            roles("Last year US President Donald Trump left."),
            [role("Donald Trump", "US President", Some("us president"))]
        );
        assert_eq!(
            roles("The court removes Governor Pedro Pierluisi."),
            [role("Pedro Pierluisi", "Governor", Some("governor"))]
        );
        // Qualifiers still do.
        assert_eq!(
            roles("He debated former US Vice President Joe Biden."),
            [role("Joe Biden", "former US Vice President", Some("us vice president"))]
        );
    }

    #[test]
    fn a_role_ends_before_a_verb_and_needs_its_head_first() {
        assert_eq!(
            roles("Jane Roe was the chair of the inquiry appointed in 2019."),
            [role("Jane Roe", "the chair of the inquiry", Some("chair of inquiry"))]
        );
        // An appositive that never closes is not trusted.
        assert!(roles("Colin Sutherland, the Lord President of the court decided that.").is_empty());
        // The head belongs to someone else: Navalny is a critic, not a president.
        assert!(roles("Alexei Navalny is an outspoken critic of Russian president Vladimir Putin.")
            .iter()
            .all(|(name, _, _)| name != "Alexei Navalny"));
    }

    #[test]
    fn a_phrase_holding_another_name_is_not_a_role() {
        let text = "Condemnation came from OIC head Yousef Al-Othaimeen, Pope Francis, and others.";
        assert_eq!(
            roles(text),
            [
                role("Yousef Al-Othaimeen", "OIC head", Some("oic head")),
                role("Francis", "Pope", Some("pope")),
            ]
        );
    }

    #[test]
    fn title_negatives() {
        assert!(roles("They banned acts that advocate Hong Kong independence.").is_empty());
        assert!(roles("After winning the Republican Party's primaries on Tuesday, Donald Trump spoke.")
            .is_empty());
        // A verb, a film title, a family word: no role.
        assert!(roles("The award was presented to Jane Smith.").is_empty());
        assert!(roles("He starred opposite Rock Hudson in the comedy Pillow Talk.").is_empty());
        assert!(roles("He thanked his wife Mary Jones.").is_empty());
    }

    #[test]
    fn appositive_after_the_name() {
        let found = analysed("They met Alison Giles, the director of security for parliament, on Monday.");
        let giles = &found.entities[0];
        assert_eq!(giles.name, "Alison Giles");
        let role = &giles.roles[0];
        assert_eq!(role.office.as_deref(), Some("director of security for parliament"));
        assert!(role.is_singular_office());

        let found = analysed("Stewart McDonald, a Scottish National Party MP, came.");
        let role = &found.entities[0].roles[0];
        assert_eq!(role.party, Some("Scottish National Party"));
        assert_eq!(role.house, Some(House::Commons));
        assert!(!role.is_singular_office());
    }

    #[test]
    fn appositive_keeps_qualifiers_and_party() {
        let text = "Sir Iain Duncan Smith, a former education minister for the Conservative Party, spoke.";
        let found = analysed(text);
        let role = &found.entities[0].roles[0];
        assert_eq!(role.span.slice(text), "a former education minister for the Conservative Party");
        assert_eq!(role.qualifiers, [Qualifier::Former]);
        assert_eq!(role.party, Some("Conservative"));
        assert_eq!(role.office.as_deref(), Some("education minister"));
        assert!(!role.is_current());
    }

    #[test]
    fn appositive_negatives() {
        assert!(roles("Duncan Smith, Loughton, Alton and McDonald are members.").is_empty());
        assert!(roles("Jane Smith, the report said, was late.").is_empty());
        assert!(roles("Jane Smith, a keen gardener, was late.").is_empty());
    }

    #[test]
    fn preceding_appositive_and_its_guard() {
        assert_eq!(
            roles("Parliament will be told by the Deputy Prime Minister, Oliver Dowden."),
            [role("Oliver Dowden", "the Deputy Prime Minister", Some("deputy prime minister"))]
        );
        // The phrase between commas belongs to the name before it.
        let found = roles("Tim Loughton, the party chair, Stewart McDonald and others came.");
        assert_eq!(found, [role("Tim Loughton", "the party chair", Some("party chair"))]);
    }

    #[test]
    fn relative_clauses_and_copulas() {
        assert_eq!(
            roles("He worked for Alicia Kearns, who leads the foreign affairs select committee."),
            [role(
                "Alicia Kearns",
                "leads the foreign affairs select committee",
                Some("head of foreign affairs select committee")
            )]
        );
        assert_eq!(
            roles("Oliver Dowden is the deputy prime minister."),
            [role("Oliver Dowden", "the deputy prime minister", Some("deputy prime minister"))]
        );
        assert!(roles("Chris Cash, who denies the accusation, worked there.").is_empty());
        assert!(roles("Doris Day was paid more than any other singer.").is_empty());
        assert!(roles("Doris Day was the first woman to win.").is_empty());
    }

    #[test]
    fn cross_bench_peer_and_office_synonyms() {
        let found = analysed("Lord Alton of Liverpool, a cross-bench peer, spoke.");
        let role = &found.entities[0].roles[0];
        assert_eq!(role.party, Some("Crossbench"));
        assert_eq!(role.house, Some(House::Lords));
        let found = analysed("James Cleverly, the Secretary of State for Foreign Affairs, spoke.");
        assert_eq!(found.entities[0].roles[0].office.as_deref(), Some("foreign secretary"));
        let found = analysed("Jane Roe, the then-foreign secretary, spoke.");
        assert_eq!(found.entities[0].roles[0].qualifiers, [Qualifier::Then]);
    }
}
