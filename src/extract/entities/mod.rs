//! Who's who: the people and organisations a text mentions, the names it
//! uses for each, the roles it gives them, and the acronyms it defines.
//!
//! The pipeline, one module each, all hand-written patterns over the
//! document's word tokens (no model, no dependency):
//! 1. [`mentions`]: capitalised name sequences with their honorifics and
//!    titles, classified as person or organisation;
//! 2. [`aliases`]: mentions clustered into entities ("Sir Iain Duncan Smith"
//!    = "Duncan Smith" = "Sir Iain");
//! 3. [`acronyms`]: "Inter-Parliamentary Alliance on China (Ipac)" binds
//!    Ipac to its expansion; every use of an acronym is recorded;
//! 4. [`roles`]: role phrases attached to a person mention (titles,
//!    appositives, "the ROLE, NAME", relative clauses, copulas), parsed into
//!    qualifiers, party, house and a normalised office.
//!
//! The API for other checks (the register, source comparison) is
//! [`Entities`]: `entities[i].roles` with byte spans into the document, and
//! [`Entities::entity_at`] to find who a span names.
//!
//! ```
//! let doc = factlint::text::Document::new("Security minister Tom Tugendhat spoke. Tugendhat left.");
//! let found = factlint::extract::entities::extract(&doc);
//! let tom = &found.entities[0];
//! assert_eq!(tom.name, "Tom Tugendhat");
//! assert_eq!(tom.mentions.len(), 2);
//! assert_eq!(tom.roles[0].office.as_deref(), Some("security minister"));
//! ```

pub mod acronyms;
pub mod aliases;
pub mod lexicon;
pub mod mentions;
pub mod roles;

use crate::text::{Document, Span};
pub use lexicon::{House, Qualifier};
use std::borrow::Cow;

/// What a text says about who is who.
#[derive(Debug, Default, Clone)]
pub struct Entities {
    /// People and organisations in order of first mention.
    pub entities: Vec<Entity>,
    /// Every acronym definition found, in text order.
    pub acronyms: Vec<acronyms::Definition>,
    /// Every use of an acronym-looking word (all capitals, or a defined
    /// mixed-case acronym), in text order.
    pub acronym_uses: Vec<acronyms::Use>,
    /// Capitalised single words that name no entity; kept for the
    /// misspelling check ("Tugenhat" beside "Tom Tugendhat").
    pub unresolved: Vec<mentions::Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
}

/// One person or organisation and every way the text refers to it.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Canonical name: the fullest form without honorific or title
    /// ("Iain Duncan Smith"); the honorific stays when the text gives only a
    /// surname ("Lord Alton").
    pub name: String,
    pub kind: EntityKind,
    /// Every mention, in text order.
    pub mentions: Vec<mentions::Mention>,
    /// Every role phrase the text attaches to this entity, in text order.
    pub roles: Vec<roles::Role>,
    /// The acronym the text binds to this organisation ("Ipac").
    pub acronym: Option<String>,
}

impl Entity {
    /// The last name-word of the fullest mention ("Smith" for Duncan Smith
    /// is not enough, so this is the whole surname sequence when the name
    /// has particles or a double surname mentioned alone).
    pub fn surname<'t>(&self, text: &'t str) -> Option<&'t str> {
        let longest = self.mentions.iter().max_by_key(|m| m.core.len())?;
        longest.core.last().map(|s| s.slice(text))
    }

    pub fn first_mention(&self) -> Option<Span> {
        self.mentions.first().map(|m| m.span)
    }
}

impl Entities {
    /// The entity one of whose mentions contains `span`.
    pub fn entity_at(&self, span: Span) -> Option<&Entity> {
        self.entities.iter().find(|e| e.mentions.iter().any(|m| m.span.contains(span)))
    }

    pub fn people(&self) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(|e| e.kind == EntityKind::Person)
    }
}

/// Runs the whole pipeline on one document.
pub fn extract(doc: &Document) -> Entities {
    extract_from(doc, &Tokens::new(doc), &mut |_| {})
}

