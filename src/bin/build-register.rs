//! `build-register`: converts the open office-holder data into the register
//! factlint ships (`www/data/register.json`).
//!
//! ```text
//! cargo run --release --bin build-register -- \
//!     --ifg ../shared/data/register/uk-ifg-ministers \
//!     --us ../shared/data/register/us-congress-legislators \
//!     --out www/data/register.json [--built YYYY-MM-DD] [--ifg-revision REV] [--us-revision REV]
//! ```
//!
//! - IfG Ministers Database (CC BY 4.0): `person.csv` (name history →
//!   aliases), `appointment.csv` + `post.csv` + `organisation.csv` (offices
//!   with rank), `representation.csv` (Commons/Lords membership) and
//!   `representation_characteristics.csv` (party).
//! - congress-legislators (CC0): `legislators-current.yaml` (terms, parties,
//!   leadership roles) and `executive.yaml` (presidents and vice-presidents).
//!
//! Spells that follow each other (consecutive terms, a membership broken only
//! by a dissolution) are joined, so the file holds one line per person.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match convert::run() {
        Ok(summary) => {
            eprintln!("{summary}");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("build-register: {message}");
            std::process::ExitCode::from(2)
        }
    }
}

// The wasm build has no command line; this keeps `cargo test --target wasm32` building.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod convert {
    use factlint::register::{
        Date, PartySpell, Person, Rank, RegisterFile, Role, SourceInfo, FORMAT, FORMAT_VERSION,
    };
    use serde::Deserialize;
    use std::collections::{BTreeMap, HashMap};
    use std::path::{Path, PathBuf};

    const USAGE: &str = "usage: build-register --ifg DIR --us DIR --out FILE \
        [--built YYYY-MM-DD] [--ifg-revision REV] [--us-revision REV]";

    /// Spells of one kind separated by at most this many days are one spell:
    /// Parliament is dissolved for about five weeks before an election.
    const JOIN_GAP_DAYS: i64 = 62;

    struct Args {
        ifg: PathBuf,
        us: PathBuf,
        out: PathBuf,
        built: Date,
        ifg_revision: Option<String>,
        us_revision: Option<String>,
    }

    fn parse_args() -> Result<Args, String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_env();
        let (mut ifg, mut us, mut out, mut built, mut ifg_revision, mut us_revision) =
            (None, None, None, None, None, None);
        fn text(parser: &mut lexopt::Parser) -> Result<String, String> {
            parser.value().map_err(|e| e.to_string()).map(|v| v.to_string_lossy().into_owned())
        }
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Long("ifg") => ifg = Some(PathBuf::from(text(&mut parser)?)),
                Long("us") => us = Some(PathBuf::from(text(&mut parser)?)),
                Long("out") => out = Some(PathBuf::from(text(&mut parser)?)),
                Long("built") => {
                    let text = text(&mut parser)?;
                    built = Some(Date::parse(&text).ok_or(format!("--built {text:?} is not YYYY-MM-DD"))?);
                }
                Long("ifg-revision") => ifg_revision = Some(text(&mut parser)?),
                Long("us-revision") => us_revision = Some(text(&mut parser)?),
                Long("help") | Short('h') => return Err(USAGE.into()),
                other => return Err(format!("{}\n{USAGE}", other.unexpected())),
            }
        }
        Ok(Args {
            ifg: ifg.ok_or(USAGE)?,
            us: us.ok_or(USAGE)?,
            out: out.ok_or(USAGE)?,
            built: built.unwrap_or_else(Date::today),
            ifg_revision,
            us_revision,
        })
    }

    pub fn run() -> Result<String, String> {
        let args = parse_args()?;
        let mut people = ifg_people(&args.ifg)?;
        let uk = people.len();
        people.extend(us_people(&args.us)?);
        let us = people.len() - uk;
        people.sort_by(|a, b| a.name.cmp(&b.name));

        let file = RegisterFile {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            built: Some(args.built.to_string()),
            sources: vec![
                SourceInfo {
                    name: "Institute for Government Ministers Database".into(),
                    url: Some("https://www.instituteforgovernment.org.uk/ministers-database".into()),
                    licence: "CC BY 4.0".into(),
                    attribution: Some("Institute for Government Ministers Database".into()),
                    revision: args.ifg_revision,
                },
                SourceInfo {
                    name: "congress-legislators (the @unitedstates project)".into(),
                    url: Some("https://github.com/unitedstates/congress-legislators".into()),
                    licence: "CC0 1.0".into(),
                    attribution: None,
                    revision: args.us_revision,
                },
            ],
            people,
        };
        let json = to_json_lines(&file)?;
        std::fs::write(&args.out, &json).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
        Ok(format!(
            "wrote {} ({} bytes): {uk} UK ministers, {us} US office-holders",
            args.out.display(),
            json.len()
        ))
    }

    /// Compact JSON with one person per line, so a rebuild diffs by person.
    fn to_json_lines(file: &RegisterFile) -> Result<String, String> {
        let mut header = RegisterFile { people: Vec::new(), ..file.clone() };
        header.people.clear();
        let header = serde_json::to_string(&header).map_err(|e| e.to_string())?;
        let head = header.strip_suffix("\"people\":[]}").ok_or("unexpected JSON layout")?;
        let mut json = format!("{head}\"people\":[\n");
        for (index, person) in file.people.iter().enumerate() {
            json.push_str(&serde_json::to_string(person).map_err(|e| e.to_string())?);
            json.push_str(if index + 1 < file.people.len() { ",\n" } else { "\n" });
        }
        json.push_str("]}\n");
        Ok(json)
    }

    // ---- IfG Ministers Database -------------------------------------------

    #[derive(Deserialize)]
    struct PersonRow {
        id: String,
        name: String,
        display_name: String,
        normalized_name: String,
        start_date: String,
        end_date: String,
    }

    #[derive(Deserialize)]
    struct OrganisationRow {
        id: String,
        name: String,
    }

    #[derive(Deserialize)]
    struct PostRow {
        id: String,
        organisation_id: String,
        name: String,
        rank_equivalence: String,
    }

    #[derive(Deserialize)]
    struct AppointmentRow {
        person_id: String,
        post_id: String,
        start_date: String,
        end_date: String,
    }

    #[derive(Deserialize)]
    struct RepresentationRow {
        id: String,
        person_id: String,
        house: String,
        start_date: String,
        end_date: String,
    }

    #[derive(Deserialize)]
    struct RepresentationCharacteristicsRow {
        representation_id: String,
        party: String,
        start_date: String,
        end_date: String,
    }

    fn read_csv<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<Vec<T>, String> {
        let path = dir.join(name);
        let mut reader =
            csv::Reader::from_path(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        reader
            .deserialize()
            .enumerate()
            .map(|(i, row)| row.map_err(|e| format!("{} record {}: {e}", path.display(), i + 1)))
            .collect()
    }

    fn date(text: &str, context: &str) -> Result<Option<Date>, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        Date::parse(text).map(Some).ok_or_else(|| format!("{context}: {text:?} is not a date"))
    }

    fn ifg_people(dir: &Path) -> Result<Vec<Person>, String> {
        let organisations: HashMap<String, String> = read_csv::<OrganisationRow>(dir, "organisation.csv")?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let posts: HashMap<String, PostRow> =
            read_csv::<PostRow>(dir, "post.csv")?.into_iter().map(|p| (p.id.clone(), p)).collect();

        // Name history: the row without an end date is the current name.
        let mut people: BTreeMap<String, Person> = BTreeMap::new();
        let mut rows = read_csv::<PersonRow>(dir, "person.csv")?;
        rows.sort_by(|a, b| {
            (a.end_date.is_empty(), &a.start_date).cmp(&(b.end_date.is_empty(), &b.start_date))
        });
        for row in rows {
            let person = people.entry(row.id.clone()).or_insert_with(|| Person {
                name: row.name.clone(),
                aliases: vec![],
                parties: vec![],
                roles: vec![],
            });
            // Later rows (current names) come last: they become the name.
            for name in [&row.name, &row.display_name, &row.normalized_name] {
                add_name(person, name, !row.end_date.is_empty());
            }
        }

        for appointment in read_csv::<AppointmentRow>(dir, "appointment.csv")? {
            let post =
                posts.get(&appointment.post_id).ok_or(format!("unknown post {}", appointment.post_id))?;
            let Some(person) = people.get_mut(&appointment.person_id) else {
                return Err(format!("appointment of unknown person {}", appointment.person_id));
            };
            person.roles.push(Role {
                title: post.name.clone(),
                organisation: organisations.get(&post.organisation_id).cloned(),
                start: date(&appointment.start_date, "appointment start")?,
                end: date(&appointment.end_date, "appointment end")?,
                rank: Rank::from_ifg(&post.rank_equivalence),
            });
        }

        let representations = read_csv::<RepresentationRow>(dir, "representation.csv")?;
        let mut house_of: HashMap<String, String> = HashMap::new();
        let mut memberships: HashMap<String, Vec<Role>> = HashMap::new();
        for r in &representations {
            house_of.insert(r.id.clone(), r.person_id.clone());
            let (title, organisation) = match r.house.as_str() {
                "Commons" => ("Member of Parliament", "House of Commons"),
                "Lords" => ("Member of the House of Lords", "House of Lords"),
                other => return Err(format!("representation {}: unknown house {other:?}", r.id)),
            };
            memberships.entry(r.person_id.clone()).or_default().push(Role {
                title: title.into(),
                organisation: Some(organisation.into()),
                start: date(&r.start_date, "representation start")?,
                end: date(&r.end_date, "representation end")?,
                rank: None,
            });
        }
        let mut parties: HashMap<String, Vec<PartySpell>> = HashMap::new();
        for c in read_csv::<RepresentationCharacteristicsRow>(dir, "representation_characteristics.csv")? {
            let Some(person_id) = house_of.get(&c.representation_id) else { continue };
            parties.entry(person_id.clone()).or_default().push(PartySpell {
                party: c.party,
                start: date(&c.start_date, "party start")?,
                end: date(&c.end_date, "party end")?,
            });
        }

        for person in people.values_mut() {
            let short: Vec<String> = person.names().filter_map(short_peerage).collect();
            for name in short {
                add_name(person, &name, true);
            }
        }
        for (id, person) in &mut people {
            person.roles.sort_by(|a, b| (a.start, &a.title).cmp(&(b.start, &b.title)));
            person.roles.extend(join_roles(memberships.remove(id).unwrap_or_default()));
            person.parties = join_parties(parties.remove(id).unwrap_or_default());
        }
        Ok(people.into_values().collect())
    }

    /// "Lord Cameron" for "Lord Cameron of Chipping Norton": how texts say a
    /// territorial title. Several lords may share it; the check then stays silent.
    fn short_peerage(name: &str) -> Option<String> {
        let (title, rest) = name.split_once(' ')?;
        let (surname, _) = rest.split_once(" of ")?;
        let peerage = ["Lord", "Baroness", "Lady", "Viscount", "Earl"].contains(&title);
        (peerage && !surname.contains(' ')).then(|| format!("{title} {surname}"))
    }

    /// Records `name` as the person's name (`earlier` false) or an alias.
    fn add_name(person: &mut Person, name: &str, earlier: bool) {
        let name = name.trim();
        if name.is_empty() || person.name == name || person.aliases.iter().any(|a| a == name) {
            return;
        }
        if earlier {
            person.aliases.push(name.to_string());
        } else {
            let previous = std::mem::replace(&mut person.name, name.to_string());
            if !person.aliases.contains(&previous) {
                person.aliases.push(previous);
            }
        }
    }

    fn days_between(a: Date, b: Date) -> i64 {
        days(b) - days(a)
    }

    /// Days since 1970-01-01 (inverse of `Date::from_days_since_epoch`).
    fn days(date: Date) -> i64 {
        let (y, m, d) = (i64::from(date.year), i64::from(date.month), i64::from(date.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Whether a spell ending at `end` and one starting at `start` are one.
    fn follows(end: Option<Date>, start: Option<Date>) -> bool {
        match (end, start) {
            (Some(end), Some(start)) => days_between(end, start) <= JOIN_GAP_DAYS,
            // An open spell swallows anything after it.
            (None, _) => true,
            (_, None) => false,
        }
    }

    /// Joins consecutive spells of the same title and organisation.
    fn join_roles(mut roles: Vec<Role>) -> Vec<Role> {
        roles.sort_by(|a, b| (&a.title, a.start).cmp(&(&b.title, b.start)));
        let mut joined: Vec<Role> = Vec::new();
        for role in roles {
            match joined.last_mut() {
                Some(last)
                    if last.title == role.title
                        && last.organisation == role.organisation
                        && follows(last.end, role.start) =>
                {
                    last.end =
                        if last.end.is_none() || role.end.is_none() { None } else { last.end.max(role.end) };
                }
                _ => joined.push(role),
            }
        }
        joined.sort_by(|a, b| (a.start, &a.title).cmp(&(b.start, &b.title)));
        joined
    }

    fn join_parties(mut spells: Vec<PartySpell>) -> Vec<PartySpell> {
        spells.sort_by_key(|s| s.start);
        let mut joined: Vec<PartySpell> = Vec::new();
        for spell in spells {
            match joined.last_mut() {
                Some(last) if last.party == spell.party && follows(last.end, spell.start) => {
                    last.end = if last.end.is_none() || spell.end.is_none() {
                        None
                    } else {
                        last.end.max(spell.end)
                    };
                }
                _ => joined.push(spell),
            }
        }
        joined
    }

    // ---- congress-legislators ---------------------------------------------

    #[derive(Deserialize)]
    struct Legislator {
        id: LegislatorId,
        name: LegislatorName,
        #[serde(default)]
        terms: Vec<Term>,
        #[serde(default)]
        leadership_roles: Vec<LeadershipRole>,
    }

    #[derive(Deserialize)]
    struct LegislatorId {
        #[serde(default)]
        bioguide: Option<String>,
        #[serde(default)]
        govtrack: Option<u64>,
    }

    #[derive(Deserialize)]
    struct LegislatorName {
        first: String,
        #[serde(default)]
        middle: Option<String>,
        last: String,
        #[serde(default)]
        nickname: Option<String>,
        #[serde(default)]
        official_full: Option<String>,
    }

    #[derive(Deserialize)]
    struct Term {
        #[serde(rename = "type")]
        kind: String,
        start: String,
        end: String,
        #[serde(default)]
        party: Option<String>,
    }

    #[derive(Deserialize)]
    struct LeadershipRole {
        title: String,
        #[serde(default)]
        chamber: Option<String>,
        start: String,
        #[serde(default)]
        end: Option<String>,
    }

    fn read_yaml(dir: &Path, name: &str) -> Result<Vec<Legislator>, String> {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        serde_yaml_ng::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn us_people(dir: &Path) -> Result<Vec<Person>, String> {
        // Keyed by bioguide id: a president may also be in the current Congress.
        let mut people: BTreeMap<String, Person> = BTreeMap::new();
        for file in ["legislators-current.yaml", "executive.yaml"] {
            for legislator in read_yaml(dir, file)? {
                let name = &legislator.name;
                let plain = format!("{} {}", name.first, name.last);
                let full = name.official_full.clone().unwrap_or_else(|| plain.clone());
                let key = match (&legislator.id.bioguide, legislator.id.govtrack) {
                    (Some(bioguide), _) => bioguide.clone(),
                    (None, Some(govtrack)) => format!("govtrack {govtrack}"),
                    (None, None) => format!("name {full}"),
                };
                let person = people.entry(key).or_insert_with(|| Person {
                    name: full.clone(),
                    aliases: vec![],
                    parties: vec![],
                    roles: vec![],
                });
                let mut names = vec![full, plain];
                if let Some(nickname) = &name.nickname {
                    names.push(format!("{nickname} {}", name.last));
                }
                if let Some(middle) = &name.middle {
                    names.push(format!("{} {middle} {}", name.first, name.last));
                }
                for n in names {
                    add_name(person, &n, true);
                }
                let mut roles = Vec::new();
                let mut parties = Vec::new();
                for term in &legislator.terms {
                    let (title, organisation) = match term.kind.as_str() {
                        "sen" => ("Senator", Some("United States Senate")),
                        "rep" => ("Representative", Some("United States House of Representatives")),
                        "prez" => ("President of the United States", None),
                        "viceprez" => ("Vice President of the United States", None),
                        _ => continue,
                    };
                    let (start, end) = (date(&term.start, "term start")?, date(&term.end, "term end")?);
                    roles.push(Role {
                        title: title.into(),
                        organisation: organisation.map(Into::into),
                        start,
                        end,
                        rank: None,
                    });
                    if let Some(party) = term.party.as_deref().filter(|p| *p != "no party") {
                        parties.push(PartySpell { party: party.to_string(), start, end });
                    }
                }
                for role in &legislator.leadership_roles {
                    let organisation = match role.chamber.as_deref() {
                        Some("senate") => Some("United States Senate"),
                        Some("house") => Some("United States House of Representatives"),
                        _ => None,
                    };
                    roles.push(Role {
                        title: role.title.clone(),
                        organisation: organisation.map(Into::into),
                        start: date(&role.start, "leadership start")?,
                        end: match &role.end {
                            Some(end) => date(end, "leadership end")?,
                            None => None,
                        },
                        rank: None,
                    });
                }
                person.roles.extend(roles);
                person.roles = join_roles(std::mem::take(&mut person.roles));
                person.parties.extend(parties);
                person.parties = join_parties(std::mem::take(&mut person.parties));
            }
        }
        Ok(people.into_values().collect())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn day(text: &str) -> Date {
            Date::parse(text).unwrap()
        }

        #[test]
        fn territorial_peerages_get_their_short_form() {
            assert_eq!(short_peerage("Lord Cameron of Chipping Norton").as_deref(), Some("Lord Cameron"));
            assert_eq!(short_peerage("Baroness Smith of Basildon").as_deref(), Some("Baroness Smith"));
            assert_eq!(short_peerage("Lord Mandelson"), None);
            assert_eq!(short_peerage("Minister of State"), None);
        }

        #[test]
        fn day_counts_invert_the_core_conversion() {
            for text in ["1970-01-01", "2024-03-24", "1789-04-30", "2000-02-29"] {
                assert_eq!(Date::from_days_since_epoch(days(day(text))), day(text));
            }
            assert_eq!(days_between(day("2019-11-06"), day("2019-12-12")), 36);
        }

        #[test]
        fn spells_across_a_dissolution_join_and_others_do_not() {
            let role = |start: &str, end: &str| Role {
                title: "Member of Parliament".into(),
                organisation: Some("House of Commons".into()),
                start: Some(day(start)),
                end: Date::parse(end),
                rank: None,
            };
            let joined = join_roles(vec![
                role("2017-06-08", "2019-11-06"),
                role("1992-04-09", "2017-05-03"),
                role("2019-12-12", ""),
            ]);
            assert_eq!(joined.len(), 1);
            assert_eq!((joined[0].start, joined[0].end), (Some(day("1992-04-09")), None));
            let apart = join_roles(vec![role("1992-04-09", "1997-05-01"), role("2001-06-07", "2005-05-05")]);
            assert_eq!(apart.len(), 2);
        }
    }
}
