//! Options and registers from parsed JSON ([`json::Value`]), for the wasm
//! build: the page hands over plain objects, which cross as JSON text.
//!
//! Natively the same types are read by serde_json through their serde
//! derives; these readers follow those derives field for field (`camelCase`
//! names, unknown fields refused, missing lists and options allowed), and a
//! test reads the built-in register both ways and compares. They are written
//! by hand because serde's derived readers cost about 10 KB gzipped in the
//! wasm. Errors name the field by its path, like the CLI's:
//! `people[3].roles[0].start: "2024-02-30" is not a date of the form YYYY-MM-DD`.

use super::json::{self, Value};
use crate::options::{Options, SourceInput};
use crate::register::{Date, PartySpell, Person, Rank, RegisterFile, Role, SourceInfo};

/// A reading error and the path to the value it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// `people[3].roles[0].start`; empty for the top-level value.
    pub path: String,
    pub message: String,
}

impl FieldError {
    fn new(message: impl Into<String>) -> Box<Self> {
        Box::new(FieldError { path: String::new(), message: message.into() })
    }

    /// Prefixes the path with a field name (errors gain their path on the way out).
    fn in_field(self: Box<Self>, name: &str) -> Box<Self> {
        self.prefixed(name)
    }

    fn at_index(self: Box<Self>, index: usize) -> Box<Self> {
        self.prefixed(&format!("[{index}]"))
    }

