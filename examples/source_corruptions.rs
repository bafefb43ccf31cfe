//! Measures the source check on FactCC-style corruptions of real news.
//!
//! For every Wikinews article (read at run time from
//! ../shared/data/corpus/wikinews-en, CC BY 2.5, Wikinews contributors;
//! never committed), it makes one corrupted copy per kind of corruption and
//! one faithful paraphrase per kind of paraphrase, then runs factlint with
//! the original article as the source and the copy as the text.
//!
//! - A corruption counts as detected when a `source/` finding falls on the
//!   sentence holding the corruption.
//! - A paraphrase counts as a false finding when it gets any `source/` finding.
//!
//! The corruptions are seeded and deterministic (`--seed N`, default 7).
//! `--show N` prints up to N misses and false findings per kind.
//!
//!     cargo run --release --example source_corruptions [-- --seed 7 --show 3 DIR]

use factlint::text::{Document, Span};
use factlint::{analyze, Options, SourceInput};
use std::collections::BTreeMap;

/// SplitMix64: small, seeded, the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.below(items.len()))
        }
    }
}

/// A corrupted or paraphrased copy: the new text and where it changed.
struct Variant {
    text: String,
    changed: Span,
}

fn replace(text: &str, span: Span, with: &str) -> Variant {
    let out = format!("{}{}{}", &text[..span.start()], with, &text[span.end()..]);
    Variant { text: out, changed: Span::new(span.start(), span.start() + with.len()) }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whole words of the text with their byte spans.
fn words(text: &str) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let inside = is_word_char(c) || (start.is_some() && (c == '.' || c == ',') && next_is_digit(text, i));
        match (start, inside) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((Span::new(s, i), &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn next_is_digit(text: &str, i: usize) -> bool {
    text[i..].chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        && text[..i].ends_with(|c: char| c.is_ascii_digit())
}

fn inside_quotes(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let paragraph_start = before.rfind("\n\n").map_or(0, |p| p + 2);
    let marks = before[paragraph_start..].chars().filter(|c| *c == '"').count();
    let open_curly =
        before[paragraph_start..].matches('“').count() > before[paragraph_start..].matches('”').count();
    marks % 2 == 1 || open_curly
}

const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn number_swap(text: &str, rng: &mut Rng) -> Option<Variant> {
    let numbers: Vec<(Span, &str)> = words(text)
        .into_iter()
        .filter(|(_, w)| w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
        .filter(|(_, w)| !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))))
        .collect();
    let &(span, shown) = rng.pick(&numbers)?;
    let others: Vec<&str> = numbers.iter().map(|(_, w)| *w).filter(|w| w != &shown).collect();
    // FactCC swaps in another number of the same document; failing that, a nearby value.
    let replacement = match rng.pick(&others) {
        Some(other) if rng.below(2) == 0 => other.to_string(),
        _ => {
            let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
            let value: u64 = digits.parse().ok()?;
            let changed = if value < 10 {
                (value + 1 + rng.below(8) as u64) % 10
            } else {
                value + 1 + rng.below((value / 2) as usize) as u64
            };
            if changed == value || changed == 0 { value + 2 } else { changed }.to_string()
        }
    };
    Some(replace(text, span, &replacement))
}

fn date_swap(text: &str, rng: &mut Rng) -> Option<Variant> {
    let candidates: Vec<(Span, &str)> = words(text)
        .into_iter()
        .filter(|(_, w)| {
            WEEKDAYS.contains(w)
                || MONTHS.contains(w)
                || (w.len() == 4
                    && (w.starts_with("19") || w.starts_with("20"))
                    && w.chars().all(|c| c.is_ascii_digit()))
        })
        .collect();
    let &(span, shown) = rng.pick(&candidates)?;
    let replacement = if let Some(d) = WEEKDAYS.iter().position(|w| *w == shown) {
        WEEKDAYS[(d + 1 + rng.below(6)) % 7].to_string()
    } else if let Some(m) = MONTHS.iter().position(|w| *w == shown) {
        MONTHS[(m + 1 + rng.below(10)) % 11].to_string()
    } else {
        let year: i32 = shown.parse().ok()?;
        let delta = 1 + rng.below(5) as i32;
        (if rng.below(2) == 0 { year + delta } else { year - delta }).to_string()
    };
    Some(replace(text, span, &replacement))
}

/// Runs of capitalised words not opening a sentence: names.
fn name_runs(text: &str, min_words: usize) -> Vec<(Span, String)> {
    let all = words(text);
    let capitalised =
        |w: &str| w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "In" | "On" | "At");
    let mut out = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let (span, w) = all[i];
        let opens_sentence =
            text[..span.start()].trim_end().ends_with(['.', '!', '?', '"', '“']) || span.start() == 0;
        if !capitalised(w) || opens_sentence || WEEKDAYS.contains(&w) || MONTHS.contains(&w) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < all.len() && capitalised(all[j].1) && &text[all[j - 1].0.end()..all[j].0.start()] == " " {
            j += 1;
        }
        if j - i >= min_words {
            let run = Span::new(span.start(), all[j - 1].0.end());
            out.push((run, text[run.start()..run.end()].to_string()));
        }
        i = j;
    }
    out
}

