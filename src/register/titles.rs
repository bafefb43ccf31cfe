//! From the words journalists use to the offices the register records.
//!
//! "The foreign secretary", "a former education minister", "Tory MP" and
//! "the Speaker of the House" are parsed into a [`RoleQuery`]: the office, the
//! qualifiers that change its meaning, and the party. A query then says which
//! register [`Role`]s it matches. Everything that varies with usage lives in
//! the tables below (named offices, portfolios, qualifiers, parties), so a
//! new synonym is one line of data, with a test.
//!
//! A phrase that names no office we know ("the director of security for
//! parliament", "a shadow minister") parses to `None`: the register check
//! stays silent rather than guess.

use super::{Rank, Role};
use crate::text::normalize::comparison_key;

/// What a role phrase asks of the register.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleQuery {
    pub office: Office,
    pub qualifiers: Qualifiers,
    /// The canonical party name when the phrase names one ("Tory MP").
    pub party: Option<&'static str>,
}

/// Qualifiers that change when (or whether) a role must have been held.
/// "deputy" is not here: "deputy prime minister" is an office of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Qualifiers {
    /// "former", "ex-": held before the article's date, and no longer.
    pub former: bool,
    /// "then": held at some time the text talks about, so any holding counts.
    pub then: bool,
    /// "acting", "interim": an acting holder counts as a holder.
    pub acting: bool,
}

/// An office as the register can recognise it.
#[derive(Debug, Clone, PartialEq)]
pub struct Office {
    /// How to name the office in a message ("Foreign Secretary").
    pub label: String,
    /// Ranks that qualify (empty: any rank, or none).
    pub ranks: &'static [Rank],
    /// Title forms (comparison keys) that qualify on their own: equal to the
    /// role's title, or its start when `title_prefix` is set.
    pub titles: &'static [&'static str],
    pub title_prefix: bool,
    /// The portfolio the office must belong to, if any.
    pub portfolio: Option<&'static Portfolio>,
    /// Whether one person at a time holds it (a minister is one of many).
    pub singular: bool,
}

/// A named office: the phrases that mean it and the records that hold it.
struct NamedOffice {
    phrases: &'static [&'static str],
    label: &'static str,
    ranks: &'static [Rank],
    titles: &'static [&'static str],
    title_prefix: bool,
    singular: bool,
}

const MINISTER_RANKS: &[Rank] = &[Rank::PM, Rank::DPM, Rank::SoS, Rank::MoS, Rank::PUSS];
/// "Education minister" is said of Secretaries of State too: a minister of any rank.
const PORTFOLIO_MINISTER_RANKS: &[Rank] = &[Rank::SoS, Rank::MoS, Rank::PUSS];
const SECRETARY_RANKS: &[Rank] = &[Rank::SoS, Rank::DPM];

