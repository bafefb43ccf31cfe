//! Near-duplicates (`repetition/near-duplicate`): the same sentence with
//! small edits, a word changed, added or dropped, "cyber-attacks" for
//! "cyberattacks", "where held" for "were held".
//!
//! Two sentences are near-duplicates when the character edit distance
//! between their comparison keys is at most 15% of the longer one. Short
//! sentences ("The vote was lost on Monday.") differ meaningfully by one
//! word, so both must have at least `MIN_WORDS` words.

use crate::text::normalize::comparison_key;

/// Fewer words than this and one edit changes the meaning, not the wording.
pub const MIN_WORDS: usize = 8;
/// Least similarity (1 - edit distance / longer length) of a near-duplicate.
pub const MIN_SIMILARITY: f32 = 0.85;

/// Similarity of two sentences if they are near-duplicates, else `None`.
/// Identical keys are exact duplicates, reported elsewhere: `None`.
pub fn similarity(later: &str, earlier: &str) -> Option<f32> {
    let (a, b) = (comparison_key(later), comparison_key(earlier));
    if a == b || a.split(' ').count() < MIN_WORDS || b.split(' ').count() < MIN_WORDS {
        return None;
    }
    let longer = a.len().max(b.len());
    let allowed = ((1.0 - MIN_SIMILARITY) * longer as f32) as usize;
    let distance = bounded_edit_distance(a.as_bytes(), b.as_bytes(), allowed)?;
    Some(1.0 - distance as f32 / longer as f32)
}

/// Levenshtein distance if it is at most `limit`, computed in a diagonal
/// band of width `2 * limit + 1`: O(length × limit), not O(length²).
fn bounded_edit_distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let beyond = limit + 1;
    // Filled by a loop: a collected range is one more iterator instantiation in the wasm.
    let mut previous: Vec<usize> = Vec::with_capacity(b.len() + 1);
    for j in 0..=b.len() {
        previous.push(j.min(beyond));
    }
    let mut current = vec![beyond; b.len() + 1];
    for i in 1..=a.len() {
        let low = i.saturating_sub(limit).max(1);
        let high = (i + limit).min(b.len());
        current[0] = i.min(beyond);
        current[low - 1] = if low == 1 { current[0] } else { beyond };
        let mut row_best = if low == 1 { current[0] } else { beyond };
        for j in low..=high {
            let substitution = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let value = substitution.min(previous[j] + 1).min(current[j - 1] + 1).min(beyond);
            current[j] = value;
            row_best = row_best.min(value);
        }
        if high < b.len() {
            current[high + 1] = beyond;
        }
        if row_best > limit {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= limit).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::repetition::NEAR_DUPLICATE;
    use crate::{analyze, Options};

    fn near_duplicates(text: &str) -> Vec<String> {
        let report = analyze(text, &Options::default()).unwrap();
        report.findings.into_iter().filter(|f| f.rule == NEAR_DUPLICATE).map(|f| f.text).collect()
    }

    #[test]
    fn edit_distance_is_exact_within_the_band() {
        assert_eq!(bounded_edit_distance(b"were held", b"where held", 3), Some(1));
        assert_eq!(bounded_edit_distance(b"kitten", b"sitting", 3), Some(3));
        assert_eq!(bounded_edit_distance(b"kitten", b"sitting", 2), None);
        assert_eq!(bounded_edit_distance(b"", b"ab", 2), Some(2));
        assert_eq!(bounded_edit_distance(b"abc", b"abc", 0), Some(0));
    }

    #[test]
    fn flags_a_sentence_repeated_with_a_small_edit() {
        let text = "The primary elections were held across the state on Tuesday with high turnout.\n\n\
                    Officials counted ballots late into the night.\n\n\
                    The primary elections where held across the state on Tuesday with high turnout.";
        assert_eq!(
            near_duplicates(text),
            ["The primary elections where held across the state on Tuesday with high turnout."]
        );
    }

    #[test]
    fn hyphenation_and_a_dropped_word_are_small_edits() {
        let text = "China has launched a series of cyber-attacks against a group of MPs and peers.\n\n\
                    China launched a series of cyberattacks against a group of MPs and peers.";
        assert_eq!(near_duplicates(text).len(), 1);
    }

    #[test]
    fn short_or_really_different_sentences_are_not_near_duplicates() {
        assert!(near_duplicates("The vote was lost on Monday. The vote was won on Monday.").is_empty());
        let text = "The committee approved the new budget for schools on Monday evening.\n\n\
                    The council rejected an old plan for roads on a Friday morning.";
        assert!(near_duplicates(text).is_empty());
    }

    #[test]
    fn a_template_with_other_figures_is_not_a_near_duplicate() {
        let category_3 = "On the scale used by forecasters, a category 3 hurricane must sustain winds of at least 111 miles per hour.";
        let category_1 = "On the scale used by forecasters, a category 1 hurricane must sustain winds of at least 74 miles per hour.";
        let one_figure = "On the scale used by forecasters, a category 3 hurricane must sustain winds of at least 115 miles per hour.";
        let between = "\n\nThe storm weakened overnight.\n\n";
        assert!(near_duplicates(&format!("{category_3}{between}{category_1}")).is_empty());
        assert_eq!(near_duplicates(&format!("{category_3}{between}{one_figure}")), [one_figure]);
    }

    #[test]
    fn similarity_is_between_zero_and_one() {
        let s = similarity(
            "The primary elections were held across the state on Tuesday.",
            "The primary elections where held across the state on Tuesday.",
        )
        .unwrap();
        assert!(s > 0.95 && s < 1.0, "{s}");
    }
}
