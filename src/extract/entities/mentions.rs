//! Mentions: capitalised name sequences, with their honorific ("Sir"), title
//! ("Deputy Prime Minister") and territorial designation ("of Liverpool"),
//! classified as a person, an organisation, or a lone capitalised word that
//! may be a surname used alone.
//!
//! A run of capitalised words (joined by spaces or hyphens, with particles
//! like "de" and, in organisation names, "of"/"and"/"on") is one candidate.
//! Organisation words ("Party", "Committee") make it an organisation; place,
//! event and work words ("Valley", "Medal", "Act") drop it; a preposition of
//! place before it ("in New Delhi") drops it; a capitalised common word at
//! the start of a sentence ("Last year", "During") is not part of a name.

use super::lexicon::*;
use super::{Token, Tokens};
use crate::text::case::lowercase;
use crate::text::Span;
use rustc_hash::FxHashSet as HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// A name with a first name, an honorific or a title.
    Person,
    Organisation,
    /// One capitalised word ("Loughton"): a person only if it is the
    /// surname of a person named in full elsewhere.
    Single,
}

/// One mention of a name in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Honorific, name and territorial designation: "Sir Iain Duncan Smith",
    /// "Lord Alton of Liverpool", "Sunday Times". A possessive "'s" is left out.
    pub span: Span,
    /// The name words alone, without honorific, title or territorial part.
    pub core: Vec<Span>,
    /// `core` folded for comparison ([`fold`]): "kaczynski".
    pub words: Vec<String>,
    pub honorific: Option<Span>,
    /// A capitalised title inside the name run: "Deputy Prime Minister".
    pub title: Option<Span>,
    pub kind: MentionKind,
    pub sentence: usize,
    /// Token indices in the sentence: where the title (or the name) starts,
    /// and one past the last token of `span`.
    pub first_token: usize,
    pub end_token: usize,
}

impl Mention {
    /// A mention built from spans (an acronym, an expansion), its words folded.
    pub fn organisation(text: &str, span: Span, sentence: usize) -> Mention {
        Mention {
            span,
            core: vec![span],
            words: vec![fold(span.slice(text))],
            honorific: None,
            title: None,
            kind: MentionKind::Organisation,
            sentence,
            first_token: 0,
            end_token: 0,
        }
    }

    pub fn honorific_lower(&self, text: &str) -> Option<String> {
        self.honorific.map(|s| lowercase(s.slice(text)))
    }
}

/// Abbreviated titles before a name: "Sen. Ted Cruz", "Gov. Newsom".
fn is_title_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "sen"
            | "rep"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "capt"
            | "sgt"
            | "cllr"
            | "det"
            | "insp"
            | "supt"
            | "cmdr"
            | "adm"
            | "maj"
            | "pres"
            | "hon"
            | "cpl"
            | "pte"
    )
}

fn is_title_head(lower: &str) -> bool {
    is_role_head(lower) || is_title_abbreviation(lower) || party(lower).is_some()
}

fn is_name_token(token: &Token) -> bool {
    (token.is_capitalised() && !token.is_all_caps() && token.text.chars().any(char::is_alphabetic))
        || is_elided_particle(token.text)
}

/// "d'Estaing", "l'Aquila": an elided particle joined to a capitalised name.
fn is_elided_particle(word: &str) -> bool {
    let rest =
        word.strip_prefix("d'").or_else(|| word.strip_prefix("d’")).or_else(|| word.strip_prefix("l'"));
    rest.is_some_and(crate::text::case::starts_with_capital)
}

/// The lower-case syllable of a hyphenated given name: "Yung-soo", "Jae-in", "Jong-un".
fn is_name_syllable(token: &Token) -> bool {
    matches!(token.gap_before, "-")
        && (2..=3).contains(&token.text.len())
        && token.text.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(token.text, "led" | "run" | "era" | "age" | "old" | "up" | "day" | "won" | "set" | "aid")
}

/// A middle initial or a dotted title: "John R. Bolton", "Mr. Darcy", "Sen. Cruz" are one name.
fn is_initial(token: &Token) -> bool {
    token.gap_after == ". "
        && token.is_capitalised()
        && (token.text.len() == 1 || is_honorific(&token.lower) || is_title_abbreviation(&token.lower))
}

fn is_connector(token: &Token) -> bool {
    let lower = token.text;
    token.text.chars().next().is_some_and(|c| !c.is_uppercase())
        && (is_particle(lower) || is_name_connector(lower))
}