/// [`extract`] over tokens the caller shares with other passes: `also` is
/// given each sentence's tokens in turn (the counts read them there).
pub fn extract_from(doc: &Document, tokens: &Tokens, also: &mut dyn FnMut(&[Token])) -> Entities {
    // Two sweeps over the sentences, so that a long text, whose tokens are
    // not kept (see `Tokens`), builds each sentence's twice and not once per
    // pass: first what one sentence shows, then what needs the whole text's
    // mentions and definitions (a text may use an acronym before defining it).
    // Both sweeps by sentence number, not `tokens.sentences()` (an iterator,
    // and another enumerated, in the wasm download).
    let (mut found, mut definitions) = (Vec::new(), Vec::new());
    for index in 0..doc.sentences.len() {
        let sentence = tokens.sentence(index).unwrap_or_default();
        mentions::find_in(tokens, &sentence, &mut found);
        acronyms::definitions_in(doc, &sentence, &mut definitions);
        also(&sentence);
    }
    let (mut entities, mut unresolved) = aliases::cluster(doc, found, &definitions);
    let use_finder = acronyms::UseFinder::new(tokens, &definitions);
    let mut role_finder = roles::RoleFinder::new(&entities, doc.sentences.len());
    let mut uses = Vec::new();
    for index in 0..doc.sentences.len() {
        let sentence = tokens.sentence(index).unwrap_or_default();
        use_finder.find_in(&sentence, &mut uses);
        role_finder.read(index, &sentence);
    }
    // Roles go to people and acronyms to organisations: the order of these two does not matter.
    role_finder.attach(&mut entities);
    aliases::bind_acronyms(doc, &mut entities, &mut unresolved, &definitions, &uses);
    Entities { entities, acronyms: definitions, acronym_uses: uses, unresolved }
}

/// A word token with what separates it from the previous one in its
/// sentence: the patterns read punctuation through these gaps.
#[derive(Debug, Clone)]
pub struct Token<'t> {
    pub span: Span,
    pub text: &'t str,
    /// `text` in lower case, computed once (borrowed when it already is).
    pub lower: std::borrow::Cow<'t, str>,
    /// Text between the previous token (or the sentence start) and this one.
    pub gap_before: &'t str,
    /// Text between this token and the next one (or the sentence end).
    pub gap_after: &'t str,
    pub sentence: usize,
}

impl Token<'_> {
    pub fn is_capitalised(&self) -> bool {
        crate::text::case::starts_with_capital(self.text)
    }

    /// All capitals, two letters or more ("ISC", "MPs" is not, "G7" is not).
    pub fn is_all_caps(&self) -> bool {
        // One pass that stops at the first small letter: most tokens are lower-case words.
        let mut letters = 0;
        for c in self.text.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
        letters >= 2
    }

    /// Joined to the next token by nothing but spaces, or a hyphen.
    pub fn joins_next(&self) -> bool {
        is_plain_gap(self.gap_after)
    }
}

/// A gap that keeps two words in one phrase: spaces (one line), a hyphen.
pub fn is_plain_gap(gap: &str) -> bool {
    // Neither spaces nor a hyphen hold a line break: no search for one is needed.
    !gap.is_empty() && (gap.chars().all(|c| c == ' ' || c == '\u{a0}') || matches!(gap, "-" | "‑" | "–"))
}

/// The tokens of each sentence, for the passes that read them in turn
/// (mentions, acronym definitions, counts, then acronym uses and roles). A
/// text up to [`CACHED_TEXT_BYTES`] has every sentence's tokens built once and
/// shared; a longer one has them built when a sweep of [`extract_from`]
/// reaches that sentence (twice in all), because tokens take ~96 bytes a word:
/// holding all of a 10 MB text's would cost about 17 times the text (its peak memory).
pub struct Tokens<'d, 't> {
    doc: &'d Document<'t>,
    /// Words the text writes in lower case somewhere: a capitalised one at a
    /// sentence start is then a common word ("Last"), an all-capitals one
    /// is shouted ("THE"), not an acronym.
    pub lower_case_words: rustc_hash::FxHashSet<&'t str>,
    /// Every sentence's tokens, when the text is short enough.
    cached: Vec<Vec<Token<'t>>>,
}

/// Texts up to this size (articles; a long one is 30 KB) keep their tokens
/// for all passes: some 11,000 words, about 1 MB of tokens.
pub const CACHED_TEXT_BYTES: usize = 64 * 1024;

impl<'d, 't> Tokens<'d, 't> {
    pub fn new(doc: &'d Document<'t>) -> Self {
        // Sized for the distinct words, so the set is not rebuilt as it grows.
        let mut lower_case_words = rustc_hash::FxHashSet::default();
        lower_case_words.reserve(doc.distinct_words_estimate());
        // Loops, not iterator chains collected: smaller in the wasm download.
        for word in &doc.words {
            let word = word.slice(doc.text);
            if word.chars().next().is_some_and(char::is_lowercase) {
                lower_case_words.insert(word);
            }
        }
        let mut cached = Vec::new();
        if doc.text.len() <= CACHED_TEXT_BYTES {
            cached.reserve_exact(doc.sentences.len());
            for index in 0..doc.sentences.len() {
                cached.push(sentence_tokens(doc, index).unwrap_or_default());
            }
        }
        Tokens { doc, lower_case_words, cached }
    }