fn name_swap(text: &str, rng: &mut Rng) -> Option<Variant> {
    let runs = name_runs(text, 2);
    let &(span, ref shown) = rng.pick(&runs)?;
    let sentence = sentence_span(text, span);
    // Another name of the same document, not already in this sentence.
    let others: Vec<&String> = runs
        .iter()
        .map(|(_, n)| n)
        .filter(|n| *n != shown && !text[sentence.start()..sentence.end()].contains(n.as_str()))
        .collect();
    let other = rng.pick(&others)?;
    Some(replace(text, span, other))
}

const ROLE_WORDS: &[&str] = &[
    "minister",
    "secretary",
    "president",
    "senator",
    "governor",
    "leader",
    "director",
    "mayor",
    "chairman",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chief",
    "head",
    "judge",
    "member",
    "representative",
    "ceo",
    "founder",
    "professor",
    "officer",
    "commissioner",
    "ambassador",
    "chancellor",
    "candidate",
    "player",
    "coach",
];

/// "Name, a/an/the ROLE," appositives: (span of the role phrase, phrase, name).
fn appositive_roles(text: &str) -> Vec<(Span, String, String)> {
    let mut out = Vec::new();
    for (run, name) in name_runs(text, 1) {
        let after = &text[run.end()..];
        let Some(rest) = after.strip_prefix(", ") else { continue };
        if !(rest.starts_with("a ") || rest.starts_with("an ") || rest.starts_with("the ")) {
            continue;
        }
        let end = rest.find([',', '.', ';', '(', ')', '"']).unwrap_or(rest.len());
        let phrase = &rest[..end];
        let lower = phrase.to_lowercase();
        if phrase.split(' ').count() > 10 || !ROLE_WORDS.iter().any(|r| lower.split(' ').any(|w| w == *r)) {
            continue;
        }
        let start = run.end() + 2;
        out.push((Span::new(start, start + phrase.len()), phrase.to_string(), name));
    }
    out
}

/// "Senator Amy Klobuchar", "President Donald Trump": (span of the title, title, name).
fn title_roles(text: &str) -> Vec<(Span, String, String)> {
    const TITLES: &[&str] = &[
        "President",
        "Senator",
        "Governor",
        "Mayor",
        "Judge",
        "Justice",
        "Chancellor",
        "Representative",
        "Minister",
        "Secretary",
        "Commissioner",
        "Ambassador",
        "General",
        "Coach",
        "Captain",
    ];
    let mut out = Vec::new();
    for (run, name) in name_runs(text, 3) {
        let Some((title, person)) = name.split_once(' ') else { continue };
        if TITLES.contains(&title) && !TITLES.iter().any(|t| person.starts_with(t)) {
            out.push((
                Span::new(run.start(), run.start() + title.len()),
                title.to_string(),
                person.to_string(),
            ));
        }
    }
    out
}

