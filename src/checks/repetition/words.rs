//! Built-in word lists: function words that carry no content, and common
//! news words that carry little. Written by hand for this project.

use crate::text::words::{words, WordList};

/// Function words, lower-case with apostrophes removed ("dont"). They never
/// count as content, so "It has been reported that" adds nothing to a sentence.
#[rustfmt::skip]
const STOP_WORDS: WordList = words![
    "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also", "although",
    "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "arent", "around", "as", "at",
    "away", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot",
    "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "done", "dont", "down", "during",
    "each", "either", "else", "enough", "even", "ever", "every", "few", "for", "from", "further", "get", "gets",
    "got", "had", "hadnt", "has", "hasnt", "have", "havent", "having", "he", "hed", "hell", "her", "here", "hers",
    "herself", "hes", "him", "himself", "his", "how", "however", "i", "id", "if", "ill", "im", "in", "into", "is",
    "isnt", "it", "its", "itself", "ive", "just", "least", "less", "let", "lets", "like", "made", "make", "many",
    "may", "me", "might", "more", "most", "much", "must", "mustnt", "my", "myself", "neither", "never", "no",
    "nor", "not", "now", "of", "off", "often", "on", "once", "only", "onto", "or", "other", "others", "ought",
    "our", "ours", "ourselves", "out", "over", "own", "per", "quite", "rather", "same", "shall", "shant", "she",
    "shed", "shell", "shes", "should", "shouldnt", "since", "so", "some", "still", "such", "than", "that",
    "thats", "the", "their", "theirs", "them", "themselves", "then", "there", "theres", "these", "they", "theyd",
    "theyll", "theyre", "theyve", "this", "those", "though", "through", "thus", "to", "too", "toward",
    "towards", "under", "unless", "until", "up", "upon", "us", "very", "via", "was", "wasnt", "we", "wed",
    "well", "were", "werent", "weve", "what", "whatever", "whats", "when", "whenever", "where", "whether",
    "which", "while", "who", "whole", "whom", "whos", "whose", "why", "will", "with", "within", "without",
    "wont", "would", "wouldnt", "yet", "you", "youd", "youll", "your", "youre", "yours", "yourself",
    "yourselves", "youve",
];

/// Content words so common in news and prose that sharing them says little:
/// reporting verbs, calendar words, small numbers, titles. They count, at a
/// fraction of their weight.
/// Their stems, as the passages compare words (the test below derives them
/// from [`WEAK_WORDS`]): stemmed once here, not on every analysis.
#[rustfmt::skip]
const WEAK_STEMS: WordList = words![
    "accord", "ad", "announc", "ask", "back", "call", "came", "come", "day", "first", "friday", "go", "good",
    "great", "know", "last", "littl", "long", "man", "miss", "monday", "month", "mr", "mrs", "ms", "new",
    "next", "one", "part", "peopl", "report", "said", "saturday", "say", "second", "see", "state", "sunday",
    "take", "thing", "think", "three", "thursday", "time", "today", "told", "tuesday", "two", "way",
    "wednesday", "week", "went", "year", "yesterday",
];

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(word)
}

pub fn weak_stems() -> WordList {
    WEAK_STEMS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_list_is_sorted_for_binary_search() {
        assert!(is_stop_word("the") && is_stop_word("wouldnt") && is_stop_word("a"));
        assert!(!is_stop_word("china") && !is_stop_word("attacks"));
        assert!(WEAK_WORDS.iter().all(|w| !is_stop_word(w)), "a weak word listed as a stop word is dead");
    }

    /// The words the weak stems come from (kept here, where the stems are checked).
    #[rustfmt::skip]
    const WEAK_WORDS: &[&str] = &[
    "according", "added", "announced", "asked", "called", "came", "come", "day", "days", "friday", "go",
    "going", "good", "great", "know", "last", "little", "long", "man", "mr", "mrs", "ms", "miss", "monday",
    "month", "months", "new", "next", "one", "two", "three", "people", "report", "reported", "reports",
    "said", "saturday", "say", "saying", "says", "see", "stated", "sunday", "take", "think", "thursday",
    "time", "times", "today", "told", "tuesday", "way", "wednesday", "week", "weeks", "went", "year",
    "years", "yesterday", "first", "second", "back", "thing", "things", "part",
];

    #[test]
    fn the_weak_stems_are_the_stems_of_the_weak_words() {
        let mut stems: Vec<String> =
            WEAK_WORDS.iter().map(|w| crate::checks::repetition::stem::stem(w)).collect();
        stems.sort();
        stems.dedup();
        assert_eq!(stems, WEAK_STEMS.iter().collect::<Vec<_>>());
    }
}