/// Finds every mention in the document, in text order.
pub fn find(tokens: &Tokens) -> Vec<Mention> {
    let mut out = Vec::new();
    for sentence in tokens.sentences() {
        find_in(tokens, &sentence, &mut out);
    }
    out
}

/// Appends the mentions of one sentence (its tokens from `tokens`) to `out`.
pub fn find_in(tokens: &Tokens, sentence: &[Token], out: &mut Vec<Mention>) {
    // A capitalised word at the start of a sentence is a common word if the
    // text also uses it in lower case ("Last year" … "last week").
    let finder = Finder { lower_case_words: &tokens.lower_case_words };
    let mut i = 0;
    while i < sentence.len() {
        if !is_name_token(&sentence[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            let joined = sentence[end - 1].joins_next() || is_initial(&sentence[end - 1]);
            if end < sentence.len()
                && joined
                && (is_name_token(&sentence[end]) || is_name_syllable(&sentence[end]))
            {
                end += 1;
            } else if end + 1 < sentence.len()
                && joined
                && is_connector(&sentence[end])
                && sentence[end].joins_next()
                && is_name_token(&sentence[end + 1])
            {
                end += 2;
            } else {
                break;
            }
        }
        finder.run(sentence, start, end, out);
        i = end;
    }
}

struct Finder<'a> {
    /// Words the text writes in lower case somewhere.
    lower_case_words: &'a HashSet<&'a str>,
}

impl<'a> Finder<'a> {
    fn run(&self, sentence: &[Token], start: usize, mut end: usize, out: &mut Vec<Mention>) {
        // Lower case without a possessive: "Party's" is "party".
        let lower = |i: usize| {
            // The lower case ends with the same "'s" as the text.
            let token = &sentence[i];
            let possessive = token.span.end() - possessive_trimmed(token);
            &token.lower[..token.lower.len() - possessive]
        };
        let mut org = (start..end).any(|i| is_name_token(&sentence[i]) && is_organisation_word(lower(i)));
        // "the Defending Democracy taskforce": a lower-case organisation word completes the name.
        if end < sentence.len()
            && sentence[end - 1].joins_next()
            && is_trailing_organisation_word(sentence[end].text)
            && end - start >= 2
        {
            end += 1;
            org = true;
        }
        if org {
            let mut first = start;
            while first < end
                && (is_function_word(lower(first))
                    || is_connector(&sentence[first])
                    || self.is_common_opener(sentence, first))
            {
                first += 1;
            }
            if end - first >= 2 {
                // The name words keep a possessive "'s": "Party's" folds to "party's".
                let (core, words) = name_words(sentence, first, end, sentence[end - 1].span.end());
                out.push(Mention {
                    span: Span::new(sentence[first].span.start(), possessive_trimmed(&sentence[end - 1])),
                    core,
                    words,
                    honorific: None,
                    title: None,
                    kind: MentionKind::Organisation,
                    sentence: sentence[first].sentence,
                    first_token: first,
                    end_token: end,
                });
            }
            return;
        }
        // Not an organisation: the connectors separate names ("Alton and
        // McDonald"), except "of" after a peer's name ("Lord Alton of Liverpool").
        let mut piece_start = start;
        let mut connector: Option<&str> = None;
        let mut i = start;
        while i < end {
            let token = &sentence[i];
            if is_connector(token) && !is_particle(token.text) {
                let territorial = token.text == "of" && (piece_start..i).any(|k| takes_territorial(lower(k)));
                if !territorial {
                    self.piece(sentence, piece_start, i, None, connector, out);
                    piece_start = i + 1;
                    connector = Some(token.text);
                } else {
                    // Everything after "of" is the territorial designation.
                    self.piece(sentence, piece_start, i, Some(end), connector, out);
                    return;
                }
            }
            i += 1;
        }
        self.piece(sentence, piece_start, end, None, connector, out);
    }

    /// A capitalised word opening a sentence that is a common word.
    fn is_common_opener(&self, sentence: &[Token], i: usize) -> bool {
        if i != 0
            && !sentence[i].gap_before.chars().any(|c| matches!(c, '"' | '“' | '‘' | '\'' | '(' | ':' | '—'))
        {
            return false;
        }
        let lower = sentence[i].lower.as_ref();
        is_function_word(lower) || self.lower_case_words.contains(lower)
    }

