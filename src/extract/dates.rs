//! Dates and times: absolute dates ("24 March 2024", "March 2024", "in 2023"),
//! weekdays ("on Monday"), and relative expressions ("last year",
//! "approximately one year ago", "the previous summer", "yesterday").
//!
//! Absolute dates resolve on their own. Weekdays and relative expressions
//! resolve only against a publication date given by the caller: factlint
//! never assumes today's date. A bare weekday points back in time ("a meeting
//! on Friday") unless the sentence speaks of the future ("is expected to …
//! on Monday"), as in news style. Seasons are the northern meteorological
//! ones (summer = June to August).

use super::numbers::{self, number_at};
use super::tokens::{cover, tokens, Token};
use crate::text::words::LetterPairs;
use crate::text::Span;
use serde::Serialize;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl CivilDate {
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(CivilDate { year, month, day })
    }

    /// Reads `YYYY-MM-DD`; anything else (or 2024-02-30) is `None`.
    pub fn parse(text: &str) -> Option<CivilDate> {
        let mut parts = text.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        // `digits_value` turns away anything but ASCII digits.
        CivilDate::new(digits_value(y)? as i32, digits_value(m)?, digits_value(d)?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    pub fn plus_days(self, days: i64) -> CivilDate {
        CivilDate::from_days(self.to_days() + days)
    }

    /// Adds months, clamping the day (31 March − 1 month = 29 February).
    pub fn plus_months(self, months: i64) -> CivilDate {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = index.div_euclid(12) as i32;
        let month = index.rem_euclid(12) as u32 + 1;
        CivilDate { year, month, day: self.day.min(days_in_month(year, month)) }
    }
}

impl std::fmt::Display for CivilDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DateKind {
    /// Says which day, month or year on its own.
    Absolute,
    /// A day of the week.
    Weekday,
    /// Needs the publication date: "last year", "two weeks ago".
    Relative,
}

/// What a date expression refers to: a day, or a range of days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResolvedDate {
    /// How a reader writes it: "2024-03-25", "2023", "summer 2023".
    pub label: String,
    pub start: String,
    pub end: String,
    /// "approximately one year ago": only roughly this.
    pub approximate: bool,
}

impl ResolvedDate {
    fn new(label: String, start: CivilDate, end: CivilDate) -> Self {
        ResolvedDate { label, start: start.to_string(), end: end.to_string(), approximate: false }
    }

    fn day(day: CivilDate) -> Self {
        ResolvedDate::new(day.to_string(), day, day)
    }

    fn month(year: i32, month: u32) -> Self {
        let start = CivilDate { year, month, day: 1 };
        let end = CivilDate { year, month, day: days_in_month(year, month) };
        ResolvedDate::new(format!("{year:04}-{month:02}"), start, end)
    }

    fn year(year: i32) -> Self {
        ResolvedDate::new(
            format!("{year:04}"),
            CivilDate { year, month: 1, day: 1 },
            CivilDate { year, month: 12, day: 31 },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    #[serde(skip)]
    pub span: Span,
    pub kind: DateKind,
    pub resolved: Option<ResolvedDate>,
}

/// Month names by number − 1.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"];
/// How every month and abbreviation starts (a test checks).
const MONTH_STARTS: LetterPairs = LetterPairs::new(b"apaudefejajumanoocse");
/// How every word a date can start with begins, digits apart: a month, a
/// weekday, a relative opener, a spelled-out number (a test checks).
const DATE_STARTS: LetterPairs = MONTH_STARTS
    .union(numbers::NUMBER_WORD_STARTS)
    .union(LetterPairs::new(b"motuwethfrsasuyetolaprpanefocothcuan"));
/// Weekday names, Monday first.
pub const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const SEASONS: &[(&str, u32)] = &[("spring", 3), ("summer", 6), ("autumn", 9), ("fall", 9), ("winter", 12)];
/// Words before a bare year or month that make it a date ("in 2023", "since March").
const DATE_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "to", "during", "before", "after", "early", "late", "mid",
    "of", "between", "and", "through",
];
/// Words that put a sentence in the future, for bare weekdays and months.
const FUTURE_CUES: &[&str] =
    &["will", "expected", "set", "plans", "planned", "going", "upcoming", "shall", "'ll", "due"];

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Every date expression in `span` of `text`, resolved against `publication` where it needs one.
pub fn dates(text: &str, span: Span, publication: Option<CivilDate>) -> Vec<DateMention> {
    dates_in(&tokens(text, span), publication)
}

/// Every date expression among `toks` (one sentence's tokens).
pub fn dates_in(toks: &[Token], publication: Option<CivilDate>) -> Vec<DateMention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start_date(&toks[i]) {
            i += 1;
            continue;
        }
        match date_at(toks, i, publication) {
            Some((mention, last)) => {
                found.push(mention);
                i = last + 1;
            }
            None => i += 1,
        }
    }
    found
}