fn role_swap(text: &str, rng: &mut Rng) -> Option<Variant> {
    // A role phrase after one person's name, or a title before it, given to
    // another person of the same article.
    // Within one form, so the sentence stays grammatical.
    let roles = if rng.below(2) == 0 { appositive_roles(text) } else { title_roles(text) };
    let roles = if roles.len() >= 2 {
        roles
    } else {
        [appositive_roles(text), title_roles(text)].into_iter().find(|r| r.len() >= 2)?
    };
    let (span, phrase, name) = rng.pick(&roles)?.clone();
    let surname = |n: &str| n.rsplit(' ').next().unwrap_or("").to_string();
    let others: Vec<&(Span, String, String)> = roles
        .iter()
        .filter(|(_, p, n)| surname(n) != surname(&name) && p.to_lowercase() != phrase.to_lowercase())
        .collect();
    let (_, other, _) = rng.pick(&others)?;
    Some(replace(text, span, other))
}

const AUXILIARIES: &[&str] = &[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "did", "does",
    "should",
];

fn negation_flip(text: &str, rng: &mut Rng) -> Option<Variant> {
    let all = words(text);
    let mut sites: Vec<(Span, String)> = Vec::new();
    for pair in all.windows(2) {
        let ((a_span, a), (b_span, b)) = (pair[0], pair[1]);
        if &text[a_span.end()..b_span.start()] != " " {
            continue;
        }
        if AUXILIARIES.contains(&a)
            && b.starts_with(char::is_lowercase)
            && !matches!(b, "not" | "no" | "never")
        {
            sites.push((Span::new(a_span.start(), a_span.end()), format!("{a} not")));
        }
        if b == "not" && AUXILIARIES.contains(&a) {
            sites.push((Span::new(a_span.start(), b_span.end()), a.to_string()));
        }
    }
    let (span, with) = rng.pick(&sites)?.clone();
    Some(replace(text, span, &with))
}

fn quote_alteration(text: &str, rng: &mut Rng) -> Option<Variant> {
    let mut quotes = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '"' | '“') => open = Some(i + c.len_utf8()),
            (Some(s), '"' | '”') => {
                quotes.push(Span::new(s, i));
                open = None;
            }
            (_, '\n') => open = None,
            _ => {}
        }
    }
    let quotes: Vec<Span> =
        quotes.into_iter().filter(|q| text[q.start()..q.end()].split_whitespace().count() >= 4).collect();
    let quote = *rng.pick(&quotes)?;
    let inner: Vec<(Span, &str)> = words(&text[quote.start()..quote.end()])
        .into_iter()
        .map(|(s, w)| (Span::new(s.start() + quote.start(), s.end() + quote.start()), w))
        .collect();
    let vocabulary: Vec<&str> = words(text)
        .into_iter()
        .map(|(_, w)| w)
        .filter(|w| w.len() > 3 && w.starts_with(char::is_lowercase))
        .collect();
    let &(span, word) = rng.pick(&inner)?;
    match rng.below(3) {
        0 => {
            let other = rng.pick(&vocabulary).filter(|o| **o != word)?;
            Some(replace(text, span, other))
        }
        // Only an inner word: a quotation cut short at either end is still
        // verbatim (a partial quotation), not an altered one.
        1 if inner.len() > 4
            && inner.first().is_some_and(|f| f.0 != span)
            && inner.last().is_some_and(|l| l.0 != span) =>
        {
            // Drop the word and the space after it.
            let end = if text[span.end()..].starts_with(' ') { span.end() + 1 } else { span.end() };
            let mut v = replace(text, Span::new(span.start(), end), "");
            v.changed = Span::new(span.start().saturating_sub(1), span.start() + 1);
            Some(v)
        }
        _ => {
            let k = inner.iter().position(|(s, _)| *s == span)?;
            let (next_span, next) = *inner.get(k + 1).filter(|(_, n)| *n != word)?;
            if &text[span.end()..next_span.start()] != " " {
                return None;
            }
            Some(replace(text, Span::new(span.start(), next_span.end()), &format!("{next} {word}")))
        }
    }
}