/// Offices known by name. Phrases are comparison keys of the whole phrase
/// once articles, qualifiers, nationality and party are removed.
#[rustfmt::skip]
const NAMED_OFFICES: &[NamedOffice] = &[
    NamedOffice { phrases: &["prime minister", "pm", "premier"], label: "Prime Minister", ranks: &[Rank::PM], titles: &["prime minister"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["deputy prime minister", "dpm"], label: "Deputy Prime Minister", ranks: &[], titles: &["deputy prime minister"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["first secretary of state"], label: "First Secretary of State", ranks: &[], titles: &["first secretary of state"], title_prefix: true, singular: true },
    NamedOffice { phrases: &["chancellor", "chancellor of the exchequer"], label: "Chancellor of the Exchequer", ranks: &[], titles: &["chancellor of the exchequer"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["chancellor of the duchy of lancaster"], label: "Chancellor of the Duchy of Lancaster", ranks: &[], titles: &["chancellor of the duchy of lancaster"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["chief secretary to the treasury", "treasury chief secretary"], label: "Chief Secretary to the Treasury", ranks: &[], titles: &["chief secretary to the treasury"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["lord chancellor"], label: "Lord Chancellor", ranks: &[], titles: &["lord chancellor", "secretary of state for justice and lord chancellor", "secretary of state for constitutional affairs and lord chancellor"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["attorney general"], label: "Attorney General", ranks: &[], titles: &["attorney general"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["solicitor general"], label: "Solicitor General", ranks: &[], titles: &["solicitor general"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["paymaster general"], label: "Paymaster General", ranks: &[], titles: &["paymaster general"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["minister without portfolio"], label: "Minister without Portfolio", ranks: &[], titles: &["minister without portfolio"], title_prefix: false, singular: false },
    NamedOffice { phrases: &["leader of the house", "leader of the house of commons", "commons leader"], label: "Leader of the House of Commons", ranks: &[], titles: &["leader of the house of commons"], title_prefix: true, singular: true },
    NamedOffice { phrases: &["leader of the house of lords", "leader of the lords", "lords leader"], label: "Leader of the House of Lords", ranks: &[], titles: &["leader of the house of lords"], title_prefix: true, singular: true },
    NamedOffice { phrases: &["chief whip"], label: "Chief Whip", ranks: &[], titles: &["chief whip and parliamentary secretary to the treasury", "captain of the honourable corps of gentlemen at arms lords chief whip"], title_prefix: false, singular: false },
    NamedOffice { phrases: &["mp", "member of parliament"], label: "Member of Parliament", ranks: &[], titles: &["member of parliament"], title_prefix: false, singular: false },
    NamedOffice { phrases: &["peer", "member of the house of lords", "life peer"], label: "Member of the House of Lords", ranks: &[], titles: &["member of the house of lords"], title_prefix: false, singular: false },
    // United States.
    NamedOffice { phrases: &["president", "president of the united states"], label: "President of the United States", ranks: &[], titles: &["president of the united states"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["vice president", "vice president of the united states", "veep"], label: "Vice President of the United States", ranks: &[], titles: &["vice president of the united states"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["speaker of the house", "house speaker", "speaker of the house of representatives"], label: "Speaker of the House", ranks: &[], titles: &["speaker of the house"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["senator", "senate", "member of the senate"], label: "Senator", ranks: &[], titles: &["senator"], title_prefix: false, singular: false },
    NamedOffice { phrases: &["representative", "congressman", "congresswoman", "congressmember", "member of the house of representatives", "house member", "member of congress", "lawmaker", "house representative"], label: "Representative", ranks: &[], titles: &["representative"], title_prefix: false, singular: false },
    NamedOffice { phrases: &["senate majority leader"], label: "Senate Majority Leader", ranks: &[], titles: &["senate majority leader"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["senate minority leader"], label: "Senate Minority Leader", ranks: &[], titles: &["senate minority leader"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["house majority leader"], label: "House Majority Leader", ranks: &[], titles: &["house majority leader"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["house minority leader"], label: "House Minority Leader", ranks: &[], titles: &["house minority leader"], title_prefix: false, singular: true },
    NamedOffice { phrases: &["president pro tempore", "president pro tempore of the senate", "senate president pro tempore"], label: "President Pro Tempore of the Senate", ranks: &[], titles: &["president pro tempore of the senate"], title_prefix: false, singular: true },
];

/// A department or topic, and the words that name it in text and in records.
#[derive(Debug, PartialEq, Eq)]
pub struct Portfolio {
    pub name: &'static str,
    /// How the text names it ("children's" → "childrens" as a comparison key).
    pub words: &'static [&'static str],
    /// Any of these in a record's title or organisation (comparison keys) puts it in the portfolio...
    pub records: &'static [&'static str],
    /// ...unless one of these is there too ("social security" is not security).
    pub not_records: &'static [&'static str],
}

#[rustfmt::skip]
pub const PORTFOLIOS: &[Portfolio] = &[
    Portfolio { name: "education", words: &["education", "schools", "children", "childrens", "children and families", "early years", "childcare", "universities", "higher education"], records: &["education", "children", "schools", "universities"], not_records: &[] },
    Portfolio { name: "foreign affairs", words: &["foreign", "foreign affairs", "foreign office"], records: &["foreign"], not_records: &[] },
    Portfolio { name: "home affairs", words: &["home", "home office", "interior"], records: &["home office", "home department"], not_records: &[] },
    Portfolio { name: "security", words: &["security", "counter terrorism", "counterterrorism", "security and counter terrorism"], records: &["security"], not_records: &["social security", "energy security"] },
    Portfolio { name: "health", words: &["health", "nhs", "health and social care", "social care", "public health"], records: &["health", "social care"], not_records: &[] },
    Portfolio { name: "defence", words: &["defence", "defense", "armed forces", "veterans", "military"], records: &["defence", "armed forces", "veterans"], not_records: &[] },
    Portfolio { name: "justice", words: &["justice", "prisons", "courts"], records: &["justice", "prisons", "courts", "constitutional affairs"], not_records: &[] },
    Portfolio { name: "the Treasury", words: &["treasury", "exchequer", "finance"], records: &["treasury", "exchequer"], not_records: &[] },
    Portfolio { name: "work and pensions", words: &["work and pensions", "pensions", "welfare", "employment", "dwp", "social security", "disabilities"], records: &["work and pensions", "social security", "pensions", "employment", "disabled"], not_records: &[] },
    Portfolio { name: "business", words: &["business", "industry", "enterprise", "small business"], records: &["business", "industry", "enterprise"], not_records: &[] },
    Portfolio { name: "trade", words: &["trade", "international trade"], records: &["trade"], not_records: &[] },
    Portfolio { name: "environment", words: &["environment", "environmental", "farming", "agriculture", "food", "rural affairs", "fisheries", "defra"], records: &["environment", "agriculture", "food", "rural", "fisheries", "farming"], not_records: &[] },
    Portfolio { name: "energy", words: &["energy", "climate", "climate change", "net zero"], records: &["energy", "climate", "net zero"], not_records: &[] },
    Portfolio { name: "transport", words: &["transport", "rail", "railways", "roads", "aviation", "buses"], records: &["transport", "rail", "roads", "aviation"], not_records: &[] },
    Portfolio { name: "culture", words: &["culture", "media", "sport", "sports", "arts", "tourism", "heritage", "creative industries"], records: &["culture", "media", "sport", "arts", "tourism", "heritage", "creative industries"], not_records: &[] },
    Portfolio { name: "digital", words: &["digital", "technology", "tech", "science", "innovation", "research"], records: &["digital", "technology", "science", "innovation", "research"], not_records: &[] },
    Portfolio { name: "housing and local government", words: &["housing", "local government", "communities", "levelling up", "planning"], records: &["housing", "local government", "communities", "levelling up", "planning"], not_records: &[] },
    Portfolio { name: "Northern Ireland", words: &["northern ireland"], records: &["northern ireland"], not_records: &[] },
    Portfolio { name: "Scotland", words: &["scotland", "scottish"], records: &["scotland", "scottish"], not_records: &[] },
    Portfolio { name: "Wales", words: &["wales", "welsh"], records: &["wales", "welsh"], not_records: &[] },
    Portfolio { name: "international development", words: &["international development", "development", "aid", "overseas development"], records: &["development"], not_records: &["regional development"] },
    Portfolio { name: "immigration", words: &["immigration", "borders", "migration", "asylum"], records: &["immigration", "borders", "migration", "asylum"], not_records: &[] },
    Portfolio { name: "policing", words: &["policing", "police", "crime", "fire"], records: &["policing", "police", "crime", "fire"], not_records: &[] },
    Portfolio { name: "Brexit", words: &["brexit", "eu exit", "exiting the european union"], records: &["exiting the european union", "brexit", "eu exit"], not_records: &[] },
    Portfolio { name: "Europe", words: &["europe", "european", "eu"], records: &["europe"], not_records: &["exiting the european union"] },
    Portfolio { name: "the Cabinet Office", words: &["cabinet office"], records: &["cabinet office"], not_records: &[] },
    Portfolio { name: "equalities", words: &["equalities", "equality", "women", "women and equalities"], records: &["equalities", "equality", "women"], not_records: &[] },
];

/// Qualifier words, as comparison keys, and what they set.
const FORMER_WORDS: &[&str] =
    &["former", "ex", "previous", "past", "onetime", "one time", "erstwhile", "retired"];
const THEN_WORDS: &[&str] = &["then"];
const ACTING_WORDS: &[&str] = &["acting", "interim", "caretaker"];
/// Words that make the phrase an office the register does not record,
/// wherever they stand ("the shadow foreign secretary").
const OTHER_OFFICE_WORDS: &[&str] = &["shadow", "opposition", "incoming", "future", "prospective"];
/// The same at the start of the phrase only ("state senator" is not a US senator;
/// "secretary of state" is fine).
const OTHER_OFFICE_LEADING: &[&str] = &["state", "would be", "city", "county"];
/// Words that add nothing about the office.
const NOISE_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "current",
    "sitting",
    "serving",
    "new",
    "now",
    "incumbent",
    "outgoing",
    "longtime",
    "long time",
    "veteran",
    "senior",
    "top",
    "british",
    "uk",
    "us",
    "u s",
    "united states",
    "american",
    "government",
    "then current",
    "fellow",
];

/// Party words as comparison keys → the party's name in the register.
#[rustfmt::skip]
pub const PARTIES: &[(&[&str], &str)] = &[
    (&["conservative", "conservatives", "tory", "tories", "conservative party"], "Conservative"),
    (&["labour", "labour party"], "Labour"),
    (&["lib dem", "lib dems", "libdem", "liberal democrat", "liberal democrats"], "Liberal Democrat"),
    (&["snp", "scottish national party", "scottish nationalist"], "Scottish National Party"),
    (&["plaid cymru", "plaid"], "Plaid Cymru"),
    (&["green", "green party", "greens"], "Green"),
    (&["reform", "reform uk"], "Reform UK"),
    (&["dup", "democratic unionist", "democratic unionist party"], "Democratic Unionist Party"),
    (&["crossbench", "cross bench", "crossbencher", "cross bencher"], "Crossbench"),
    (&["democrat", "democratic", "democrats", "democratic party"], "Democrat"),
    (&["republican", "republicans", "gop", "republican party"], "Republican"),
    (&["independent"], "Independent"),
];

/// The register's name for a party word ("Tory" → "Conservative").
pub fn canonical_party(text: &str) -> Option<&'static str> {
    let key = comparison_key(text);
    let key = key.strip_prefix("the ").unwrap_or(&key);
    PARTIES.iter().find(|(words, _)| words.contains(&key)).map(|&(_, name)| name)
}

/// Whether a party name in a record is the party `canonical` (as [`canonical_party`] gives).
pub fn same_party(record_party: &str, canonical: &str) -> bool {
    canonical_party(record_party)
        .map_or_else(|| comparison_key(record_party) == comparison_key(canonical), |p| p == canonical)
}

/// Parses a role phrase ("a former education minister for the Conservative
/// Party"). `None` when it names no office the register records.
pub fn parse_role(phrase: &str) -> Option<RoleQuery> {
    let key = comparison_key(phrase);
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let mut qualifiers = Qualifiers::default();
    let mut party = None;

    // A trailing party: "... for the Conservative Party", "... from the same party".
    for connector in ["for", "from", "of"] {
        if let Some(at) = words.iter().rposition(|&w| w == connector) {
            let tail = words[at + 1..].join(" ");
            if tail == "the same party" || tail == "his party" || tail == "her party" {
                words.truncate(at);
            } else if let Some(name) = canonical_party(&tail) {
                party = Some(name);
                words.truncate(at);
            }
        }
    }

    // Leading words: articles, qualifiers, nationality, party ("Tory MP"). They are
    // stepped over in a slice: `Vec::drain` would add its own code to the wasm.
    let mut words: &[&str] = &words;
    while let Some(&first) = words.first() {
        let two = words.get(..2).map(|w| w.join(" "));
        let two = two.as_deref();
        let three = words.get(..3).map(|w| w.join(" "));
        let three = three.as_deref();
        let other_office = |w: &str| OTHER_OFFICE_WORDS.contains(&w) || OTHER_OFFICE_LEADING.contains(&w);
        if other_office(first) || two.is_some_and(other_office) {
            return None;
        } else if FORMER_WORDS.contains(&first) {
            qualifiers.former = true;
            words = &words[1..];
        } else if two.is_some_and(|t| FORMER_WORDS.contains(&t)) {
            qualifiers.former = true;
            words = &words[2..];
        } else if THEN_WORDS.contains(&first) {
            qualifiers.then = true;
            words = &words[1..];
        } else if ACTING_WORDS.contains(&first) {
            qualifiers.acting = true;
            words = &words[1..];
        } else if two.is_some_and(|t| NOISE_WORDS.contains(&t)) {
            words = &words[2..];
        } else if NOISE_WORDS.contains(&first) {
            words = &words[1..];
        } else if let Some(name) = three.and_then(canonical_party).filter(|_| words.len() > 3) {
            party = Some(name);
            words = &words[3..];
        } else if let Some(name) = two.and_then(canonical_party).filter(|_| words.len() > 2) {
            party = Some(name);
            words = &words[2..];
        } else if let Some(name) = canonical_party(first).filter(|_| words.len() > 1) {
            party = Some(name);
            words = &words[1..];
        } else {
            break;
        }
    }
    if words.iter().any(|w| OTHER_OFFICE_WORDS.contains(w)) {
        return None;
    }
    let core = words.join(" ");
    let office = named_office(&core).or_else(|| ministerial_office(words))?;
    Some(RoleQuery { office, qualifiers, party })
}

fn named_office(core: &str) -> Option<Office> {
    // "senator from Texas", "MP for Chingford": the place does not change the office.
    let without_place =
        [" from ", " for "].iter().find_map(|sep| core.split_once(sep)).map(|(office, _)| office);
    let named = NAMED_OFFICES
        .iter()
        .find(|o| o.phrases.contains(&core) || without_place.is_some_and(|w| o.phrases.contains(&w)))?;
    Some(Office {
        label: named.label.to_string(),
        ranks: named.ranks,
        titles: named.titles,
        title_prefix: named.title_prefix,
        portfolio: None,
        singular: named.singular,
    })
}

/// "education minister", "minister for children", "foreign secretary",
/// "secretary of state for health", "a minister", "junior minister".
fn ministerial_office(words: &[&str]) -> Option<Office> {
    let office = |label: String, ranks, portfolio, singular| Office {
        label,
        ranks,
        titles: &[],
        title_prefix: false,
        portfolio,
        singular,
    };
    match words {
        ["minister"] | ["government", "minister"] => {
            Some(office("minister".into(), MINISTER_RANKS, None, false))
        }
        ["junior", "minister"] => {
            Some(office("junior minister".into(), &[Rank::MoS, Rank::PUSS], None, false))
        }
        ["cabinet", "minister"] => {
            Some(office("cabinet minister".into(), &[Rank::PM, Rank::DPM, Rank::SoS], None, false))
        }
        ["minister", "of", "state"] => Some(office("Minister of State".into(), &[Rank::MoS], None, false)),
        [.., "minister"] => {
            let portfolio = portfolio(&words[..words.len() - 1])?;
            Some(office(
                format!("{} minister", portfolio.name),
                PORTFOLIO_MINISTER_RANKS,
                Some(portfolio),
                false,
            ))
        }
        ["minister", "of", "state", "for", rest @ ..] => {
            let portfolio = portfolio(rest)?;
            Some(office(
                format!("Minister of State for {}", portfolio.name),
                &[Rank::MoS],
                Some(portfolio),
                false,
            ))
        }
        ["minister", "for" | "of", rest @ ..] => {
            let portfolio = portfolio(rest)?;
            Some(office(
                format!("{} minister", portfolio.name),
                PORTFOLIO_MINISTER_RANKS,
                Some(portfolio),
                false,
            ))
        }
        ["secretary", "of", "state", "for", rest @ ..]
        | [rest @ .., "secretary", "of", "state"]
        | [rest @ .., "secretary"]
            if !rest.is_empty() =>
        {
            let portfolio = portfolio(rest)?;
            Some(Office {
                label: format!("Secretary of State ({})", portfolio.name),
                ranks: SECRETARY_RANKS,
                titles: &["secretary of state"],
                title_prefix: true,
                portfolio: Some(portfolio),
                singular: true,
            })
        }
        ["parliamentary", "under", "secretary", ..] | ["under", "secretary", ..] => {
            let portfolio = match words.iter().position(|&w| w == "for") {
                Some(at) => Some(portfolio(&words[at + 1..])?),
                None => None,
            };
            Some(office("Parliamentary Under-Secretary of State".into(), &[Rank::PUSS], portfolio, false))
        }
        _ => None,
    }
}

fn portfolio(words: &[&str]) -> Option<&'static Portfolio> {
    let key = words.join(" ");
    let key = key.strip_prefix("the ").unwrap_or(&key);
    PORTFOLIOS.iter().find(|p| p.words.contains(&key))
}

/// A record's title as a comparison key, followed by its organisation's: what
/// offices and portfolios are recognised by. The register keeps one for each
/// record ([`super::Register::keyed_roles_of`]): keying titles anew for every role
/// a text mentions was most of the register check's time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleKey {
    /// "minister of state education department for education"
    key: String,
    /// Where the title's part ends.
    title_len: usize,
}

impl RoleKey {
    pub fn of(role: &Role) -> RoleKey {
        let mut key = comparison_key(&role.title);
        let title_len = key.len();
        if let Some(organisation) = &role.organisation {
            key.push(' ');
            crate::text::normalize::push_comparison_key(organisation, &mut key);
        }
        RoleKey { key, title_len }
    }

    fn title(&self) -> &str {
        &self.key[..self.title_len]
    }
}

impl Office {
    /// Whether a register role is this office (dates aside).
    pub fn matches(&self, role: &Role) -> bool {
        self.matches_keyed(role, &RoleKey::of(role))
    }

    /// [`Office::matches`] with the role's key computed already.
    pub fn matches_keyed(&self, role: &Role, key: &RoleKey) -> bool {
        let title = key.title();
        let by_title =
            self.titles.iter().any(|&t| if self.title_prefix { title.starts_with(t) } else { title == t });
        let by_rank = role.rank.is_some_and(|r| self.ranks.contains(&r));
        // Users' records carry no rank: a minister's title says "minister" or "secretary".
        let by_unranked_title = role.rank.is_none()
            && !self.ranks.is_empty()
            && self.titles.is_empty()
            && (title.contains("minister") || title.contains("secretary"));
        let office_matches = if !self.titles.is_empty() && !self.ranks.is_empty() {
            by_title && (by_rank || role.rank.is_none())
        } else {
            by_title || by_rank || by_unranked_title
        };
        office_matches && self.portfolio.is_none_or(|p| p.contains_keyed(key))
    }
}

impl Portfolio {
    pub fn contains(&self, role: &Role) -> bool {
        self.contains_keyed(&RoleKey::of(role))
    }

    fn contains_keyed(&self, key: &RoleKey) -> bool {
        let key = key.key.as_str();
        let has = |phrase: &str| {
            // Whole words only: "arts" is not in "departments".
            key.match_indices(phrase).any(|(at, _)| {
                let before = key[..at].chars().next_back();
                let after = key[at + phrase.len()..].chars().next();
                before.is_none_or(|c| c == ' ') && after.is_none_or(|c| c == ' ')
            })
        };
        self.records.iter().any(|p| has(p)) && !self.not_records.iter().any(|p| has(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::Date;

    fn role(title: &str, organisation: &str, rank: Option<Rank>) -> Role {
        Role {
            title: title.into(),
            organisation: Some(organisation.into()),
            start: Date::parse("2010-01-01"),
            end: None,
            rank,
        }
    }

    fn matches(phrase: &str, role: &Role) -> bool {
        parse_role(phrase).is_some_and(|q| q.office.matches(role))
    }

    #[test]
    fn x_secretary_is_secretary_of_state_for_x_under_every_name() {
        let fcdo = role(
            "Secretary of State for Foreign, Commonwealth and Development Affairs",
            "Foreign, Commonwealth and Development Office",
            Some(Rank::SoS),
        );
        let fco = role(
            "Secretary of State for Foreign and Commonwealth Affairs",
            "Foreign and Commonwealth Office",
            Some(Rank::SoS),
        );
        for phrase in [
            "the foreign secretary",
            "Foreign Secretary",
            "the Secretary of State for Foreign Affairs",
            "foreign secretary",
        ] {
            assert!(matches(phrase, &fcdo), "{phrase}");
            assert!(matches(phrase, &fco), "{phrase}");
        }
        let home = role("Secretary of State for the Home Department", "Home Office", Some(Rank::SoS));
        assert!(matches("the home secretary", &home));
        assert!(!matches("the foreign secretary", &home));
        // A junior foreign office minister is not the Foreign Secretary.
        let junior = role("Minister for Europe", "Foreign and Commonwealth Office", Some(Rank::MoS));
        assert!(!matches("the foreign secretary", &junior));
        assert!(matches("a foreign office minister", &junior));
        assert!(parse_role("the foreign secretary").unwrap().office.singular);
    }

    #[test]
    fn minister_matches_ministers_of_state_and_under_secretaries() {
        let puss = role("Minister for Children and Families", "Department for Education", Some(Rank::PUSS));
        let mos = role("Minister of State for Schools", "Department for Education", Some(Rank::MoS));
        for phrase in [
            "a former education minister",
            "the children's minister",
            "schools minister",
            "Minister for Children",
            "a minister",
        ] {
            assert!(matches(phrase, &puss), "{phrase}");
            assert!(matches(phrase, &mos), "{phrase}");
        }
        assert!(!matches("education secretary", &puss));
        assert!(!matches("a health minister", &puss));
        assert!(!matches(
            "a junior minister",
            &role("Prime Minister", "Prime Minister's Office", Some(Rank::PM))
        ));
    }

    #[test]
    fn security_minister_is_the_home_office_post_not_social_security() {
        let security = role("Minister for Security", "Home Office", Some(Rank::MoS));
        let social =
            role("Minister of State for Social Security", "Department of Social Security", Some(Rank::MoS));
        assert!(matches("the security minister", &security));
        assert!(!matches("the security minister", &social));
        assert!(matches("social security minister", &social));
    }

    #[test]
    fn qualifiers_and_party_words_are_read() {
        let query = parse_role("a former education minister for the Conservative Party").unwrap();
        assert!(query.qualifiers.former);
        assert_eq!(query.party, Some("Conservative"));
        assert_eq!(query.office.portfolio.map(|p| p.name), Some("education"));
        let query = parse_role("ex-Tory MP").unwrap();
        assert!(query.qualifiers.former);
        assert_eq!(
            (query.party, query.office.label.as_str()),
            (Some("Conservative"), "Member of Parliament")
        );
        assert!(parse_role("the then home secretary").unwrap().qualifiers.then);
        assert!(parse_role("acting prime minister").unwrap().qualifiers.acting);
        assert_eq!(parse_role("a Lib Dem MP").unwrap().party, Some("Liberal Democrat"));
        assert_eq!(parse_role("an SNP MP").unwrap().party, Some("Scottish National Party"));
        assert_eq!(parse_role("a Republican senator").unwrap().party, Some("Republican"));
        assert_eq!(canonical_party("Democrat"), Some("Democrat"));
        assert!(same_party("Conservative", "Conservative"));
        assert!(!same_party("Labour", "Conservative"));
    }

    #[test]
    fn named_offices_match_their_register_titles_only() {
        let whip = role(
            "Chief Whip and Parliamentary Secretary to the Treasury",
            "Government Whips",
            Some(Rank::Parl),
        );
        let senior = role("Comptroller of HM Household (Senior Whip)", "Government Whips", Some(Rank::Parl));
        assert!(matches("the chief whip", &whip));
        assert!(!matches("the chief whip", &senior));
        let leader = role(
            "Leader of the House of Commons",
            "Office of the Leader of the House of Commons",
            Some(Rank::SoS),
        );
        let deputy = role(
            "Deputy Leader of the House of Commons",
            "Office of the Leader of the House of Commons",
            Some(Rank::PUSS),
        );
        assert!(matches("Commons leader", &leader));
        assert!(!matches("the leader of the house", &deputy));
        let scotland = role("Solicitor General for Scotland", "Scotland Office", Some(Rank::MoS));
        assert!(!matches("the solicitor general", &scotland));
        assert!(matches(
            "the Chancellor",
            &role("Chancellor of the Exchequer", "HM Treasury", Some(Rank::SoS))
        ));
        assert!(!matches(
            "the Chancellor",
            &role("Chancellor of the Duchy of Lancaster", "Cabinet Office", Some(Rank::SoS))
        ));
    }

    #[test]
    fn deputy_prime_minister_is_its_own_office() {
        let dpm = role("Deputy Prime Minister", "Cabinet Office", Some(Rank::DPM));
        let pm = role("Prime Minister", "Prime Minister's Office", Some(Rank::PM));
        assert!(matches("the Deputy Prime Minister", &dpm));
        assert!(!matches("the Deputy Prime Minister", &pm));
        assert!(!matches("the prime minister", &dpm));
    }

    #[test]
    fn shadow_posts_and_unknown_offices_are_not_covered() {
        for phrase in [
            "the shadow foreign secretary",
            "a shadow minister",
            "the director of security for parliament",
            "the executive director of Ipac",
            "the peer review board",
            "the press secretary",
            "the cabinet secretary",
            "the general secretary",
            "the deputy leader",
            "",
            "🎉 \u{202e}",
        ] {
            assert_eq!(parse_role(phrase), None, "{phrase}");
        }
    }

    #[test]
    fn a_place_after_a_named_office_is_set_aside() {
        assert_eq!(parse_role("a Republican senator from Texas").unwrap().office.label, "Senator");
        assert_eq!(
            parse_role("the Tory MP for Chingford and Woodford Green").unwrap().office.label,
            "Member of Parliament"
        );
        let peer = parse_role("a cross-bench peer from Liverpool").unwrap();
        assert_eq!(
            (peer.office.label.as_str(), peer.party),
            ("Member of the House of Lords", Some("Crossbench"))
        );
        // Not for offices whose name has a "for" in it.
        assert_eq!(parse_role("the minister for Chingford"), None);
    }

    #[test]
    fn junk_phrases_parse_to_nothing_without_panicking() {
        let long = "minister ".repeat(10_000);
        for phrase in [
            "former",
            "the",
            "ex-",
            "minister for",
            "secretary of state for",
            "secretary",
            "under secretary for",
            "for",
            "of the",
            "\0\u{1}",
            "مرحبا وزير",
            &long,
        ] {
            assert_eq!(parse_role(phrase), None, "{phrase:.40}");
        }
    }

    #[test]
    fn us_offices_are_recognised() {
        let speaker = Role {
            title: "Speaker of the House".into(),
            organisation: Some("United States House of Representatives".into()),
            start: None,
            end: None,
            rank: None,
        };
        let senator = Role {
            title: "Senator".into(),
            organisation: Some("United States Senate".into()),
            start: None,
            end: None,
            rank: None,
        };
        assert!(matches("the Speaker of the House", &speaker));
        assert!(matches("House Speaker", &speaker));
        assert!(!matches("the Speaker of the House", &senator));
        assert!(matches("a US senator", &senator));
        assert!(matches("Democratic senator", &senator));
        assert!(!matches("a minister", &senator));
    }
}