/// Whether a date can start at this token: every form `date_at` reads starts
/// with digits or one of `DATE_STARTS`. Nearly every token stops here, before
/// some fifty comparisons with months, weekdays and number words.
fn may_start_date(t: &Token) -> bool {
    t.lower.as_bytes().first().is_some_and(u8::is_ascii_digit) || t.is("a") || DATE_STARTS.start(&t.lower)
}

/// Whether the sentence speaks of the future, for a bare weekday or month.
/// Asked only when one is found: few sentences hold a date.
fn speaks_of_the_future(toks: &[Token]) -> bool {
    toks.iter().any(|t| t.is_any(FUTURE_CUES))
}

fn month_of(t: &Token) -> Option<u32> {
    // Most tokens stop here, before two dozen comparisons.
    if !MONTH_STARTS.start(&t.lower) {
        return None;
    }
    let index = MONTHS.iter().position(|m| t.is(m)).or_else(|| {
        // "Jan", "Sept" only with a capital, never the modal "may" in lower case.
        MONTH_ABBREVIATIONS.iter().position(|m| t.is(m)).filter(|_| t.is_capitalised())
    })?;
    // "may" the verb; "March" the verb is rare enough in news.
    if index == 4 && !t.is_capitalised() {
        return None;
    }
    Some(index as u32 + 1)
}

fn day_of(t: &Token) -> Option<u32> {
    if !t.lower.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None; // what follows would find no digits either, after a longer look
    }
    // The letters at the end ("th"), found byte by byte: ASCII letters are one byte each.
    let mut digits_end = t.lower.len();
    while digits_end > 0 && t.lower.as_bytes()[digits_end - 1].is_ascii_alphabetic() {
        digits_end -= 1;
    }
    let (digits, suffix) = t.lower.split_at(digits_end);
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits_value(digits).filter(|d| (1..=31).contains(d))
}

fn year_of(t: &Token) -> Option<i32> {
    if t.text.len() != 4 {
        return None;
    }
    let year = digits_value(t.text)? as i32;
    (1000..=2199).contains(&year).then_some(year)
}

/// The value of a string of ASCII digits; `None` for an empty string, any
/// other character, or a value past `u32`. By hand, one routine for every
/// caller: `str::parse` is compiled once per integer type into the wasm build.
pub(crate) fn digits_value(digits: &str) -> Option<u32> {
    if digits.is_empty() {
        return None;
    }
    let mut value = 0u32;
    for byte in digits.bytes() {
        if !byte.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u32::from(byte - b'0'))?;
    }
    Some(value)
}

fn date_at(toks: &[Token], i: usize, publication: Option<CivilDate>) -> Option<(DateMention, usize)> {
    absolute_at(toks, i, publication)
        .or_else(|| weekday_at(toks, i, publication))
        .or_else(|| relative_at(toks, i, publication))
}

fn mention(
    toks: &[Token],
    first: usize,
    last: usize,
    kind: DateKind,
    resolved: Option<ResolvedDate>,
) -> DateMention {
    DateMention { span: cover(toks, first, last), kind, resolved }
}