fn sentence_span(text: &str, span: Span) -> Span {
    let doc = Document::new(text);
    doc.sentences
        .iter()
        .map(|s| s.span)
        .find(|s| s.start() <= span.start() && span.start() < s.end().max(s.start() + 1))
        .unwrap_or(span)
}

fn reorder(text: &str, rng: &mut Rng) -> Option<Variant> {
    let doc = Document::new(text);
    // Two adjacent sentences of one paragraph, or failing that two paragraphs.
    let pairs: Vec<(Span, Span)> = doc
        .paragraphs
        .iter()
        .flat_map(|p| p.sentences.clone().zip(p.sentences.clone().skip(1)))
        .map(|(a, b)| (doc.sentences[a].span, doc.sentences[b].span))
        .filter(|(a, b)| text[a.end()..b.start()].trim().is_empty())
        .collect();
    let (a, b) = match rng.pick(&pairs) {
        Some(&pair) => pair,
        None => {
            let k = rng.below(doc.paragraphs.len().saturating_sub(1));
            (doc.paragraphs.get(k)?.span, doc.paragraphs.get(k + 1)?.span)
        }
    };
    let swapped =
        format!("{}{}{}", &text[b.start()..b.end()], &text[a.end()..b.start()], &text[a.start()..a.end()]);
    Some(replace(text, Span::new(a.start(), b.end()), &swapped))
}

fn split(text: &str, rng: &mut Rng) -> Option<Variant> {
    let doc = Document::new(text);
    let mut sites = Vec::new();
    for s in &doc.sentences {
        let sentence = &text[s.span.start()..s.span.end()];
        for joint in [", and ", "; "] {
            for (at, _) in sentence.match_indices(joint) {
                let absolute = s.span.start() + at;
                let (left, right) = (&sentence[..at], &sentence[at + joint.len()..]);
                let long_enough =
                    left.split_whitespace().count() >= 5 && right.split_whitespace().count() >= 5;
                if long_enough && !inside_quotes(text, absolute) && right.starts_with(char::is_lowercase) {
                    sites.push((Span::new(absolute, absolute + joint.len()), right.chars().next()?));
                }
            }
        }
    }
    let &(joint, first) = rng.pick(&sites)?;
    let upper: String = first.to_uppercase().collect();
    let span = Span::new(joint.start(), joint.end() + first.len_utf8());
    Some(replace(text, span, &format!(". {upper}")))
}

const SYNONYMS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("says", "states"),
    ("announced", "declared"),
    ("began", "started"),
    ("started", "began"),
    ("large", "big"),
    ("big", "large"),
    ("many", "numerous"),
    ("help", "assist"),
    ("bought", "purchased"),
    ("showed", "demonstrated"),
    ("shows", "demonstrates"),
    ("people", "individuals"),
    ("about", "around"),
    ("however", "nevertheless"),
    ("also", "additionally"),
    ("reported", "stated"),
    ("killed", "left dead"),
    ("received", "got"),
    ("attempt", "effort"),
    ("major", "significant"),
    ("near", "close to"),
];