    /// One name candidate, tokens `start..end`; `territorial_end` extends the
    /// mention over "of Liverpool".
    fn piece(
        &self,
        sentence: &[Token],
        mut start: usize,
        end: usize,
        territorial_end: Option<usize>,
        after_connector: Option<&str>,
        out: &mut Vec<Mention>,
    ) {
        let lower = |i: usize| sentence[i].lower.as_ref();
        while start < end && (is_function_word(lower(start)) || self.is_common_opener(sentence, start)) {
            start += 1;
        }
        while start < end && end - start >= 2 && (is_weekday(lower(start)) || is_month(lower(start))) {
            start += 1;
        }
        if start >= end {
            return;
        }
        if end - start == 1 && (is_weekday(lower(start)) || is_month(lower(start))) {
            return;
        }
        // "Ask Mr O'Brien": an honorific starts the name; plain words before it are not part of it.
        if let Some(h) = (start + 1..end.saturating_sub(1)).find(|&h| is_honorific(lower(h))) {
            if !(start..h).any(|k| is_title_head(lower(k))) {
                start = h;
            }
        }
        // Title: everything up to the last role word that still leaves a name.
        let mut name_start = start;
        for k in (start..end.saturating_sub(1)).rev() {
            if is_title_head(lower(k)) {
                name_start = k + 1;
                break;
            }
        }
        // "Bishop Emeritus Dinualdo Gutierrez": title words after the head stay in the title.
        while name_start > start
            && name_start + 1 < end
            && is_title_word(lower(name_start))
            && !is_honorific(lower(name_start))
        {
            name_start += 1;
        }
        // "Martin Luther King Jr.": a name cannot be just a generational suffix.
        if (name_start..end).all(|i| matches!(sentence[i].text, "Jr" | "Sr" | "II" | "III" | "IV")) {
            name_start = start;
        }
        let title = (name_start > start)
            .then(|| Span::new(sentence[start].span.start(), sentence[name_start - 1].span.end()));
        let honorific =
            (end - name_start >= 2 && is_honorific(lower(name_start))).then(|| sentence[name_start].span);
        let core_start = name_start + usize::from(honorific.is_some());
        // "Consider Mr …": a name never ends in an honorific.
        if core_start >= end || is_honorific(lower(end - 1)) || is_title_abbreviation(lower(end - 1)) {
            return;
        }
        // "Democratic Rally": a party word then a single word is a party, not
        // a titled person; a party word needs a full name after it.
        if title.is_some() && (start..name_start).all(|k| party(lower(k)).is_some()) && end - name_start < 2 {
            return;
        }
        // "Deputy Prime Minister" alone is a title, not a name.
        if (core_start..end).all(|i| is_title_head(lower(i)) || is_title_word(lower(i))) {
            return;
        }
        // The name ends before a possessive "'s".
        let core_end = possessive_trimmed(&sentence[end - 1]);
        if (core_start..end)
            .any(|i| is_non_person_word(lower(i)) || is_particle(sentence[i].text) && i == core_start)
        {
            return;
        }
        let strong = honorific.is_some() || title.is_some();
        // "Secretary of State for Foreign Affairs": after "of"/"for" inside a
        // capitalised run comes a portfolio or a place, not a person.
        let after_of = matches!(after_connector, Some("of" | "for" | "on" | "the"));
        if after_of && !strong {
            return;
        }
        let kind = if strong {
            MentionKind::Person
        } else if end - core_start >= 2 {
            let after_place_word =
                start > 0 && sentence[start - 1].joins_next() && is_place_preposition(lower(start - 1));
            if after_place_word {
                return;
            }
            MentionKind::Person
        } else {
            MentionKind::Single
        };
        let span_end = match territorial_end {
            Some(t) => possessive_trimmed(&sentence[t - 1]),
            None => core_end,
        };
        let (core, words) = name_words(sentence, core_start, end, core_end);
        out.push(Mention {
            span: Span::new(sentence[name_start].span.start(), span_end),
            core,
            words,
            honorific,
            title,
            kind,
            sentence: sentence[start].sentence,
            first_token: start,
            end_token: territorial_end.unwrap_or(end),
        });
    }
}