fn absolute_at(toks: &[Token], i: usize, publication: Option<CivilDate>) -> Option<(DateMention, usize)> {
    let t = &toks[i];
    let at = |k: usize| toks.get(k);
    // 2024-03-24
    if let (Some(year), Some(month), Some(day)) = (
        year_of(t),
        at(i + 2).filter(|_| at(i + 1).is_some_and(|d| d.text == "-")),
        at(i + 4).filter(|_| at(i + 3).is_some_and(|d| d.text == "-")),
    ) {
        if let Some(date) =
            CivilDate::new(year, digits_value(month.text).unwrap_or(0), digits_value(day.text).unwrap_or(0))
        {
            return Some((mention(toks, i, i + 4, DateKind::Absolute, Some(ResolvedDate::day(date))), i + 4));
        }
    }
    // "in 2023", "since 1990", "the 1990s" (a bare number needs a preposition to be a year).
    let before = i.checked_sub(1).map(|k| &toks[k]);
    if let Some(year) = year_of(t) {
        if before.is_some_and(|b| b.is_any(DATE_PREPOSITIONS)) {
            return Some((mention(toks, i, i, DateKind::Absolute, Some(ResolvedDate::year(year))), i));
        }
    }
    if let Some(decade) = t.lower.strip_suffix('s').and_then(digits_value).map(|d| d as i32) {
        if (1000..=2190).contains(&decade) && decade % 10 == 0 && t.text.len() == 5 {
            let start = CivilDate { year: decade, month: 1, day: 1 };
            let end = CivilDate { year: decade + 9, month: 12, day: 31 };
            let resolved = ResolvedDate::new(format!("{decade}s"), start, end);
            return Some((mention(toks, i, i, DateKind::Absolute, Some(resolved)), i));
        }
    }
    // 24 March 2024, 24 March
    if let (Some(day), Some(month)) = (day_of(t), at(i + 1).and_then(month_of)) {
        let year_token = at(i + 2).and_then(year_of);
        let last = if year_token.is_some() { i + 2 } else { i + 1 };
        let year = year_token.or(publication.map(|p| p.year));
        let resolved = year.and_then(|y| CivilDate::new(y, month, day)).map(ResolvedDate::day);
        return Some((mention(toks, i, last, DateKind::Absolute, resolved), last));
    }
    let month = month_of(t)?;
    // March 24, 2024 / March 24
    if let Some(day) = at(i + 1).and_then(day_of) {
        let comma = at(i + 2).is_some_and(|c| c.text == ",");
        let year_token = at(if comma { i + 3 } else { i + 2 }).and_then(year_of);
        let last = match (year_token, comma) {
            (Some(_), true) => i + 3,
            (Some(_), false) => i + 2,
            (None, _) => i + 1,
        };
        let year = year_token.or(publication.map(|p| p.year));
        let resolved = year.and_then(|y| CivilDate::new(y, month, day)).map(ResolvedDate::day);
        return Some((mention(toks, i, last, DateKind::Absolute, resolved), last));
    }
    // March 2024
    if let Some(year) = at(i + 1).and_then(year_of) {
        return Some((
            mention(toks, i, i + 1, DateKind::Absolute, Some(ResolvedDate::month(year, month))),
            i + 1,
        ));
    }
    // "in March", "last March": the month nearest the publication date in the sentence's direction.
    let modifier = before.filter(|b| b.is_any(&["last", "next", "this"]));
    if !t.is_capitalised() || !before.is_some_and(|b| b.is_any(DATE_PREPOSITIONS) || modifier.is_some()) {
        return None;
    }
    let first = if modifier.is_some() { i - 1 } else { i };
    let resolved = publication.map(|p| {
        let forward = modifier.map_or_else(|| speaks_of_the_future(toks), |m| m.is("next"));
        let year = match modifier.map(|m| m.lower.as_ref()) {
            Some("this") => p.year,
            _ if forward => p.year + i32::from(month < p.month),
            _ => p.year - i32::from(month > p.month),
        };
        ResolvedDate::month(year, month)
    });
    Some((mention(toks, first, i, DateKind::Relative, resolved), i))
}

