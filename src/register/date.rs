//! Calendar dates as the register stores them: `YYYY-MM-DD`, nothing else.

use crate::extract::dates::CivilDate;
use serde::{Deserialize, Serialize};

/// A calendar day. Ordered, so date ranges compare directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    // The calendar arithmetic lives in `extract::dates::CivilDate`; this type
    // adds the register's compact fields and its serde form.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        CivilDate::new(year, u32::from(month), u32::from(day)).map(Date::from)
    }

    /// Parses `YYYY-MM-DD`; anything else (or an impossible day) is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        CivilDate::parse(text).map(Date::from)
    }

    /// The civil date of a count of days since 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        Date::from(CivilDate::from_days(days))
    }

    /// Today's date (UTC) from the system clock; wasm callers pass the date in.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Date::from_days_since_epoch(seconds.div_euclid(86_400))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(text: String) -> Result<Date, String> {
        Date::parse(&text).ok_or_else(|| format!("\"{text}\" is not a date of the form YYYY-MM-DD"))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl From<CivilDate> for Date {
    fn from(date: CivilDate) -> Date {
        // Months and days of a valid CivilDate fit in a byte.
        Date { year: date.year, month: date.month as u8, day: date.day as u8 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_days_in_iso_form() {
        assert_eq!(Date::parse("2024-03-24"), Some(Date { year: 2024, month: 3, day: 24 }));
        assert_eq!(Date::parse(" 2024-02-29 ").map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-3-24",
            "24/03/2024",
            "2024-03-24-1",
            "",
            "+024-03-01",
            "２０２４-03-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_since_epoch_give_the_civil_date() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(19_806).to_string(), "2024-03-24");
        assert_eq!(Date::from_days_since_epoch(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn dates_order_by_day() {
        assert!(Date::parse("2010-05-12") < Date::parse("2016-03-18"));
        assert!(Date::parse("2016-12-31") < Date::parse("2017-01-01"));
    }
}