    /// Every sentence's tokens, in order, one sentence at a time.
    pub fn sentences(&self) -> impl Iterator<Item = Cow<'_, [Token<'t>]>> + '_ {
        (0..self.doc.sentences.len()).map(|index| self.sentence(index).unwrap_or_default())
    }

    /// The tokens of sentence `index`.
    pub fn sentence(&self, index: usize) -> Option<Cow<'_, [Token<'t>]>> {
        match self.cached.get(index) {
            Some(tokens) => Some(Cow::Borrowed(tokens.as_slice())),
            None => sentence_tokens(self.doc, index).map(Cow::Owned),
        }
    }
}

/// The word tokens of sentence `index` of `doc`, with their gaps. Passes that
/// need no `lower_case_words` call this directly.
pub fn sentence_tokens<'t>(doc: &Document<'t>, index: usize) -> Option<Vec<Token<'t>>> {
    let sentence = doc.sentences.get(index)?;
    let words = &doc.words[sentence.words.clone()];
    // A loop, not a `map` collected: smaller in the wasm download.
    let mut tokens = Vec::with_capacity(words.len());
    for (i, &span) in words.iter().enumerate() {
        let before = if i == 0 { sentence.span.start() } else { words[i - 1].end() };
        let after = words.get(i + 1).map_or(sentence.span.end(), |w| w.start());
        let text = span.slice(doc.text);
        tokens.push(Token {
            span,
            text,
            lower: if crate::text::case::has_capital(text) {
                std::borrow::Cow::Owned(crate::text::case::lowercase(text))
            } else {
                std::borrow::Cow::Borrowed(text)
            },
            gap_before: &doc.text[before..span.start()],
            gap_after: &doc.text[span.end()..after],
            sentence: index,
        });
    }
    Some(tokens)
}

