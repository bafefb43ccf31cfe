//! Restatements (`repetition/restatement`): a sentence that says again, in
//! other words, what an earlier one said.
//!
//! Sentences are compared by their content stems weighted by rarity (see
//! `passages`). A restatement must share most of the weight of BOTH
//! sentences: topic overlap ("Duncan Smith, Loughton, Alton and McDonald are
//! members of …" after the sentence that introduced them) shares names but
//! each sentence still says much the other does not.

use super::passages::{Overlap, Passage, Passages, HE, SHE};

/// Least share of each sentence's content weight found in the other.
pub const MIN_COVER: f32 = 0.45;
/// Least weighted Dice coefficient of the two sentences.
pub const MIN_SIMILARITY: f32 = 0.52;
/// How much more a name or number counts when each sentence has its own.
const CONTRAST_FACTOR: f32 = 3.0;
/// Fewest content stems the two sentences must share.
const MIN_SHARED: usize = 4;
/// Fewest shared stems that are neither names, numbers nor weak words:
/// sharing "Prime Minister Hubert Minnis" alone is the same person, not
/// the same statement.
const MIN_SHARED_PLAIN: usize = 3;

/// Weighted Dice similarity of the two passages if the later one restates
/// the earlier one, else `None`.
///
/// Only full sentences restate: a headline summarises its article's lead by
/// design, and in dialogue speakers echo each other on purpose, so
/// sentences holding a quotation are left out. When each sentence names or numbers something the other does not
/// ("Negron served eight years …" after "He was sentenced to fourteen
/// years …"), they likely speak of different things: those names and numbers
/// then weigh `CONTRAST_FACTOR` times against the similarity.
pub fn similarity(passages: &Passages, overlap: &Overlap, later: &Passage, earlier: &Passage) -> Option<f32> {
    let eligible = |p: &Passage| p.is_full_sentence && !p.has_quotation && p.weight > 0.0;
    if !eligible(later) || !eligible(earlier) {
        return None;
    }
    // "He made his announcement …" after "She made her announcement …":
    // the same words about two different people.
    let one_gender = |p: &Passage| p.pronouns == HE || p.pronouns == SHE;
    if one_gender(later) && one_gender(earlier) && later.pronouns != earlier.pronouns {
        return None;
    }
    // Each has a number the other lacks ("one million cases", "100,000
    // deaths"): two different figures, not one fact said twice.
    if overlap.a_only_numbers > 0 && overlap.b_only_numbers > 0 {
        return None;
    }
    // One denies what the other asserts ("are referred to the Department
    // of Justice" / "the Department of Justice has not pursued"): the same
    // words, opposite statements.
    if later.negated != earlier.negated {
        return None;
    }
    let contrast = overlap.a_only_strong > 0.0 && overlap.b_only_strong > 0.0;
    let (later_weight, earlier_weight) = if contrast {
        let extra = CONTRAST_FACTOR - 1.0;
        (later.weight + extra * overlap.a_only_strong, earlier.weight + extra * overlap.b_only_strong)
    } else {
        (later.weight, earlier.weight)
    };
    let shared = overlap.shared;
    let similarity = 2.0 * shared / (later_weight + earlier_weight);
    let covers = shared / later_weight >= MIN_COVER && shared / earlier_weight >= MIN_COVER;
    let enough_shared = overlap.shared_count >= MIN_SHARED && overlap.shared_plain_count >= MIN_SHARED_PLAIN;
    let passes = enough_shared && covers && similarity >= MIN_SIMILARITY;
    let vetoed = || {
        swapped_name_or_number(passages, later, earlier) || shares_one_phrase_only(passages, later, earlier)
    };
    (passes && !vetoed()).then_some(similarity.min(1.0))
}

/// Whether all the two sentences share is one phrase, each saying something
/// else about it: "State officials said there is no evidence to support the
/// president's claims of widespread voter fraud" / "the president's claims
/// of widespread voter fraud have not gained momentum in the courts". That
/// is a shared subject (topic overlap), not the same statement.
fn shares_one_phrase_only(passages: &Passages, later: &Passage, earlier: &Passage) -> bool {
    let (later_content, earlier_content) = (passages.content(later), passages.content(earlier));
    let is_shared = |stem: u32| {
        later_content.binary_search(&stem).is_ok() && earlier_content.binary_search(&stem).is_ok()
    };
    // In the sequence of a sentence's content words (function words left
    // out): do the shared ones form one unbroken run, with content outside it?
    // Counted in one pass: the run is unbroken when the shared words are as
    // many as the positions from the first shared to the last.
    let one_run_and_more = |passage: &Passage| {
        let (mut content, mut shared) = (0, 0);
        let (mut first, mut last) = (usize::MAX, 0);
        for &word in passages.words(passage) {
            let Some(stem) = passages.word_stem[word as usize] else { continue };
            if is_shared(stem) {
                first = first.min(content);
                last = content;
                shared += 1;
            }
            content += 1;
        }
        shared > 0 && shared == last - first + 1 && content > shared
    };
    one_run_and_more(later) && one_run_and_more(earlier)
}