/// The name words `first..end` of a sentence: their spans, the last one
/// ending at `last_end`, and their text to there folded for comparison
/// ([`fold`]). One loop for both kinds of mention, not a `map` collected for
/// each list of each: smaller in the wasm download.
fn name_words(sentence: &[Token], first: usize, end: usize, last_end: usize) -> (Vec<Span>, Vec<String>) {
    let mut core = Vec::with_capacity(end - first);
    let mut words = Vec::with_capacity(end - first);
    for (i, token) in sentence.iter().enumerate().take(end).skip(first) {
        let span = if i + 1 == end { Span::new(token.span.start(), last_end) } else { token.span };
        core.push(span);
        words.push(fold(&token.text[..span.len()]));
    }
    (core, words)
}

/// End of a token without a possessive "'s" / "’s".
fn possessive_trimmed(token: &Token) -> usize {
    for suffix in ["'s", "’s"] {
        if token.text.len() > suffix.len() + 1 && token.text.ends_with(suffix) {
            return token.span.end() - suffix.len();
        }
    }
    token.span.end()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<(String, MentionKind)> {
        let doc = crate::text::Document::new(text);
        let tokens = Tokens::new(&doc);
        find(&tokens).into_iter().map(|m| (m.span.slice(text).to_string(), m.kind)).collect()
    }

    fn people(text: &str) -> Vec<String> {
        mentions(text).into_iter().filter(|(_, k)| *k == MentionKind::Person).map(|(n, _)| n).collect()
    }

    #[test]
    fn honorifics_titles_and_particles() {
        assert_eq!(people("Yesterday Sir Iain Duncan Smith spoke."), ["Sir Iain Duncan Smith"]);
        assert_eq!(people("It was Deputy Prime Minister Oliver Dowden."), ["Oliver Dowden"]);
        assert_eq!(people("He met Luke de Pulford today."), ["Luke de Pulford"]);
        assert_eq!(people("He met Bashar al-Assad today."), ["Bashar al-Assad"]);
        assert_eq!(people("Ask Mr O'Brien now."), ["Mr O'Brien"]);
        assert_eq!(people("It is Lord Alton of Liverpool, a peer."), ["Lord Alton of Liverpool"]);
        assert_eq!(people("We read David Cameron's letter."), ["David Cameron"]);
        assert_eq!(people("He fired John R. Bolton on Monday."), ["John R. Bolton"]);
        assert_eq!(people("They danced with Mr. Darcy twice."), ["Mr. Darcy"]);
        assert!(mentions("Consider Mr and the rest.").iter().all(|(n, _)| !n.contains("Mr")));
        assert_eq!(people("He met Moon Jae-in on Monday."), ["Moon Jae-in"]);
        assert_eq!(people("Bishop Emeritus Dinualdo Gutierrez died."), ["Dinualdo Gutierrez"]);
        assert!(people("The Trump-led talks ended.").is_empty());
        assert_eq!(people("He served under Valéry Giscard d'Estaing then."), ["Valéry Giscard d'Estaing"]);
        assert_eq!(people("Under the law, Republican Larry Hogan must act."), ["Larry Hogan"]);
        assert!(people("He won the Republican Party's nomination.").is_empty());
        assert!(people("In Cyprus, the ruling Democratic Rally hailed it.").is_empty());
    }

    #[test]
    fn connectors_split_people_but_not_organisations() {
        assert_eq!(people("Tim Loughton and Stewart McDonald came."), ["Tim Loughton", "Stewart McDonald"]);
        assert_eq!(
            mentions("He met the Intelligence and Security Committee."),
            [("Intelligence and Security Committee".to_string(), MentionKind::Organisation)]
        );
        assert_eq!(
            mentions("The Sunday Times reported it."),
            [("Sunday Times".to_string(), MentionKind::Organisation)]
        );
        assert_eq!(
            mentions("It is the Defending Democracy taskforce."),
            [("Defending Democracy taskforce".to_string(), MentionKind::Organisation)]
        );
    }

    #[test]
    fn places_months_and_sentence_openers_are_not_people() {
        assert!(people("She lived in Carmel Valley for years.").is_empty());
        assert!(people("Crowds gathered in New Delhi on Monday.").is_empty());
        assert!(people("On Monday, March came.").is_empty());
        assert!(people("She won the Presidential Medal of Freedom.").is_empty());
        assert!(people("Last year, a researcher was arrested. It was last seen.").is_empty());
        assert!(mentions("During a meeting on Friday, it rained.").is_empty());
    }

    #[test]
    fn lone_capitalised_words_are_only_candidates() {
        assert_eq!(mentions("Then Loughton spoke."), [("Loughton".to_string(), MentionKind::Single)]);
    }
}