fn weekday_at(toks: &[Token], i: usize, publication: Option<CivilDate>) -> Option<(DateMention, usize)> {
    if !toks[i].lower.ends_with("day") {
        return None; // as every weekday does: most tokens stop here
    }
    let weekday = WEEKDAYS.iter().position(|w| toks[i].is(w))? as i64;
    // "The Sunday Times", "the Sunday Telegraph": a weekday inside a name.
    let next_capitalised = toks.get(i + 1).is_some_and(|n| n.is_word() && n.is_capitalised());
    if next_capitalised && i > 0 && toks[i - 1].is("the") {
        return None;
    }
    let modifier =
        i.checked_sub(1).map(|k| &toks[k]).filter(|b| b.is_any(&["last", "next", "this", "previous"]));
    let first = if modifier.is_some() { i - 1 } else { i };
    let resolved = publication.map(|p| {
        let today = i64::from(p.weekday());
        let back = (today - weekday).rem_euclid(7);
        let ahead = (weekday - today).rem_euclid(7);
        let offset = match modifier.map(|m| m.lower.as_ref()) {
            Some("last") | Some("previous") => -(if back == 0 { 7 } else { back }),
            Some("next") => {
                if ahead == 0 {
                    7
                } else {
                    ahead
                }
            }
            _ if speaks_of_the_future(toks) => ahead,
            _ => -back,
        };
        ResolvedDate::day(p.plus_days(offset))
    });
    Some((mention(toks, first, i, DateKind::Weekday, resolved), i))
}

fn unit_of(t: &Token) -> Option<Unit> {
    match t.lower.as_ref() {
        "day" | "days" => Some(Unit::Day),
        "week" | "weeks" => Some(Unit::Week),
        "month" | "months" => Some(Unit::Month),
        "year" | "years" => Some(Unit::Year),
        _ => None,
    }
}

fn relative_at(toks: &[Token], i: usize, publication: Option<CivilDate>) -> Option<(DateMention, usize)> {
    let t = &toks[i];
    // Each caller resolves against the publication date itself: a closure
    // passed in as `&dyn Fn` cost a vtable and a shim each in the wasm build.
    let relative = |first, last, resolved: Option<ResolvedDate>| {
        Some((mention(toks, first, last, DateKind::Relative, resolved), last))
    };
    let days_from_publication = match t.lower.as_ref() {
        "yesterday" => Some(-1),
        "today" | "tonight" => Some(0),
        "tomorrow" => Some(1),
        _ => None,
    };
    if let Some(days) = days_from_publication {
        return relative(i, i, publication.map(|p| ResolvedDate::day(p.plus_days(days))));
    }
    // "last year", "the previous summer", "next month", "this week", "earlier this year".
    let direction: Option<i64> = match t.lower.as_ref() {
        "last" | "previous" | "past" => Some(-1),
        "next" | "following" | "coming" => Some(1),
        "this" | "current" => Some(0),
        _ => None,
    };
    if let (Some(direction), Some(what)) = (direction, toks.get(i + 1)) {
        let mut first = i;
        if i > 0 && toks[i - 1].is("the") {
            first = i - 1;
            if i > 1 && toks[i - 2].is_any(&["earlier", "later"]) && direction == 0 {
                first = i - 2;
            }
        } else if i > 0 && toks[i - 1].is_any(&["earlier", "later"]) && direction == 0 {
            first = i - 1;
        }
        if let Some(&(_, start_month)) = SEASONS.iter().find(|(s, _)| what.is(s)) {
            return relative(first, i + 1, publication.map(|p| season(p, start_month, direction)));
        }
        if let Some(unit) = unit_of(what).filter(|_| !what.lower.ends_with('s')) {
            return relative(first, i + 1, publication.map(|p| calendar_unit(p, unit, direction)));
        }
        if what.is("weekend") {
            let resolved = publication.map(|p| {
                let saturday = p.plus_days(5 - i64::from(p.weekday()) + 7 * direction);
                let saturday = if direction < 0 && saturday >= p { saturday.plus_days(-7) } else { saturday };
                ResolvedDate::new(format!("weekend of {saturday}"), saturday, saturday.plus_days(1))
            });
            return relative(first, i + 1, resolved);
        }
    }
    // "(approximately) one year ago", "two weeks ago", "a month ago".
    let (count, count_last) = if t.is_any(&["a", "an", "one"]) { (1.0, i) } else { number_at(toks, i)? };
    let unit = toks.get(count_last + 1).and_then(unit_of)?;
    if !toks.get(count_last + 2).is_some_and(|a| a.is("ago")) {
        return None;
    }
    let last = count_last + 2;
    let approximate_before = i > 0
        && toks[i - 1].is_any(&["approximately", "about", "around", "roughly", "nearly", "almost", "some"]);
    let first = if approximate_before { i - 1 } else { i };
    let count = count.round() as i64;
    let resolved = publication.map(|p| {
        let day = match unit {
            Unit::Day => p.plus_days(-count),
            Unit::Week => p.plus_days(-7 * count),
            Unit::Month => p.plus_months(-count),
            Unit::Year => p.plus_months(-12 * count),
        };
        let mut resolved = ResolvedDate::day(day);
        if approximate_before {
            resolved.label = format!("about {day}");
            resolved.approximate = true;
        }
        resolved
    });
    relative(first, last, resolved)
}

