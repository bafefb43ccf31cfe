//! The role register: who held which office, when, and for which party.
//!
//! One format serves the built-in register (`www/data/register.json`, made by
//! `cargo run --release --bin build-register`) and newsrooms' own registers
//! (the same JSON, or the simpler CSV of [`csv`]). Several registers merge into
//! one ([`Register::merge`]): the built-in one plus any number of users' files.
//!
//! Loading goes through serde only: the wasm side reads the JSON text of a
//! JavaScript object with its small reader (`bindings::json`) and the CLI a
//! JSON text with serde_json ([`Register::from_json_str`], native only).
//! [`Register::from_deserializer`] takes any serde deserializer.
//!
//! What journalists write ("the foreign secretary", "Tory MP") is matched to
//! these records by [`titles`].

pub mod csv_file;
mod date;
pub mod set;
pub mod titles;

pub use date::Date;
pub use set::{RegisterSet, RegisterSummary};

use crate::text::normalize::comparison_key;
use crate::text::words::{words, WordList};
use serde::{Deserialize, Serialize};
use titles::RoleKey;
// Fx hashing: the name index of a million-row register is built and probed millions of times.
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};
use std::hash::BuildHasher;

/// The `format` every register file declares, so a stray JSON file is refused.
pub const FORMAT: &str = "factlint-register";
/// The format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A register file as stored: the built-in `register.json` and users' JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegisterFile {
    pub format: String,
    pub version: u32,
    /// When the file was built (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built: Option<String>,
    /// Where the records come from, with the licence each requires us to honour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceInfo>,
    pub people: Vec<Person>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SourceInfo {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub licence: String,
    /// The credit line the licence asks for, shown in the page and README.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// The source revision the file was built from (a commit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
}

/// One person with every name they have been known by and every record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    /// The current (or last) name, as the source gives it.
    pub name: String,
    /// Earlier names and other forms ("David Cameron" for Lord Cameron of Chipping Norton).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartySpell>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
}

/// An office held from `start` to `end` (open-ended when `end` is missing).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Role {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// The ministerial rank, where the source gives one (IfG's rank equivalence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<Rank>,
}

/// Membership of a party from `start` to `end`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PartySpell {
    pub party: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

/// UK ministerial ranks, as the IfG database grades posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rank {
    /// Prime Minister.
    PM,
    /// Deputy Prime Minister (or First Secretary of State).
    DPM,
    /// Secretary of State and other cabinet-rank posts.
    SoS,
    /// Minister of State.
    MoS,
    /// Parliamentary Under-Secretary of State.
    PUSS,
    /// Whips and parliamentary business posts (IfG's "Parl." and "Parl. lead").
    Parl,
}

impl Rank {
    /// IfG's `rank_equivalence` codes.
    pub fn from_ifg(code: &str) -> Option<Rank> {
        match code.trim().trim_end_matches('.') {
            "PM" => Some(Rank::PM),
            "DPM" => Some(Rank::DPM),
            "SoS" => Some(Rank::SoS),
            "MoS" => Some(Rank::MoS),
            "PUSS" => Some(Rank::PUSS),
            "Parl" | "Parl. lead" => Some(Rank::Parl),
            _ => None,
        }
    }
}