fn synonyms(text: &str, rng: &mut Rng) -> Option<Variant> {
    let sites: Vec<(Span, &str)> = words(text)
        .into_iter()
        .filter_map(|(span, w)| SYNONYMS.iter().find(|(from, _)| *from == w).map(|(_, to)| (span, *to)))
        .filter(|(span, _)| !inside_quotes(text, span.start()))
        .collect();
    if sites.is_empty() {
        return None;
    }
    // Up to three substitutions, applied from the end so spans stay valid.
    let mut chosen: Vec<(Span, &str)> = (0..3).filter_map(|_| rng.pick(&sites).copied()).collect();
    chosen.sort_by_key(|(s, _)| std::cmp::Reverse(s.start()));
    chosen.dedup_by_key(|(s, _)| s.start());
    let mut out = text.to_string();
    let first_change = chosen.last()?.0.start();
    for (span, to) in &chosen {
        out.replace_range(span.range(), to);
    }
    // Paraphrases are judged on the whole text; the span only marks where it starts.
    Some(Variant { text: out, changed: Span::new(first_change, first_change) })
}

/// All three paraphrases at once: reordered, split and reworded.
fn combined(text: &str, rng: &mut Rng) -> Option<Variant> {
    let mut out = text.to_string();
    for step in [reorder as Maker, split, synonyms] {
        if let Some(v) = step(&out, rng) {
            out = v.text;
        }
    }
    Some(Variant { text: out, changed: Span::new(0, 0) })
}

type Maker = fn(&str, &mut Rng) -> Option<Variant>;

const CORRUPTIONS: &[(&str, Maker)] = &[
    ("number swap", number_swap),
    ("date swap", date_swap),
    ("name swap", name_swap),
    ("role swap", role_swap),
    ("negation flip", negation_flip),
    ("quote alteration", quote_alteration),
];

const PARAPHRASES: &[(&str, Maker)] = &[
    ("sentence reordering", reorder),
    ("sentence splitting", split),
    ("synonym changes", synonyms),
    ("all three at once", combined),
];