/// Whether the two sentences put a different name or number in the same
/// frame: "the Democratic party's primary" / "the Republican party's
/// primary", "the third named storm" / "the eighth named storm". A template
/// filled in for another party, storm or person is another statement.
/// The frame is the words on either side, one of them a content word.
fn swapped_name_or_number(passages: &Passages, later: &Passage, earlier: &Passage) -> bool {
    let is_strong = |word: u32| {
        passages.word_stem[word as usize].is_some_and(|stem| passages.stems[stem as usize].strong)
    };
    let is_content = |word: Option<u32>| word.is_some_and(|w| passages.word_stem[w as usize].is_some());
    // The words on either side of position `i` (none at the ends).
    type Frame = (Option<u32>, Option<u32>);
    let frame = |words: &[u32], i: usize| -> Frame {
        let left = i.checked_sub(1).map(|j| words[j]);
        let right = words.get(i + 1).copied();
        (left, right)
    };
    let (later, earlier) = (passages.words(later), passages.words(earlier));
    // Plain loops: iterator chains cost more code in the wasm.
    let mut earlier_frames: Vec<(Frame, u32)> = Vec::new();
    for (i, &word) in earlier.iter().enumerate() {
        if is_strong(word) {
            earlier_frames.push((frame(earlier, i), word));
        }
    }
    for (i, &word) in later.iter().enumerate() {
        if !is_strong(word) {
            continue;
        }
        let here = frame(later, i);
        if (is_content(here.0) || is_content(here.1))
            && earlier_frames.iter().any(|&(there, other)| there == here && other != word)
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::checks::repetition::RESTATEMENT;
    use crate::{analyze, Options};

    fn restatements(text: &str) -> Vec<(String, String)> {
        let report = analyze(text, &Options::default()).unwrap();
        report
            .findings
            .into_iter()
            .filter(|f| f.rule == RESTATEMENT)
            .map(|f| (f.text, f.related[0].text.clone()))
            .collect()
    }

    #[test]
    fn flags_the_same_fact_in_other_words() {
        let text =
            "The city council approved a budget of 4 million dollars for new bicycle lanes on Tuesday.\n\n\
                    Residents were divided.\n\n\
                    On Tuesday, new bicycle lanes worth 4 million dollars won the approval of the council.";
        let found = restatements(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("On Tuesday, new bicycle lanes"));
        assert!(found[0].1.starts_with("The city council approved"));
    }

    #[test]
    fn sharing_names_and_a_topic_is_not_a_restatement() {
        let text = "Anna Berg, the mayor, and Tom Lund, a councillor, opened the new harbour bridge on Friday \
                    after three years of building work and a long dispute over its cost.\n\n\
                    Berg and Lund are members of the Harbour Trust, which campaigns for public access to the coast.";
        assert!(restatements(text).is_empty());
    }

    #[test]
    fn the_same_words_about_different_people_or_figures_are_not_restatements() {
        let her = "The senator announced her withdrawal from the race in a long online post and thanked her supporters.";
        let his = "In a long online post, the senator thanked his supporters and announced his withdrawal from the race.";
        let same_person = his.replace("his", "her");
        assert_eq!(restatements(&format!("{her}\n\nThe weather was fine.\n\n{same_person}")).len(), 1);
        assert!(restatements(&format!("{her}\n\nThe weather was fine.\n\n{his}")).is_empty());

        let million = "Health officials confirmed one million coronavirus infections across the United States by Tuesday evening.";
        let figure = "By Tuesday evening, coronavirus infections across the United States had passed 100,000, health officials confirmed.";
        let same_figure = figure.replace("100,000", "one million");
        assert_eq!(restatements(&format!("{million}\n\nThe weather was fine.\n\n{same_figure}")).len(), 1);
        assert!(restatements(&format!("{million}\n\nThe weather was fine.\n\n{figure}")).is_empty());
    }

    #[test]
    fn a_template_filled_in_for_another_party_is_not_a_restatement() {
        let first =
            "The Nevada caucuses were the third step in the Democratic party's primary election cycle.";
        let other_party = "Nevada was the third stage of the Republican party's primary election cycle.";
        let same_party = other_party.replace("Republican", "Democratic");
        assert!(restatements(&format!("{first}\n\nTurnout was low.\n\n{other_party}")).is_empty());
        assert_eq!(restatements(&format!("{first}\n\nTurnout was low.\n\n{same_party}")).len(), 1);
    }

    #[test]
    fn a_denial_does_not_restate_an_assertion() {
        let asserted = "People held in contempt of Congress are referred to the Department of Justice for criminal prosecution.";
        let denied = "Historically, the Department of Justice has not pursued criminal prosecution of people held in contempt of Congress.";
        let affirmed = denied.replace("has not pursued", "has pursued");
        assert!(restatements(&format!("{asserted}\n\nThe vote was close.\n\n{denied}")).is_empty());
        assert_eq!(restatements(&format!("{asserted}\n\nThe vote was close.\n\n{affirmed}")).len(), 1);
    }

    #[test]
    fn sharing_one_phrase_and_saying_other_things_about_it_is_not_a_restatement() {
        let officials =
            "State and federal election officials have stated there is currently no evidence to support \
                         the president's claims of widespread voter fraud.";
        let courts = "To date, the president's claims of widespread voter fraud have not gained any momentum in the courts.";
        assert!(restatements(&format!("{officials}\n\nThe count went on.\n\n{courts}")).is_empty());
        // The same shared words, interleaved with the rest: a restatement.
        let reworded = "To date, officials have found no evidence of the widespread fraud the president claims voters committed.";
        assert_eq!(restatements(&format!("{officials}\n\nThe count went on.\n\n{reworded}")).len(), 1);
    }

    #[test]
    fn sentences_of_function_words_never_restate() {
        let text =
            "It was not that he had been there before.\n\nIt had not been that he was there before that.";
        assert!(restatements(text).is_empty());
    }
}