    fn prefixed(mut self: Box<Self>, step: &str) -> Box<Self> {
        let dot = if self.path.is_empty() || self.path.starts_with('[') { "" } else { "." };
        self.path = format!("{step}{dot}{}", self.path);
        self
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl From<json::Error> for Box<FieldError> {
    fn from(error: json::Error) -> Self {
        FieldError::new(error.to_string())
    }
}

/// The error is boxed: one pointer, not two `String`s, moves through every `?`
/// of the readers.
type Result<T> = std::result::Result<T, Box<FieldError>>;

fn expected(what: &str, value: &Value) -> Box<FieldError> {
    FieldError::new(format!("expected {what}, found {}", value.kind()))
}

fn string(value: &Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(expected("a string", other)),
    }
}

fn number(value: &Value) -> Result<i64> {
    match value {
        Value::Number(n) => Ok(*n),
        other => Err(expected("a whole number", other)),
    }
}

/// `null` is a missing value, as serde reads an `Option`.
fn optional<T>(value: &Value, read: impl Fn(&Value) -> Result<T>) -> Result<Option<T>> {
    match value {
        Value::Null => Ok(None),
        other => read(other).map(Some),
    }
}

fn list<T>(value: &Value, read: impl Fn(&Value) -> Result<T>) -> Result<Vec<T>> {
    let mut list = Vec::new();
    each_item(value, &mut |item| {
        list.push(read(item)?);
        Ok(())
    })?;
    Ok(list)
}

/// Calls `on_item` for each item of an array; errors get the item's index on
/// their path. Not generic (the readers above and below are `dyn` callbacks),
/// so the wasm has one copy of the walk and its errors for every type read.
fn each_item(value: &Value, on_item: &mut dyn FnMut(&Value) -> Result<()>) -> Result<()> {
    let Value::Array(items) = value else { return Err(expected("an array", value)) };
    for (i, item) in items.iter().enumerate() {
        on_item(item).map_err(|e| e.at_index(i))?;
    }
    Ok(())
}

fn date(value: &Value) -> Result<Date> {
    Date::try_from(string(value)?).map_err(FieldError::new)
}

fn rank(value: &Value) -> Result<Rank> {
    const RANKS: [(&str, Rank); 6] = [
        ("PM", Rank::PM),
        ("DPM", Rank::DPM),
        ("SoS", Rank::SoS),
        ("MoS", Rank::MoS),
        ("PUSS", Rank::PUSS),
        ("Parl", Rank::Parl),
    ];
    let name = string(value)?;
    RANKS.iter().find(|(n, _)| *n == name).map(|&(_, rank)| rank).ok_or_else(|| {
        FieldError::new(format!("unknown rank \"{name}\", expected one of PM, DPM, SoS, MoS, PUSS, Parl"))
    })
}

/// Calls `field(name, value)` for each entry of an object; `what` names the
/// object in errors. Errors inside a field get the field's name on their path.
fn fields(value: &Value, what: &str, field: &mut dyn FnMut(&str, &Value) -> Result<bool>) -> Result<()> {
    let Value::Object(entries) = value else { return Err(expected(&format!("{what} (an object)"), value)) };
    for (name, value) in entries {
        if !field(name, value).map_err(|e| e.in_field(name))? {
            return Err(FieldError::new(format!("unknown field `{name}` in {what}")));
        }
    }
    Ok(())
}

fn required<T>(value: Option<T>, name: &str, what: &str) -> Result<T> {
    value.ok_or_else(|| FieldError::new(format!("missing field `{name}` in {what}")))
}

/// The options object of `analyze`.
pub fn options(value: &Value) -> Result<Options> {
    let mut options = Options::default();
    fields(value, "the options", &mut |name, value| {
        match name {
            "disable" => options.disable = list(value, string)?,
            "date" => options.date = optional(value, string)?,
            "sources" => options.sources = list(value, source_input)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(options)
}

fn source_input(value: &Value) -> Result<SourceInput> {
    let mut source = SourceInput::default();
    fields(value, "a source", &mut |name, value| {
        match name {
            "label" => source.label = string(value)?,
            "text" => source.text = string(value)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(source)
}

/// A register file (`www/data/register.json` and newsrooms' own).
pub fn register_file(value: &Value) -> Result<RegisterFile> {
    let (mut format, mut version, mut built, mut sources, mut people) = (None, None, None, Vec::new(), None);
    fields(value, "the register", &mut |name, value| {
        match name {
            "format" => format = Some(string(value)?),
            "version" => {
                let n = number(value)?;
                version = Some(
                    u32::try_from(n).map_err(|_| FieldError::new(format!("{n} is not a version number")))?,
                )
            }
            "built" => built = optional(value, string)?,
            "sources" => sources = list(value, source_info)?,
            "people" => people = Some(list(value, person)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(RegisterFile {
        format: required(format, "format", "the register")?,
        version: required(version, "version", "the register")?,
        built,
        sources,
        people: required(people, "people", "the register")?,
    })
}

fn source_info(value: &Value) -> Result<SourceInfo> {
    let (mut name_, mut url, mut licence, mut attribution, mut revision) = (None, None, None, None, None);
    fields(value, "a source", &mut |name, value| {
        match name {
            "name" => name_ = Some(string(value)?),
            "url" => url = optional(value, string)?,
            "licence" => licence = Some(string(value)?),
            "attribution" => attribution = optional(value, string)?,
            "revision" => revision = optional(value, string)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(SourceInfo {
        name: required(name_, "name", "a source")?,
        url,
        licence: required(licence, "licence", "a source")?,
        attribution,
        revision,
    })
}

fn person(value: &Value) -> Result<Person> {
    let (mut name_, mut aliases, mut parties, mut roles) = (None, Vec::new(), Vec::new(), Vec::new());
    fields(value, "a person", &mut |name, value| {
        match name {
            "name" => name_ = Some(string(value)?),
            "aliases" => aliases = list(value, string)?,
            "parties" => parties = list(value, party_spell)?,
            "roles" => roles = list(value, role)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Person { name: required(name_, "name", "a person")?, aliases, parties, roles })
}

fn role(value: &Value) -> Result<Role> {
    let (mut title, mut organisation, mut start, mut end, mut rank_) = (None, None, None, None, None);
    fields(value, "a role", &mut |name, value| {
        match name {
            "title" => title = Some(string(value)?),
            "organisation" => organisation = optional(value, string)?,
            "start" => start = optional(value, date)?,
            "end" => end = optional(value, date)?,
            "rank" => rank_ = optional(value, rank)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Role { title: required(title, "title", "a role")?, organisation, start, end, rank: rank_ })
}

fn party_spell(value: &Value) -> Result<PartySpell> {
    let (mut party, mut start, mut end) = (None, None, None);
    fields(value, "a party membership", &mut |name, value| {
        match name {
            "party" => party = Some(string(value)?),
            "start" => start = optional(value, date)?,
            "end" => end = optional(value, date)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(PartySpell { party: required(party, "party", "a party membership")?, start, end })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn read_register(text: &str) -> Result<RegisterFile> {
        register_file(&json::parse(text)?)
    }

    #[test]
    fn the_builtin_register_reads_as_serde_json_reads_it() {
        let text = include_str!("../../www/data/register.json");
        let by_serde: RegisterFile = serde_json::from_str(text).expect("serde_json reads it");
        assert!(by_serde.people.len() > 1000);
        assert_eq!(read_register(text).expect("our reader reads it"), by_serde);
    }

    #[test]
    fn a_register_with_every_field_reads_as_serde_json_reads_it() {
        let text = r#"{"format": "factlint-register", "version": 1, "built": "2024-01-01",
            "sources": [{"name": "N", "url": "u", "licence": "L", "attribution": "A", "revision": "r"}, {"name": "M", "licence": "L", "url": null}],
            "people": [{"name": "A B", "aliases": ["B"], "parties": [{"party": "P", "start": "2020-01-01", "end": null}],
              "roles": [{"title": "T", "organisation": "O", "start": "2020-02-29", "end": "2021-01-01", "rank": "SoS"}, {"title": "U"}]}]}"#;
        let by_serde: RegisterFile = serde_json::from_str(text).expect("serde_json reads it");
        assert_eq!(read_register(text).expect("our reader reads it"), by_serde);
    }

    #[test]
    fn errors_name_the_field_by_its_path() {
        let bad_date = r#"{"format": "factlint-register", "version": 1, "people": [{"name": "A"}, {"name": "A B", "roles": [{"title": "Mayor", "start": "2024-02-30"}]}]}"#;
        assert_eq!(
            read_register(bad_date).unwrap_err().to_string(),
            "people[1].roles[0].start: \"2024-02-30\" is not a date of the form YYYY-MM-DD"
        );
        let cases = [
            (r#"{"format": "factlint-register", "version": 1}"#, "missing field `people` in the register"),
            (r#"{"format": "factlint-register", "version": 1, "people": [], "extra": 1}"#, "unknown field `extra` in the register"),
            (r#"{"format": "factlint-register", "version": -1, "people": []}"#, "version: -1 is not a version number"),
            (r#"{"format": 5, "version": 1, "people": []}"#, "format: expected a string, found a number"),
            (r#"{"format": "f", "version": 1, "people": [{"name": "A", "roles": [{"title": "T", "rank": "King"}]}]}"#, "people[0].roles[0].rank: unknown rank \"King\", expected one of PM, DPM, SoS, MoS, PUSS, Parl"),
            (r#"{"format": "f", "version": 1, "people": [{"roles": []}]}"#, "people[0]: missing field `name` in a person"),
            (r#"[]"#, "expected the register (an object), found an array"),
        ];
        for (text, message) in cases {
            assert_eq!(read_register(text).unwrap_err().to_string(), message, "{text}");
        }
    }

    #[test]
    fn options_read_with_defaults_and_refuse_unknown_fields() {
        let read = |text: &str| options(&json::parse(text).unwrap());
        let all = read(r#"{"disable": ["repetition"], "date": "2024-03-24", "sources": [{"label": "wire", "text": "T."}, {}]}"#)
            .unwrap();
        assert_eq!(all.disable, ["repetition"]);
        assert_eq!(all.date.as_deref(), Some("2024-03-24"));
        assert_eq!((all.sources[0].label.as_str(), all.sources[0].text.as_str()), ("wire", "T."));
        assert_eq!((all.sources[1].label.as_str(), all.sources[1].text.as_str()), ("", ""));
        let none = read("{}").unwrap();
        assert!(none.disable.is_empty() && none.date.is_none() && none.sources.is_empty());
        assert_eq!(
            read(r#"{"disable": 5}"#).unwrap_err().to_string(),
            "disable: expected an array, found a number"
        );
        assert_eq!(
            read(r#"{"disabled": []}"#).unwrap_err().to_string(),
            "unknown field `disabled` in the options"
        );
        assert_eq!(
            read(r#"{"sources": [{"label": "a", "txt": ""}]}"#).unwrap_err().to_string(),
            "sources[0]: unknown field `txt` in a source"
        );
    }
}