/// The calendar week (Monday to Sunday), month or year `direction` steps from `p`'s.
fn calendar_unit(p: CivilDate, unit: Unit, direction: i64) -> ResolvedDate {
    match unit {
        Unit::Day => ResolvedDate::day(p.plus_days(direction)),
        Unit::Week => {
            let monday = p.plus_days(-i64::from(p.weekday()) + 7 * direction);
            ResolvedDate::new(format!("week of {monday}"), monday, monday.plus_days(6))
        }
        Unit::Month => {
            let m = CivilDate { day: 1, ..p }.plus_months(direction);
            ResolvedDate::month(m.year, m.month)
        }
        Unit::Year => ResolvedDate::year(p.year + direction as i32),
    }
}

/// The season starting in `start_month`: the last one over before `p`
/// (direction −1), the one of `p`'s year (0), or the next to begin after `p` (1).
fn season(p: CivilDate, start_month: u32, direction: i64) -> ResolvedDate {
    let bounds = |year: i32| {
        let start = CivilDate { year, month: start_month, day: 1 };
        let end = start.plus_months(3).plus_days(-1);
        (start, end)
    };
    // Plain comparisons where `find` over a range was a search routine each in the wasm build.
    let year = match direction {
        d if d < 0 => {
            if bounds(p.year).1 < p {
                p.year
            } else if bounds(p.year - 1).1 < p {
                p.year - 1
            } else if bounds(p.year - 2).1 < p {
                p.year - 2
            } else {
                p.year - 1
            }
        }
        0 => p.year,
        _ => {
            if bounds(p.year).0 > p {
                p.year
            } else {
                p.year + 1
            }
        }
    };
    let (start, end) = bounds(year);
    let name = SEASONS.iter().find(|(_, m)| *m == start_month).map_or("season", |(n, _)| n);
    let label = if start_month == 12 {
        format!("{name} {}–{:02}", year, (year + 1).rem_euclid(100))
    } else {
        format!("{name} {year}")
    };
    ResolvedDate::new(label, start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_tests_pass_every_month_and_weekday() {
        for month in MONTHS.iter().chain(MONTH_ABBREVIATIONS) {
            assert!(MONTH_STARTS.start(month), "{month}");
        }
        assert!(WEEKDAYS.iter().all(|day| day.ends_with("day")));
    }

    #[test]
    fn every_word_a_date_starts_with_passes_the_quick_test() {
        let token = |word: &'static str| tokens(word, Span::new(0, word.len())).remove(0);
        // The words that open a relative date in `relative_at` ("yesterday", "last week", "an hour ago").
        let relative = [
            "yesterday",
            "today",
            "tonight",
            "tomorrow",
            "last",
            "previous",
            "past",
            "next",
            "following",
            "coming",
            "this",
            "current",
            "a",
            "an",
            "one",
        ];
        let words = MONTHS.iter().chain(MONTH_ABBREVIATIONS).chain(WEEKDAYS).chain(&relative);
        // `DATE_STARTS` holds every pair of `numbers::NUMBER_WORD_STARTS`; a few of them here.
        let numbers = ["zero", "one", "two", "eleven", "twenty", "hundred", "dozen", "millions", "billion"];
        for word in words.chain(&numbers) {
            assert!(may_start_date(&token(word)), "{word}");
        }
        for word in ["1990s", "24th", "2024", "5"] {
            assert!(may_start_date(&token(word)), "{word}");
        }
        for word in ["the", "with", "Darcy", "—", "his"] {
            assert_eq!(may_start_date(&token(word)), word == "the", "{word}");
        }
    }

    fn resolved(text: &str, publication: &str) -> Vec<(String, Option<String>)> {
        dates(text, Span::new(0, text.len()), CivilDate::parse(publication))
            .into_iter()
            .map(|m| (m.span.slice(text).to_string(), m.resolved.map(|r| r.label)))
            .collect()
    }

    fn one(text: &str, label: &str) -> (String, Option<String>) {
        (text.to_string(), Some(label.to_string()))
    }

    const SUNDAY: &str = "2024-03-24";

    #[test]
    fn calendar_arithmetic_round_trips() {
        let d = CivilDate::parse(SUNDAY).unwrap();
        assert_eq!(d.weekday(), 6);
        assert_eq!(CivilDate::from_days(d.to_days()), d);
        assert_eq!(CivilDate::from_days(0).to_string(), "1970-01-01");
        assert_eq!(CivilDate::parse("2024-03-31").unwrap().plus_months(-1).to_string(), "2024-02-29");
        for bad in ["2024-02-30", "2024-3-24", "24-03-2024", "", "2024-03-24-01", "２０２４-03-24"] {
            assert_eq!(CivilDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekdays_follow_the_tense() {
        assert_eq!(
            resolved("On Monday, Parliament is expected to be told.", SUNDAY),
            [one("Monday", "2024-03-25")]
        );
        assert_eq!(resolved("During a meeting on Friday, he spoke.", SUNDAY), [one("Friday", "2024-03-22")]);
        assert_eq!(resolved("He left last Sunday.", SUNDAY), [one("last Sunday", "2024-03-17")]);
        assert_eq!(resolved("He spoke on Friday.", ""), [("Friday".to_string(), None)]);
        assert!(resolved("The Sunday Times reported it.", SUNDAY).is_empty());
    }

    #[test]
    fn relative_expressions_resolve_against_the_publication_date() {
        assert_eq!(resolved("Last year, a researcher was arrested.", SUNDAY), [one("Last year", "2023")]);
        assert_eq!(
            resolved("During the previous summer, a study", SUNDAY),
            [one("the previous summer", "summer 2023")]
        );
        assert_eq!(
            resolved("approximately one year ago, the ministries", SUNDAY),
            [one("approximately one year ago", "about 2023-03-24")]
        );
        assert_eq!(resolved("It happened yesterday.", SUNDAY), [one("yesterday", "2024-03-23")]);
        assert_eq!(resolved("two weeks ago", SUNDAY), [one("two weeks ago", "2024-03-10")]);
        assert_eq!(resolved("next month", SUNDAY), [one("next month", "2024-04")]);
        assert_eq!(resolved("earlier this year", SUNDAY), [one("earlier this year", "2024")]);
        assert_eq!(resolved("last summer", "2024-10-01"), [one("last summer", "summer 2024")]);
        assert_eq!(resolved("last winter", SUNDAY), [one("last winter", "winter 2023–24")]);
    }

    #[test]
    fn absolute_dates_need_no_publication_date() {
        assert_eq!(resolved("on 24 March 2024 at noon", ""), [one("24 March 2024", "2024-03-24")]);
        assert_eq!(resolved("on March 24, 2024.", ""), [one("March 24, 2024", "2024-03-24")]);
        assert_eq!(resolved("in March 2024", ""), [one("March 2024", "2024-03")]);
        assert_eq!(resolved("on 2024-03-24", ""), [one("2024-03-24", "2024-03-24")]);
        assert_eq!(resolved("Since 2019 and in the 1990s", ""), [one("2019", "2019"), one("1990s", "1990s")]);
        assert!(resolved("the 1922 Committee had 2024 members", "").is_empty());
        assert_eq!(resolved("in March he left", SUNDAY), [one("March", "2024-03")]);
        assert_eq!(resolved("since December", SUNDAY), [one("December", "2023-12")]);
    }

    #[test]
    fn words_that_only_look_like_dates_are_not_dates() {
        assert!(resolved("He may resign. The march was long.", SUNDAY).is_empty());
        assert!(resolved("Last, the committee met. Years later it ended.", SUNDAY).is_empty());
        assert!(resolved("The next step is a year of work.", SUNDAY).is_empty());
        assert!(resolved("", SUNDAY).is_empty());
    }
}