fn main() {
    let mut seed = 7u64;
    let mut show = 0usize;
    let mut dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/corpus/wikinews-en").to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--show" => show = args.next().and_then(|s| s.parse().ok()).unwrap_or(0),
            other => dir = other.to_string(),
        }
    }
    let mut paths: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("cannot read {dir}: {e}");
            std::process::exit(2);
        }
    };
    paths.sort();

    // kind → (made, flagged); for corruptions "flagged" means detected.
    let mut tally: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
    // The bodies: without the "# title" and "date:" lines.
    let bodies: Vec<String> = paths
        .iter()
        .map(|path| {
            let raw = std::fs::read_to_string(path).unwrap_or_default();
            raw.lines()
                .skip_while(|l| l.starts_with('#') || l.starts_with("date:") || l.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    // Invented additions: the first paragraph of the next article, inserted
    // after the first paragraph. (paragraphs, detected, flagged as
    // unsupported rather than changed, articles with a finding elsewhere)
    let mut additions = (0usize, 0usize, 0usize, 0usize);
    for (n, path) in paths.iter().enumerate() {
        let body = bodies[n].clone();
        if body.is_empty() {
            continue;
        }
        let options = Options {
            sources: vec![SourceInput { label: "original".into(), text: body.clone() }],
            ..Options::default()
        };
        for (kind, make, corruption) in CORRUPTIONS
            .iter()
            .map(|(k, m)| (*k, *m, true))
            .chain(PARAPHRASES.iter().map(|(k, m)| (*k, *m, false)))
        {
            let mut rng =
                Rng(seed ^ (n as u64).wrapping_mul(0x2545_F491_4F6C_DD1D) ^ (kind.len() as u64 * 0x9E37));
            let Some(variant) = make(&body, &mut rng) else { continue };
            if variant.text == body {
                continue;
            }
            let Ok(report) = analyze(&variant.text, &options) else { continue };
            let doc = Document::new(&variant.text);
            let sentence = sentence_span(&variant.text, variant.changed);
            let target = doc.offsets.utf16_span(sentence.cover(variant.changed));
            let source_findings: Vec<_> =
                report.findings.iter().filter(|f| f.rule.starts_with("source/")).collect();
            let flagged = if corruption {
                source_findings
                    .iter()
                    .any(|f| f.span.start < target.end && target.start < f.span.end.max(f.span.start + 1))
            } else {
                !source_findings.is_empty()
            };
            let entry = tally.entry(kind).or_default();
            entry.0 += 1;
            entry.1 += usize::from(flagged);
            let worth_showing = if corruption { !flagged } else { flagged };
            let count = shown.entry(kind).or_default();
            if worth_showing && *count < show {
                *count += 1;
                let changed = &variant.text[sentence.cover(variant.changed).range()];
                println!(
                    "--- {kind} {} in {}",
                    if corruption { "missed" } else { "false finding" },
                    path.display()
                );
                println!("    text: {}", changed.replace('\n', " "));
                let original = sentence_span(
                    &body,
                    Span::new(
                        variant.changed.start().min(body.len()),
                        variant.changed.start().min(body.len()),
                    ),
                );
                if let Some(original) = body.get(original.range()) {
                    println!("    was:  {}", original.replace('\n', " "));
                }
                for f in &source_findings {
                    println!("    {}: {} [{}]", f.rule, f.message, f.text);
                }
            }
        }

        let foreign = bodies[(n + 1) % bodies.len()].split("\n\n").next().unwrap_or("").to_string();
        if let (Some(cut), false) = (body.find("\n\n"), foreign.trim().is_empty()) {
            let text = format!("{}\n\n{}{}", &body[..cut], foreign, &body[cut..]);
            let inserted = Span::new(cut + 2, cut + 2 + foreign.len());
            if let Ok(report) = analyze(&text, &options) {
                let doc = Document::new(&text);
                let target = doc.offsets.utf16_span(inserted);
                let on_it =
                    |f: &factlint::report::FindingOut| f.span.start < target.end && target.start < f.span.end;
                let source_findings: Vec<_> =
                    report.findings.iter().filter(|f| f.rule.starts_with("source/")).collect();
                let (inside, outside): (Vec<_>, Vec<_>) = source_findings.into_iter().partition(|f| on_it(f));
                additions.0 += 1;
                additions.1 += usize::from(!inside.is_empty());
                additions.2 +=
                    usize::from(!inside.is_empty() && inside.iter().all(|f| f.rule == "source/unsupported"));
                additions.3 += usize::from(!outside.is_empty());
            }
        }
    }

    println!("\nSource check on FactCC-style corruptions of {} Wikinews articles (seed {seed})", paths.len());
    println!("{:<22} {:>6} {:>9} {:>7}", "corruption", "made", "detected", "rate");
    for (kind, _) in CORRUPTIONS {
        let (made, hit) = tally.get(kind).copied().unwrap_or_default();
        println!("{kind:<22} {made:>6} {hit:>9} {:>6.1}%", 100.0 * hit as f64 / made.max(1) as f64);
    }
    println!("{:<22} {:>6} {:>9} {:>7}", "faithful paraphrase", "made", "flagged", "rate");
    let (mut all_made, mut all_hit) = (0, 0);
    for (kind, _) in PARAPHRASES {
        let (made, hit) = tally.get(kind).copied().unwrap_or_default();
        all_made += made;
        all_hit += hit;
        println!("{kind:<22} {made:>6} {hit:>9} {:>6.1}%", 100.0 * hit as f64 / made.max(1) as f64);
    }
    println!(
        "{:<22} {all_made:>6} {all_hit:>9} {:>6.1}%",
        "all paraphrases",
        100.0 * all_hit as f64 / all_made.max(1) as f64
    );
    let (made, hit, unsupported, elsewhere) = additions;
    let pct = |k: usize| 100.0 * k as f64 / made.max(1) as f64;
    println!(
        "invented paragraph (another article's lead inserted): {made} made, {hit} detected ({:.1}%), \
         {unsupported} of them only as source/unsupported ({:.1}%), {elsewhere} with a finding elsewhere ({:.1}%)",
        pct(hit), pct(unsupported), pct(elsewhere)
    );
}