impl Role {
    /// Whether the role was held on `date` (a missing start means "since always").
    pub fn held_on(&self, date: Date) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date < e)
    }

    /// Whether the role had ended before `date`.
    pub fn ended_before(&self, date: Date) -> bool {
        self.end.is_some_and(|e| e <= date)
    }

    /// "Minister for Children and Families, Department for Education, 2010–2012".
    pub fn describe(&self) -> String {
        let mut text = self.title.clone();
        if let Some(organisation) = &self.organisation {
            // "Secretary of State for Work and Pensions" needs no "Department for Work and Pensions".
            let organisation_key = comparison_key(organisation);
            let mut subject = organisation_key.as_str();
            for prefix in ["department for ", "department of ", "ministry of ", "ministry for "] {
                subject = subject.strip_prefix(prefix).unwrap_or(subject);
            }
            let subject = subject.strip_suffix(" office").unwrap_or(subject);
            if !comparison_key(&self.title).contains(subject) {
                text.push_str(", ");
                text.push_str(organisation);
            }
        }
        // Written straight into `text`: no second string to format and copy.
        use std::fmt::Write;
        let _ = match (self.start, self.end) {
            (Some(s), Some(e)) if s.year == e.year => write!(text, ", {}", s.year),
            (Some(s), Some(e)) => write!(text, ", {}–{}", s.year, e.year),
            (Some(s), None) => write!(text, ", since {}", s.year),
            (None, Some(e)) => write!(text, ", until {}", e.year),
            (None, None) => Ok(()),
        };
        text
    }
}

impl Person {
    /// Every name this person is known by, current name first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Keeps the first of each alias, role and party spell, in order. Aliases
    /// compare as names: "Mr Tim Loughton" after "Tim Loughton" goes, and so
    /// does an alias that is the name itself.
    fn drop_repeated_records(&mut self) {
        let mut keys = Vec::with_capacity(1 + self.aliases.len());
        keys.push(name_key(&self.name));
        for alias in &self.aliases {
            keys.push(name_key(alias));
        }
        let mut hashes = Vec::with_capacity(keys.len());
        for key in &keys {
            hashes.push(FxBuildHasher.hash_one(key));
        }
        let keep = first_of_each(&hashes, &|a, b| keys[a] == keys[b]);
        // `keep[0]` is the name's own key.
        let mut index = 0;
        self.aliases.retain(|_| {
            index += 1;
            keep[index]
        });
        keep_first_of_each(&mut self.roles);
        keep_first_of_each(&mut self.parties);
    }

    fn record_count(&self) -> usize {
        self.aliases.len() + self.roles.len() + self.parties.len()
    }
}

/// People who received records from a later row or register: for each person
/// (by index), the record count at which they are de-duplicated next, or 0 when
/// nobody joined them. A vector rather than a map: one hash table type less in the wasm.
#[derive(Default)]
struct Grown(Vec<usize>);

/// Removes later copies of equal items, keeping the order of the first ones.
fn keep_first_of_each<T: Eq + std::hash::Hash>(items: &mut Vec<T>) {
    if items.len() < 2 {
        return;
    }
    let mut hashes = Vec::with_capacity(items.len());
    for item in items.iter() {
        hashes.push(FxBuildHasher.hash_one(item));
    }
    let keep = first_of_each(&hashes, &|a, b| items[a] == items[b]);
    let mut index = 0;
    items.retain(|_| {
        index += 1;
        keep[index - 1]
    });
}

/// Whether each item is the first of its kind, given every item's hash and
/// `same(earlier, later)`. Not generic, so that its hash table is compiled once
/// for names, roles and party spells alike.
fn first_of_each(hashes: &[u64], same: &dyn Fn(usize, usize) -> bool) -> Vec<bool> {
    // Hash → the latest kept item with it; `earlier_same_hash[i]` chains kept items
    // whose hashes collide, so two different records never count as one.
    let mut latest: HashMap<u64, u32> = HashMap::with_capacity_and_hasher(hashes.len(), Default::default());
    let mut earlier_same_hash: Vec<Option<u32>> = Vec::with_capacity(hashes.len());
    let mut keep = Vec::with_capacity(hashes.len());
    for (index, &hash) in hashes.iter().enumerate() {
        let mut candidate = latest.get(&hash).copied();
        while let Some(kept) = candidate {
            if same(kept as usize, index) {
                break;
            }
            candidate = earlier_same_hash[kept as usize];
        }
        let first = candidate.is_none();
        earlier_same_hash.push(if first { latest.insert(hash, index as u32) } else { None });
        keep.push(first);
    }
    keep
}

/// Why a register could not be loaded. `line` and `field` point the user at
/// the mistake; nothing already loaded is touched when loading fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterError {
    pub line: Option<usize>,
    pub field: Option<String>,
    pub message: String,
}