/// Sorts by a position key with one shared sort of `(key, index)` pairs:
/// every `sort_by_key` on a new element type adds kilobytes to the wasm
/// download, this adds one small loop per type. Ties keep their order.
pub fn sort_by_position<T>(items: &mut [T], key: impl Fn(&T) -> (usize, usize)) {
    if items.len() < 2 {
        return; // most lists a sentence gives are: no order to allocate
    }
    let mut order = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        order.push((key(item), i));
    }
    let Some(mut sources) = sorted_sources(order) else { return };
    // Each item goes where the sorted order puts it, by swaps along the
    // permutation's cycles: the one loop here that depends on the item type.
    for start in 0..sources.len() {
        let mut at = start;
        while sources[at] != MOVED {
            let from = std::mem::replace(&mut sources[at], MOVED);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Marks a place of [`sort_by_position`]'s permutation already filled.
const MOVED: usize = usize::MAX;

/// Where each place of the sorted list takes its item from (`sources[k]` is
/// the index of the item that goes to place `k`), or `None` when the items are
/// in order already, as most lists are (a sentence's claim parts, say): nothing
/// to move. The crate's one instantiation of the standard library's sort (the
/// index makes every pair distinct, so unstable is stable); not generic, so it
/// is in the wasm once.
fn sorted_sources(mut order: Vec<((usize, usize), usize)>) -> Option<Vec<usize>> {
    if order.windows(2).all(|pair| pair[0] <= pair[1]) {
        return None;
    }
    order.sort_unstable();
    Some(order.into_iter().map(|(_, i)| i).collect())
}

/// Item indices grouped by group number (`groups[i]` is item `i`'s, below
/// `count`), each group in index order, and where each group starts: group
/// `g` is `order[starts[g]..starts[g + 1]]`. A counting sort, linear in items
/// and groups, for keys that take few values.
pub fn order_by_group(groups: &[usize], count: usize) -> (Vec<usize>, Vec<usize>) {
    let mut starts = vec![0; count + 1];
    for &group in groups {
        starts[group + 1] += 1;
    }
    for g in 1..starts.len() {
        starts[g] += starts[g - 1];
    }
    let mut next = starts.clone();
    let mut order = vec![0; groups.len()];
    for (item, &group) in groups.iter().enumerate() {
        order[next[group]] = item;
        next[group] += 1;
    }
    (starts, order)
}

/// Adds `candidate` to `best`, the `max` best items so far, best first
/// (`better(a, b)`: `a` ranks before `b`), if it ranks among them. A short
/// list kept by insertion: most candidates lose to the last at once, where
/// sorting every candidate would cost more (and a sort instantiation).
pub fn keep_best<T>(best: &mut Vec<T>, candidate: T, max: usize, better: impl Fn(&T, &T) -> bool) {
    let rank = best.partition_point(|kept| better(kept, &candidate));
    if rank < max {
        best.insert(rank, candidate);
        best.truncate(max);
    }
}

/// A [`sort_by_position`] key that puts larger floats first, in the order of
/// `f32::total_cmp` reversed (so `sort_by(|a, b| b.total_cmp(a))` has the same order).
pub fn descending(x: f32) -> usize {
    let bits = x.to_bits() as i32;
    // As `total_cmp` does: negative floats' magnitude bits flipped, so the i32s order as the floats.
    let ordered = bits ^ (((bits >> 31) as u32) >> 1) as i32;
    // Sign bit flipped: the same order as u32; then inverted for largest first.
    !((ordered as u32) ^ 0x8000_0000) as usize
}

/// Text of a span with runs of whitespace collapsed to one space.
pub fn collapse_spaces(text: &str) -> String {
    // What `split_whitespace` then `join(" ")` give, in one loop: the crate's
    // only use of those two, which cost more of the wasm download.
    let mut collapsed = String::with_capacity(text.len());
    let mut after_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            after_space = true;
            continue;
        }
        if after_space && !collapsed.is_empty() {
            collapsed.push(' ');
        }
        after_space = false;
        collapsed.push(c);
    }
    collapsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsing_spaces_joins_the_whitespace_split_words() {
        for text in
            ["", " ", "a", " a  b\n\tc ", "Inter-\nParliamentary\u{a0} Alliance", "x\u{3000}y  ", "  é  ü"]
        {
            assert_eq!(
                collapse_spaces(text),
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                "{text:?}"
            );
        }
    }

    #[test]
    fn grouping_by_counting_is_a_stable_sort_by_group() {
        let groups = [3, 0, 2, 3, 0, 0, 5, 2, 3];
        let (starts, order) = order_by_group(&groups, 6);
        let mut sorted: Vec<usize> = (0..groups.len()).collect();
        sorted.sort_by_key(|&i| groups[i]);
        assert_eq!(order, sorted);
        assert_eq!(starts, [0, 3, 3, 5, 8, 8, 9]);
        assert_eq!(order_by_group(&[], 2), (vec![0, 0, 0], vec![]));
    }

    #[test]
    fn the_two_sweeps_find_what_the_passes_find_one_at_a_time() {
        // An acronym used before it is defined, people with roles, counts; the
        // text past `CACHED_TEXT_BYTES`, so each sweep builds the tokens afresh.
        let article = "Ipac met on Monday. Security minister Tom Tugendhat said the Inter-Parliamentary \
            Alliance on China (Ipac) had seen 12 reports. Alison Giles, the director of security for \
            parliament, said the NCSC warned six MPs. The BBC (British Broadcasting Corporation) said \
            so.\n\n";
        let text = article.repeat(CACHED_TEXT_BYTES / article.len() + 2);
        let doc = Document::new(&text);
        let tokens = Tokens::new(&doc);
        let mut counts = Vec::new();
        let swept = extract_from(&doc, &tokens, &mut |sentence| {
            counts.extend(super::super::counts::counts_in(sentence))
        });

        let found = mentions::find(&tokens);
        let definitions = acronyms::definitions(&doc, &tokens);
        let (mut entities, mut unresolved) = aliases::cluster(&doc, found, &definitions);
        let uses = acronyms::uses(&tokens, &definitions);
        aliases::bind_acronyms(&doc, &mut entities, &mut unresolved, &definitions, &uses);
        roles::attach(&doc, &tokens, &mut entities);
        let one_at_a_time = Entities { entities, acronyms: definitions, acronym_uses: uses, unresolved };

        // "Ipac" is an acronym only where it is defined, after its first use.
        let first_use = swept.acronym_uses.iter().find(|u| u.acronym == "Ipac").expect("a use").span;
        let definition = swept.acronyms.iter().find(|d| d.acronym == "Ipac").expect("a definition").span;
        assert!(first_use.start() < definition.start());
        assert!(swept.entities.iter().any(|e| !e.roles.is_empty()));
        assert_eq!(format!("{swept:?}"), format!("{one_at_a_time:?}"));
        let counted = super::super::counts::counts(&tokens);
        assert!(!counted.is_empty());
        assert_eq!(format!("{counts:?}"), format!("{counted:?}"));
    }

    fn sheet(text: &str) -> Vec<(String, EntityKind, Vec<String>)> {
        let doc = Document::new(text);
        extract(&doc)
            .entities
            .into_iter()
            .map(|e| (e.name, e.kind, e.roles.iter().map(|r| r.span.slice(text).to_string()).collect()))
            .collect()
    }

    #[test]
    fn pipeline_links_names_roles_and_acronyms() {
        let text =
            "Luke de Pulford, the executive director of the Inter-Parliamentary Alliance on China (Ipac), \
                    spoke. De Pulford said Ipac would act.";
        let sheet = sheet(text);
        assert_eq!(sheet[0].0, "Luke de Pulford");
        assert_eq!(sheet[0].2, ["the executive director of the Inter-Parliamentary Alliance on China"]);
        assert!(sheet.iter().any(|(name, kind, _)| name == "Inter-Parliamentary Alliance on China"
            && *kind == EntityKind::Organisation));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            " ",
            "\u{feff}",
            "A",
            "Mr",
            "Mr.",
            "Sir Iain,",
            "(ISC)",
            "((()))",
            "The the The",
            "😀 Émile Zola, the 作家, said.",
            "مرحبا Ali, the minister, left.",
            "X\r\nY Z, the chair\r\n",
            "Lord of",
            "Lord Alton of",
            ", the minister, Tom",
            "who leads",
            "\u{0}\u{1}binary\u{7f} Junk Junk",
        ] {
            let doc = Document::new(text);
            let _ = extract(&doc);
        }
    }

    /// Thousands of generated texts mixing the pieces the patterns react to
    /// with odd characters: the whole analysis must never panic.
    #[test]
    fn never_panics_on_generated_text() {
        const PIECES: &[&str] = &[
            "Sir ",
            "Lord ",
            "Mr. ",
            "Iain ",
            "Duncan ",
            "Smith",
            "'s",
            "’s",
            " of ",
            " and ",
            "the ",
            "a ",
            "former ",
            "ex-",
            "minister",
            "Minister ",
            ", ",
            ". ",
            "(",
            ")",
            "ISC",
            "Ipac",
            " who leads ",
            " is ",
            "£5.5m ",
            "six ",
            "7 ",
            "workers ",
            "missing",
            "de ",
            "al-",
            "d'",
            "R. ",
            "-",
            "–",
            "\r\n",
            "\n\n",
            "😀",
            "作家",
            "مرحبا",
            "É",
            "\u{0}",
            "\u{feff}",
            "MPs",
            "Party ",
            "Committee",
            "“",
            "”",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            }
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let report = crate::analyze(&text, &crate::Options::default());
            assert!(report.is_ok(), "{text:?}");
        }
    }

    #[test]
    fn descending_keys_order_floats_as_total_cmp_reversed() {
        let floats =
            [1.5, -0.0, 0.0, f32::NAN, -f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -2.0, 0.25, 0.25, 1e-40];
        let mut by_std: Vec<(usize, f32)> = floats.iter().copied().enumerate().collect();
        by_std.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut by_key: Vec<(usize, f32)> = floats.iter().copied().enumerate().collect();
        sort_by_position(&mut by_key, |&(i, x)| (descending(x), i));
        let order = |v: &[(usize, f32)]| v.iter().map(|p| p.0).collect::<Vec<_>>();
        assert_eq!(order(&by_key), order(&by_std));
        assert_eq!(by_key[0].1.to_bits(), f32::NAN.to_bits());
        assert_eq!(by_key.last().map(|p| p.1.to_bits()), Some((-f32::NAN).to_bits()));
    }

    #[test]
    fn a_slice_sorts_in_place_and_ties_keep_their_order() {
        let mut items = [(9, 'z'), (3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (0, 'y')];
        sort_by_position(&mut items[1..5], |&(k, _)| (k, 0));
        assert_eq!(items, [(9, 'z'), (0, 'd'), (1, 'b'), (3, 'a'), (3, 'c'), (0, 'y')]);
        let mut empty: [u32; 0] = [];
        sort_by_position(&mut empty, |&k| (k as usize, 0));
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_whatever_the_permutation() {
        // Owned items (so every swap moves a heap pointer), lengths 0 to 60, keys
        // with many ties: the cycles of the permutation are of every length.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        for len in 0..60 {
            for _ in 0..20 {
                let items: Vec<(usize, String)> = (0..len)
                    .map(|i| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        ((state % 7) as usize, format!("item {i}"))
                    })
                    .collect();
                let mut expected = items.clone();
                expected.sort_by_key(|item| item.0);
                let mut sorted = items;
                sort_by_position(&mut sorted, |item| (item.0, 0));
                assert_eq!(sorted, expected);
            }
        }
    }
}