impl RegisterError {
    pub fn new(message: impl Into<String>) -> Self {
        RegisterError { line: None, field: None, message: message.into() }
    }

    pub fn at(line: usize, field: &str, message: impl Into<String>) -> Self {
        RegisterError { line: Some(line), field: Some(field.to_string()), message: message.into() }
    }
}

impl std::fmt::Display for RegisterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (&self.line, &self.field) {
            (Some(line), Some(field)) => write!(f, "line {line}, field `{field}`: {}", self.message),
            (Some(line), None) => write!(f, "line {line}: {}", self.message),
            (None, Some(field)) => write!(f, "field `{field}`: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for RegisterError {}

/// The loaded register: people, looked up by any of their names.
#[derive(Debug, Clone, Default)]
pub struct Register {
    pub sources: Vec<SourceInfo>,
    /// Private, so that every change goes through `add_person` and `finish`, which keep the two
    /// tables below true.
    people: Vec<Person>,
    /// `name_key` of every name and alias → indices into `people`.
    by_name: HashMap<String, Vec<usize>>,
    /// Each person's records' keys (`role_keys[person][record]`), made again by `finish`
    /// whenever people are added.
    role_keys: Vec<Vec<RoleKey>>,
}

impl Register {
    /// Checks the header and indexes the people. Deserialize a
    /// [`RegisterFile`] with any serde format first.
    pub fn from_file(file: RegisterFile) -> Result<Register, RegisterError> {
        if file.format != FORMAT {
            return Err(RegisterError {
                line: None,
                field: Some("format".into()),
                message: format!("expected \"{FORMAT}\", found \"{}\"", file.format),
            });
        }
        if file.version != FORMAT_VERSION {
            return Err(RegisterError {
                line: None,
                field: Some("version".into()),
                message: format!(
                    "this factlint reads register format version {FORMAT_VERSION}, the file is version {}",
                    file.version
                ),
            });
        }
        if let Some(index) = file.people.iter().position(|p| name_key(&p.name).is_empty()) {
            return Err(RegisterError::new(format!("person number {} has an empty name", index + 1)));
        }
        // People within one file are distinct, even when two share a name.
        let mut register = Register { sources: file.sources, ..Register::default() };
        for person in file.people {
            register.people.push(person);
            register.index(register.people.len() - 1);
        }
        register.finish(Grown::default());
        Ok(register)
    }

    /// Loads a register from any serde deserializer: the page passes
    /// `bindings::json::Reader` over the object's JSON text. Natively, errors
    /// name the field by its path ("people[3].roles[0].start"); in wasm they
    /// name the wrong value only (path tracking costs 6 KB gzipped there).
    pub fn from_deserializer<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Register, RegisterError> {
        #[cfg(not(target_arch = "wasm32"))]
        let file: RegisterFile = serde_path_to_error::deserialize(deserializer).map_err(|e| {
            RegisterError { line: None, field: field_path(e.path()), message: e.into_inner().to_string() }
        })?;
        #[cfg(target_arch = "wasm32")]
        let file = RegisterFile::deserialize(deserializer).map_err(|e| RegisterError::new(e.to_string()))?;
        Register::from_file(file)
    }

    /// Loads a register from a JSON text (the CLI; the page passes a JS object instead).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json_str(json: &str) -> Result<Register, RegisterError> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let file: RegisterFile = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            let field = field_path(e.path());
            let inner = e.into_inner();
            RegisterError {
                line: Some(inner.line()),
                field,
                // serde_json appends "at line L column C"; we already say the line.
                message: inner.to_string().split(" at line ").next().unwrap_or_default().to_string(),
            }
        })?;
        Register::from_file(file)
    }

    /// A user's register file as text: JSON when it starts with `{`, CSV
    /// otherwise (what `--register FILE` reads). The page parses JSON in
    /// JavaScript and passes the object, so this is native only.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_user_text(text: &str) -> Result<Register, RegisterError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim_start().starts_with('{') {
            Register::from_json_str(text)
        } else {
            Register::from_csv_str(text)
        }
    }

    /// The built-in register, embedded in the native binary.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin() -> Result<Register, RegisterError> {
        Register::from_json_str(BUILTIN_JSON)
    }

    /// Adds everything `other` knows. A person whose name or alias already
    /// names exactly one person gets the other's aliases, roles and parties;
    /// anyone else is added.
    pub fn merge(&mut self, other: Register) {
        for source in other.sources {
            if !self.sources.contains(&source) {
                self.sources.push(source);
            }
        }
        self.add_people(other.people);
    }

    /// Adds people one by one (see [`Register::add_person`]).
    fn add_people(&mut self, people: impl IntoIterator<Item = Person>) {
        let mut grown = Grown::default();
        for person in people {
            self.add_person(person, &mut grown);
        }
        self.finish(grown);
    }

    /// Adds one person: they join the one person their name or an alias
    /// already names, or come in as someone new. A joined person's records
    /// are appended and de-duplicated whenever they have doubled since the
    /// last time, so a million rows about one person cost a million steps
    /// (not a million squared) and never hold more than twice the distinct
    /// records. Call [`Register::finish`] after the last one.
    fn add_person(&mut self, person: Person, grown: &mut Grown) {
        // A loop rather than `names().find_map(..)`: one iterator chain less in the wasm.
        let mut known = self.sole_person_named(&person.name);
        for alias in &person.aliases {
            if known.is_none() {
                known = self.sole_person_named(alias);
            }
        }
        let Some(index) = known else {
            self.people.push(person);
            self.index(self.people.len() - 1);
            return;
        };
        let existing = &mut self.people[index];
        let mut keys = vec![name_key(&person.name)];
        existing.aliases.push(person.name);
        for alias in person.aliases {
            keys.push(name_key(&alias));
            existing.aliases.push(alias);
        }
        existing.roles.extend(person.roles);
        existing.parties.extend(person.parties);
        if grown.0.len() <= index {
            grown.0.resize(index + 1, 0);
        }
        let next_cleaning = &mut grown.0[index];
        if *next_cleaning == 0 {
            *next_cleaning = 2 * 8;
        }
        if existing.record_count() >= *next_cleaning {
            existing.drop_repeated_records();
            *next_cleaning = 2 * existing.record_count().max(8);
        }
        for key in keys {
            self.index_name(key, index);
        }
    }

    /// De-duplicates the records of everyone who was joined, and keys every record. Every way
    /// of building a register (a file, CSV rows, a merge) ends here.
    fn finish(&mut self, grown: Grown) {
        for (index, &next_cleaning) in grown.0.iter().enumerate() {
            if next_cleaning != 0 {
                self.people[index].drop_repeated_records();
            }
        }
        self.make_role_keys();
    }

    fn index(&mut self, index: usize) {
        let person = &self.people[index];
        let mut keys = vec![name_key(&person.name)];
        for alias in &person.aliases {
            keys.push(name_key(alias));
        }
        for key in keys {
            self.index_name(key, index);
        }
    }

    /// Entries stay sorted, so checking for the person is a binary search
    /// even when a million namesakes share one key.
    fn index_name(&mut self, key: String, index: usize) {
        let entry = self.by_name.entry(key).or_default();
        if let Err(at) = entry.binary_search(&index) {
            entry.insert(at, index);
        }
    }

    /// Everyone known by this name (after honorifics are stripped). Two
    /// people may share a name; callers decide what an ambiguous name means.
    pub fn lookup(&self, name: &str) -> Vec<&Person> {
        let mut people = Vec::new();
        for &index in self.lookup_indices(name) {
            people.push(&self.people[index]);
        }
        people
    }

    /// The one person known by this name, if exactly one is.
    fn sole_person_named(&self, name: &str) -> Option<usize> {
        match self.lookup_indices(name) {
            [only] => Some(*only),
            _ => None,
        }
    }

    pub(crate) fn lookup_indices(&self, name: &str) -> &[usize] {
        self.by_name.get(&name_key(name)).map_or(&[], Vec::as_slice)
    }

    /// Everyone in the register; a person's index is their place here.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The first record, person by person and each person's in order, for which `wanted(person index, record,
    /// its key)` holds. The keys are for `Office::matches_keyed`.
    pub fn find_keyed_role(&self, wanted: &dyn Fn(usize, &Role, &RoleKey) -> bool) -> Option<(usize, &Role)> {
        for index in 0..self.people.len() {
            let (roles, keys) = self.keyed_roles_of(index);
            for (role, key) in roles.iter().zip(keys) {
                if wanted(index, role, key) {
                    return Some((index, role));
                }
            }
        }
        None
    }

    /// Keys every record: a register is loaded once and checked against at every keystroke.
    fn make_role_keys(&mut self) {
        let mut keys = Vec::with_capacity(self.people.len());
        for person in &self.people {
            let mut own = Vec::with_capacity(person.roles.len());
            for role in &person.roles {
                own.push(RoleKey::of(role));
            }
            keys.push(own);
        }
        self.role_keys = keys;
    }

    /// The records of person `index`, and their [`RoleKey`]s in the same order (none for an
    /// index that is no one's).
    pub fn keyed_roles_of(&self, index: usize) -> (&[Role], &[RoleKey]) {
        match (self.people.get(index), self.role_keys.get(index)) {
            (Some(person), Some(keys)) if keys.len() == person.roles.len() => (&person.roles, keys),
            _ => {
                debug_assert!(index >= self.people.len(), "the keys of person {index} are missing");
                (&[], &[])
            }
        }
    }
}

/// "people[3].roles[0].start", or nothing for an error at the top.
#[cfg(not(target_arch = "wasm32"))]
fn field_path(path: &serde_path_to_error::Path) -> Option<String> {
    let text = path.to_string();
    (text != ".").then_some(text)
}

#[cfg(not(target_arch = "wasm32"))]
const BUILTIN_JSON: &str = include_str!("../../www/data/register.json");

/// Words before a name that say how to address someone, not who they are.
/// "Lord" and "Baroness" stay: "Lord Cameron of Chipping Norton" is a name.
const HONORIFICS: WordList = words![
    "congressman",
    "congresswoman",
    "dame",
    "dr",
    "gov",
    "governor",
    "hon",
    "honourable",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "professor",
    "rep",
    "representative",
    "right",
    "rt",
    "sen",
    "senator",
    "sir",
    "the",
];
/// Letters after a name.
const POST_NOMINALS: &[&str] =
    &["mp", "msp", "ms", "kc", "qc", "obe", "cbe", "kbe", "dbe", "mbe", "jr", "sr"];

/// The form under which names are compared: "Sir Iain Duncan Smith MP" and
/// "iain duncan-smith" both give "iain duncan smith".
pub fn name_key(name: &str) -> String {
    let key = comparison_key(name);
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    while words.len() > 1 && HONORIFICS.contains(words[0]) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| POST_NOMINALS.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

#[cfg(all(test, not(target_arch = "wasm32")))] // uses the native JSON loader
mod tests {
    use super::*;

    pub(crate) fn person(name: &str, aliases: &[&str], roles: &[(&str, &str, &str, &str)]) -> Person {
        Person {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            parties: Vec::new(),
            roles: roles
                .iter()
                .map(|&(title, organisation, start, end)| Role {
                    title: title.into(),
                    organisation: (!organisation.is_empty()).then(|| organisation.into()),
                    start: Date::parse(start),
                    end: Date::parse(end),
                    rank: None,
                })
                .collect(),
        }
    }

    fn register(people: Vec<Person>) -> Register {
        Register::from_file(RegisterFile {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            built: None,
            sources: Vec::new(),
            people,
        })
        .unwrap()
    }

    #[test]
    fn names_compare_without_honorifics_case_or_hyphens() {
        assert_eq!(name_key("Sir Iain Duncan Smith MP"), "iain duncan smith");
        assert_eq!(name_key("iain duncan-smith"), "iain duncan smith");
        assert_eq!(name_key("Lord Cameron of Chipping Norton"), "lord cameron of chipping norton");
        assert_eq!(name_key("Sen. Ted Cruz"), "ted cruz");
        // A bare honorific is not stripped to nothing.
        assert_eq!(name_key("Sir"), "sir");
    }

    #[test]
    fn lookup_finds_people_by_alias_and_name_history() {
        let reg = register(vec![person("Lord Cameron of Chipping Norton", &["David Cameron"], &[])]);
        assert_eq!(reg.lookup("Mr David Cameron").len(), 1);
        assert_eq!(reg.lookup("Lord Cameron of Chipping Norton")[0].name, "Lord Cameron of Chipping Norton");
        assert!(reg.lookup("Samantha Cameron").is_empty());
    }

    #[test]
    fn merge_adds_records_to_a_known_person_and_adds_new_people() {
        let mut reg =
            register(vec![person("Tim Loughton", &[], &[("Minister for Children", "", "2010-05-14", "")])]);
        let users = register(vec![
            person(
                "Timothy Loughton",
                &["Tim Loughton"],
                &[("Chair of the Widget Committee", "", "2020-01-01", "")],
            ),
            person("Alison Giles", &[], &[("Director of Security", "Parliament", "2019-01-01", "")]),
        ]);
        reg.merge(users);
        assert_eq!(reg.people.len(), 2);
        let tim = reg.lookup("Timothy Loughton");
        assert_eq!(tim.len(), 1);
        assert_eq!(tim[0].roles.len(), 2);
        assert_eq!(reg.lookup("Alison Giles").len(), 1);
    }

    /// Every person's keys, as the register hands them out, against keys made afresh.
    fn keys_are_current(reg: &Register) {
        for (index, person) in reg.people().iter().enumerate() {
            let (roles, keys) = reg.keyed_roles_of(index);
            assert_eq!(roles, person.roles.as_slice());
            let fresh: Vec<RoleKey> = roles.iter().map(RoleKey::of).collect();
            assert_eq!(keys, fresh.as_slice(), "{}", person.name);
        }
    }

    #[test]
    fn every_way_of_building_a_register_keys_its_records() {
        let csv = "person,role,organisation,start\nTim Loughton,Minister for Children,DfE,2010-05-14\n\
                   Alison Giles,Director of Security,Parliament,2019-01-01\nTim Loughton,MP,,2001-06-07\n";
        keys_are_current(&Register::from_csv_str(csv).unwrap());
        keys_are_current(&register(vec![person("Ann Smith", &[], &[("Mayor", "Town", "2020-01-01", "")])]));
        keys_are_current(&Register::builtin().unwrap());
    }

    #[test]
    fn record_keys_are_made_again_after_a_merge() {
        let mut reg =
            register(vec![person("Tim Loughton", &[], &[("Minister for Children", "", "2010-05-14", "")])]);
        keys_are_current(&reg);
        reg.merge(register(vec![
            person(
                "Tim Loughton",
                &[],
                &[("Education Minister", "Department for Education", "2012-01-01", "")],
            ),
            person("Alison Giles", &[], &[("Director of Security", "Parliament", "2019-01-01", "")]),
        ]));
        keys_are_current(&reg);
        let found = reg.find_keyed_role(&|_, _, key| key == &RoleKey::of(&reg.people()[1].roles[0]));
        assert_eq!(
            found.map(|(person, role)| (person, role.title.as_str())),
            Some((1, "Director of Security"))
        );
    }

    #[test]
    fn rows_about_one_person_keep_each_record_once_in_order() {
        let csv = "person,aliases,role,start\n\
                   Tim Loughton,Mr Tim Loughton,Minister A,2010-01-01\n\
                   Tim Loughton,Tim Loughton|T. Loughton,Minister B,2012-01-01\n\
                   T. Loughton,,Minister A,2010-01-01\n";
        let reg = Register::from_csv_str(csv).unwrap();
        assert_eq!(reg.people.len(), 1);
        let tim = &reg.people[0];
        assert_eq!(tim.aliases, ["T. Loughton"], "\"Mr Tim Loughton\" is the name itself");
        let titles: Vec<&str> = tim.roles.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["Minister A", "Minister B"]);
        assert_eq!(reg.lookup("T. Loughton").len(), 1);
    }

    #[test]
    fn a_file_of_another_format_or_version_is_refused() {
        let file =
            RegisterFile { format: "x".into(), version: 1, built: None, sources: vec![], people: vec![] };
        assert_eq!(Register::from_file(file).unwrap_err().field.as_deref(), Some("format"));
        let file =
            RegisterFile { format: FORMAT.into(), version: 9, built: None, sources: vec![], people: vec![] };
        assert_eq!(Register::from_file(file).unwrap_err().field.as_deref(), Some("version"));
    }

    #[test]
    fn malformed_json_names_the_line() {
        let json = "{\"format\": \"factlint-register\", \"version\": 1,\n\"people\": [\n{\"name\": \"A B\", \"roles\": [{\"title\": \"X\", \"start\": \"2024-13-01\"}]}]}";
        let error = Register::from_json_str(json).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.field.as_deref(), Some("people[0].roles[0].start"));
        assert!(error.message.contains("2024-13-01"), "{error}");
        assert_eq!(
            error.to_string(),
            "line 3, field `people[0].roles[0].start`: \"2024-13-01\" is not a date of the form YYYY-MM-DD"
        );
        let missing =
            Register::from_json_str("{\"format\": \"factlint-register\", \"version\": 1,\n\"people\": [{}]}")
                .unwrap_err();
        assert_eq!((missing.line, missing.field.as_deref()), (Some(2), Some("people[0]")));
        assert!(missing.message.contains("missing field `name`"), "{missing}");
    }

    #[test]
    fn user_text_is_read_as_json_or_csv() {
        let json =
            "\u{feff} {\"format\": \"factlint-register\", \"version\": 1, \"people\": [{\"name\": \"A B\"}]}";
        assert_eq!(Register::from_user_text(json).unwrap().people.len(), 1);
        let csv = "person,role\nA B,Mayor\nC D,Mayor\n";
        assert_eq!(Register::from_user_text(csv).unwrap().people.len(), 2);
        assert_eq!(Register::from_user_text("{\"format\": 1}").unwrap_err().line, Some(1));
    }

    #[test]
    fn held_on_and_ended_before_follow_the_dates() {
        let role = &person("A", &[], &[("X", "", "2010-05-12", "2016-03-18")]).roles[0];
        let day = |s| Date::parse(s).unwrap();
        assert!(role.held_on(day("2010-05-12")));
        assert!(!role.held_on(day("2016-03-18")));
        assert!(role.ended_before(day("2016-03-18")));
        assert!(!role.ended_before(day("2015-01-01")));
        assert_eq!(role.describe(), "X, 2010–2016");
        let with_department = |title: &str, organisation: &str| Role {
            organisation: Some(organisation.into()),
            title: title.into(),
            ..role.clone()
        };
        assert_eq!(
            with_department("Secretary of State for Work and Pensions", "Department for Work and Pensions")
                .describe(),
            "Secretary of State for Work and Pensions, 2010–2016"
        );
        assert_eq!(
            with_department("Minister for Children and Families", "Department for Education").describe(),
            "Minister for Children and Families, Department for Education, 2010–2016"
        );
    }

    #[test]
    fn the_builtin_register_loads_and_credits_its_sources() {
        let reg = Register::builtin().unwrap();
        assert!(reg
            .sources
            .iter()
            .any(|s| s.attribution.as_deref() == Some("Institute for Government Ministers Database")));
        assert!(reg.people.len() > 1000);
    }
}
