//! Register: role descriptions checked against who actually held which office.
//!
//! - `register/role-held-by-other`: the text gives a person a role the
//!   register does not hold for them, but does hold for another person named
//!   in the same text (the seed's "Sir Iain Duncan Smith, a former education
//!   minister": the post was Tim Loughton's).
//! - `register/office-held-by-other-at-date`: a present-tense singular office
//!   ("the foreign secretary, X") that the register gives to someone else on
//!   the article's date.
//! - `register/role-never-held`: a role (or party) that matches none of the
//!   person's records for the relevant time.
//!
//! People and offices the register does not cover give no finding: silence,
//! not guesses. The input is [`PersonMention`]s, which the people extractor's
//! entities are adapted to; the register is passed in, built-in and users' merged.

use super::Rule;
use crate::extract::entities::Entities;
use crate::register::titles::{parse_role, same_party, RoleKey, RoleQuery};
use crate::register::{Date, Person, Register, Role};
use crate::report::{Category, Evidence, Finding, Place, Severity};
use crate::text::{Document, Span};

pub const ROLE_HELD_BY_OTHER: &str = "register/role-held-by-other";
pub const OFFICE_HELD_BY_OTHER_AT_DATE: &str = "register/office-held-by-other-at-date";
pub const ROLE_NEVER_HELD: &str = "register/role-never-held";

pub const RULES: &[Rule] = &[
    Rule {
        id: ROLE_HELD_BY_OTHER,
        category: Category::Register,
        severity: Severity::Error,
        summary: "A role the register gives to another person named in the text.",
    },
    Rule {
        id: OFFICE_HELD_BY_OTHER_AT_DATE,
        category: Category::Register,
        severity: Severity::Error,
        summary: "An office the register gives to someone else on the article's date.",
    },
    Rule {
        id: ROLE_NEVER_HELD,
        category: Category::Register,
        severity: Severity::Warning,
        summary: "A role or party that matches none of the person's records.",
    },
];

/// A person named in the text, as the people extractor found them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonMention {
    /// The fullest name the text gives ("Sir Iain Duncan Smith").
    pub name: String,
    /// Other names the text uses for the same person ("Duncan Smith").
    pub aliases: Vec<String>,
    /// The first mention, where evidence about this person points.
    pub span: Span,
    pub roles: Vec<RoleMention>,
}

/// A description the text gives a person ("a former education minister").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleMention {
    pub span: Span,
    /// The words of the description; qualifiers in it are read too.
    pub phrase: String,
    /// Qualifiers the extractor found outside the phrase.
    pub former: bool,
    pub then: bool,
    pub acting: bool,
    pub shadow: bool,
}

/// The dates roles are judged against.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dates {
    /// The article's date (`--date`, the page's date field).
    pub article: Option<Date>,
    /// Today, for "former" when the article has no date. The core has no
    /// clock in wasm, so callers pass it ([`Date::today`] natively).
    pub today: Option<Date>,
}

/// A person the register knows, as the report lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPerson {
    /// Index into the mentions passed in.
    pub mention: usize,
    /// The name the register knows them by.
    pub register_name: String,
}

/// Runs the register rules over the people the extractor found, when a
/// register is loaded. Returns, per entity, the name the register knows the
/// entity by when it was checked against the register (for the report).
pub fn check(cx: &super::Context, out: &mut Vec<Finding>) -> Vec<Option<String>> {
    let entities = &cx.extracted.entities.entities;
    let mut register_names = vec![None; entities.len()];
    let Some(register) = cx.knowledge.register else { return register_names };
    let people = people_from_entities(cx.doc, &cx.extracted.entities);
    let article = cx.options.date.as_deref().and_then(Date::parse);
    let checked = check_mentions(register, &people, Dates { article, today: cx.knowledge.today }, out);
    // `people` holds the person entities in order: the n-th person is the
    // n-th entity of kind person.
    let mut person_entities = Vec::new();
    for (i, entity) in entities.iter().enumerate() {
        if entity.kind == crate::extract::entities::EntityKind::Person {
            person_entities.push(i);
        }
    }
    for person in checked {
        register_names[person_entities[person.mention]] = Some(person.register_name);
    }
    register_names
}

/// The people extractor's entities as the register check reads them: the
/// fullest name, the other names as aliases, every role phrase.
pub fn people_from_entities(doc: &Document, entities: &Entities) -> Vec<PersonMention> {
    use crate::extract::entities::{lexicon::Qualifier, EntityKind};
    // Loops rather than iterator chains here and below: each chain is its own
    // generic code in the wasm download.
    let mut people = Vec::new();
    for entity in &entities.entities {
        if entity.kind != EntityKind::Person {
            continue;
        }
        let mut aliases: Vec<String> = Vec::new();
        for mention in &entity.mentions {
            let name = doc.slice(mention.span).to_string();
            if name != entity.name && !aliases.contains(&name) {
                aliases.push(name);
            }
        }
        let mut roles = Vec::with_capacity(entity.roles.len());
        for role in &entity.roles {
            let has = |q: Qualifier| role.qualifiers.contains(&q);
            roles.push(RoleMention {
                span: role.span,
                phrase: doc.slice(role.span).to_string(),
                former: has(Qualifier::Former),
                then: has(Qualifier::Then),
                acting: has(Qualifier::Acting),
                shadow: has(Qualifier::Shadow),
            });
        }
        let span = entity.mentions.first().map(|m| m.span).unwrap_or_default();
        people.push(PersonMention { name: entity.name.clone(), aliases, span, roles });
    }
    people
}

/// Checks every role of every person the register knows. Returns the people
/// that were checked (for the report), findings go to `out`.
pub fn check_mentions(
    register: &Register,
    people: &[PersonMention],
    dates: Dates,
    out: &mut Vec<Finding>,
) -> Vec<CheckedPerson> {
    let mut resolved: Vec<Option<usize>> = Vec::with_capacity(people.len());
    for person in people {
        resolved.push(resolve(register, person));
    }
    let mut checked = Vec::new();
    for (index, mention) in people.iter().enumerate() {
        let Some(person_index) = resolved[index] else { continue };
        let person = &register.people()[person_index];
        checked.push(CheckedPerson { mention: index, register_name: person.name.clone() });
        for role in &mention.roles {
            if role.shadow {
                continue;
            }
            let Some(mut query) = parse_role(&role.phrase) else { continue };
            query.qualifiers.former |= role.former;
            query.qualifiers.then |= role.then;
            query.qualifiers.acting |= role.acting;
            let judge = Judge { register, query: &query, dates, phrase: &role.phrase };
            if let Some(finding) = judge.office_finding(people, &resolved, index, person_index, role.span) {
                out.push(finding);
            } else if let Some(finding) = judge.party_finding(person, role.span) {
                out.push(finding);
            }
        }
    }
    checked
}

/// The register person a mention names, when exactly one person answers to
/// its names; ambiguous and unknown names are not checked.
fn resolve(register: &Register, mention: &PersonMention) -> Option<usize> {
    let mut found: Vec<usize> = Vec::new();
    for name in std::iter::once(&mention.name).chain(&mention.aliases) {
        let candidates = register.lookup_indices(name);
        if candidates.len() > 1 {
            return None;
        }
        for &candidate in candidates {
            if !found.contains(&candidate) {
                found.push(candidate);
            }
        }
    }
    match found.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

struct Judge<'a> {
    phrase: &'a str,
    register: &'a Register,
    query: &'a RoleQuery,
    dates: Dates,
}

impl<'a> Judge<'a> {
    /// Whether `role` bears out the description at the time it speaks of.
    fn bears_out(&self, role: &Role, key: &RoleKey) -> bool {
        if !self.query.office.matches_keyed(role, key) {
            return false;
        }
        let q = self.query.qualifiers;
        if q.then {
            return true;
        }
        if q.former {
            // A holding that had ended by the article's date (or today).
            return match self.dates.article.or(self.dates.today) {
                Some(date) => role.ended_before(date),
                None => role.end.is_some(),
            };
        }
        // Present tense: held on the article's date; without one, ever.
        self.dates.article.is_none_or(|date| role.held_on(date))
    }

    /// The records of person `index` that bear the description out.
    fn held_by(&self, index: usize) -> Vec<&'a Role> {
        self.records_of(index, &|r, key| self.bears_out(r, key))
    }

    /// The records of person `index` that `wanted` accepts (`dyn`: one copy in the wasm).
    fn records_of(&self, index: usize, wanted: &dyn Fn(&Role, &RoleKey) -> bool) -> Vec<&'a Role> {
        let (roles, keys) = self.register.keyed_roles_of(index);
        let mut wanted_roles = Vec::new();
        for (role, key) in roles.iter().zip(keys) {
            if wanted(role, key) {
                wanted_roles.push(role);
            }
        }
        wanted_roles
    }

    fn office_finding(
        &self,
        people: &[PersonMention],
        resolved: &[Option<usize>],
        index: usize,
        person_index: usize,
        span: Span,
    ) -> Option<Finding> {
        let person = &self.register.people()[person_index];
        let office = &self.query.office;
        // A description the person's own records bear out is the common case, and cheap to see;
        // an office nobody in the register holds is one it does not cover (a scan of every record).
        if !self.held_by(person_index).is_empty()
            || self.register.find_keyed_role(&|_, r, key| office.matches_keyed(r, key)).is_none()
        {
            return None;
        }
        let described = self.described();
        let at_other_times = self.records_of(person_index, &|r, key| office.matches_keyed(r, key));
        let when = if at_other_times.is_empty() {
            String::new()
        } else {
            format!(" for that time (they held it: {})", describe_all(&at_other_times))
        };

        // Another person named in the text holds it: the description moved. The first such
        // person, in the text's order, is the one the finding names.
        // A loop rather than an iterator chain: the chain is its own generic code in the wasm.
        let mut other_holder = None;
        for (other, &resolved_to) in resolved.iter().enumerate() {
            let Some(r) = resolved_to else { continue };
            if other == index || r == person_index {
                continue;
            }
            let roles = self.held_by(r);
            if !roles.is_empty() {
                other_holder = Some((other, &self.register.people()[r], roles));
                break;
            }
        }
        if let Some((other, holder, roles)) = &other_holder {
            let records = describe_all(roles);
            let mut finding = Finding::new(
                ROLE_HELD_BY_OTHER,
                Category::Register,
                Severity::Error,
                span,
                format!(
                    "{described}: the register holds no such post for {}{when}; it belongs to {}, also named in this text ({records}). {}",
                    person.name,
                    holder.name,
                    own_records_sentence(person),
                ),
            );
            finding
                .related
                .push(Evidence::in_text(people[*other].span, format!("{}: {records}", holder.name)));
            finding.related.extend(record_evidence(person));
            finding.expected = Some(holder.name.clone());
            return Some(finding);
        }

        // A singular office in the present tense, held by someone else that day.
        let q = self.query.qualifiers;
        if let (true, false, false, Some(date)) = (office.singular, q.former, q.then, self.dates.article) {
            let holder = self.register.find_keyed_role(&|i, r, key| {
                i != person_index && office.matches_keyed(r, key) && r.held_on(date)
            });
            if let Some((holder, role)) = holder.map(|(i, role)| (&self.register.people()[i], role)) {
                let mut message = format!(
                    "{described}: on {date} the register gives this office to {} ({}), not {}.",
                    holder.name,
                    role.describe(),
                    person.name
                );
                if !at_other_times.is_empty() {
                    message.push_str(&format!(
                        " {} held it at another time ({}).",
                        person.name,
                        describe_all(&at_other_times)
                    ));
                }
                let mut finding = Finding::new(
                    OFFICE_HELD_BY_OTHER_AT_DATE,
                    Category::Register,
                    Severity::Error,
                    span,
                    message,
                );
                finding.related.push(Evidence {
                    place: Place::Record,
                    note: format!("holder on {date}"),
                    text: Some(format!("{}: {}", holder.name, role.describe())),
                });
                finding.related.extend(record_evidence(person));
                return Some(finding);
            }
        }

        let mut finding = Finding::new(
            ROLE_NEVER_HELD,
            Category::Register,
            Severity::Warning,
            span,
            format!(
                "{described}: the register holds no such post for {}{when}. {}",
                person.name,
                own_records_sentence(person)
            ),
        );
        finding.related.extend(record_evidence(person));
        Some(finding)
    }

    /// "Tory MP" for a person the register lists as Labour at the time.
    fn party_finding(&self, person: &Person, span: Span) -> Option<Finding> {
        let party = self.query.party?;
        let mut listed: Vec<&str> = Vec::new();
        for spell in &person.parties {
            let in_force =
                match (self.dates.article, self.query.qualifiers.former || self.query.qualifiers.then) {
                    (Some(date), false) => {
                        spell.start.is_none_or(|d| d <= date) && spell.end.is_none_or(|d| date < d)
                    }
                    _ => true,
                };
            if !in_force {
                continue;
            }
            if same_party(&spell.party, party) {
                return None;
            }
            listed.push(&spell.party);
        }
        if listed.is_empty() {
            return None;
        }
        listed.dedup();
        Some(Finding::new(
            ROLE_NEVER_HELD,
            Category::Register,
            Severity::Warning,
            span,
            format!(
                "{} says {party}, but the register lists {} as {} for that time.",
                self.described(),
                person.name,
                listed.join(", then ")
            ),
        ))
    }

    /// The text's own words, quoted, to open a message.
    fn described(&self) -> String {
        format!("“{}”", self.phrase.trim())
    }
}

/// The records of a person worth showing: offices first, latest first.
fn shown_records(person: &Person) -> Vec<&Role> {
    let is_membership = |r: &Role| r.title.starts_with("Member of");
    let mut roles: Vec<&Role> = Vec::new();
    for role in &person.roles {
        if !is_membership(role) {
            roles.push(role);
        }
    }
    if roles.is_empty() {
        roles.extend(&person.roles);
    }
    // Latest first. A person has a handful of roles: an insertion sort keeps
    // the wasm smaller than the standard library's sort.
    for i in 1..roles.len() {
        let mut j = i;
        while j > 0 && roles[j - 1].start < roles[j].start {
            roles.swap(j - 1, j);
            j -= 1;
        }
    }
    roles.truncate(4);
    roles
}

fn own_records_sentence(person: &Person) -> String {
    let roles = shown_records(person);
    if roles.is_empty() {
        format!("The register has no office for {}.", person.name)
    } else {
        format!("{}'s records: {}.", person.name, describe_all(&roles))
    }
}

fn record_evidence(person: &Person) -> Vec<Evidence> {
    let mut evidence = Vec::new();
    for role in shown_records(person) {
        evidence.push(Evidence {
            place: Place::Record,
            note: format!("{}'s record", person.name),
            text: Some(role.describe()),
        });
    }
    evidence
}

fn describe_all(roles: &[&Role]) -> String {
    let mut described = String::new();
    for role in roles {
        if !described.is_empty() {
            described.push_str("; ");
        }
        described.push_str(&role.describe());
    }
    described
}

#[cfg(all(test, not(target_arch = "wasm32")))] // loads the built-in register natively
mod tests {
    use super::*;
    use crate::register::{Rank, RegisterFile, FORMAT, FORMAT_VERSION};

    fn builtin() -> Register {
        Register::builtin().expect("the committed register loads")
    }

    fn date(text: &str) -> Option<Date> {
        Date::parse(text)
    }

    /// A person mention whose role phrase sits at `role_at` in a notional text.
    fn mention(name: &str, at: usize, roles: &[(&str, usize)]) -> PersonMention {
        PersonMention {
            name: name.into(),
            aliases: vec![],
            span: Span::new(at, at + name.len()),
            roles: roles
                .iter()
                .map(|&(phrase, role_at)| RoleMention {
                    span: Span::new(role_at, role_at + phrase.len()),
                    phrase: phrase.into(),
                    ..RoleMention::default()
                })
                .collect(),
        }
    }

    fn run(register: &Register, people: &[PersonMention], article: Option<Date>) -> Vec<Finding> {
        let mut out = Vec::new();
        check_mentions(register, people, Dates { article, today: date("2026-01-01") }, &mut out);
        out
    }

    /// The people of the seed article, with the descriptions it gives them.
    fn seed_people() -> Vec<PersonMention> {
        vec![
            mention("Oliver Dowden", 100, &[("the Deputy Prime Minister", 70)]),
            mention(
                "Sir Iain Duncan Smith",
                200,
                &[("a former education minister for the Conservative Party", 223)],
            ),
            mention("Tim Loughton", 300, &[("a member of parliament from the same party", 314)]),
            mention("Lord Alton of Liverpool", 360, &[("a cross-bench peer", 385)]),
            mention("Stewart McDonald", 410, &[("a Scottish National Party MP", 428)]),
            mention("Alison Giles", 480, &[("the director of security for parliament", 494)]),
            mention("David Cameron", 600, &[("the foreign secretary", 615)]),
            mention("Luke de Pulford", 700, &[("the executive director of Ipac", 717)]),
            mention("Tom Tugendhat", 800, &[("the security minister", 815)]),
            mention("Alicia Kearns", 900, &[("Tory MP", 890)]),
        ]
    }

    #[test]
    fn the_seed_gives_one_finding_on_duncan_smith_naming_loughton() {
        let register = builtin();
        for article in [date("2024-03-24"), None] {
            let findings = run(&register, &seed_people(), article);
            assert_eq!(findings.len(), 1, "{findings:#?}");
            let finding = &findings[0];
            println!("{}", finding.message);
            assert_eq!(finding.rule, ROLE_HELD_BY_OTHER);
            assert_eq!(finding.span.start(), 223);
            assert!(finding.message.contains("Tim Loughton"), "{}", finding.message);
            assert!(
                finding
                    .message
                    .contains("Minister for Children and Families, Department for Education, 2010–2012"),
                "{}",
                finding.message
            );
            assert_eq!(finding.related[0].place, Place::Text(Span::new(300, 312)));
            assert!(finding
                .related
                .iter()
                .any(|e| e.text.as_deref() == Some("Secretary of State for Work and Pensions, 2010–2016")));
        }
    }

    #[test]
    fn the_seed_people_are_checked_through_their_register_names() {
        let mut out = Vec::new();
        let checked = check_mentions(&builtin(), &seed_people(), Dates::default(), &mut out);
        let names: Vec<&str> = checked.iter().map(|c| c.register_name.as_str()).collect();
        assert!(names.contains(&"Lord Cameron of Chipping Norton"), "{names:?}");
        assert!(names.contains(&"Iain Duncan Smith"));
        assert!(!names.contains(&"Alison Giles"), "not in the register");
    }

    #[test]
    fn without_loughton_in_the_text_the_role_is_never_held() {
        let people = [mention("Iain Duncan Smith", 0, &[("a former education minister", 20)])];
        let findings = run(&builtin(), &people, date("2024-03-24"));
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, ROLE_NEVER_HELD);
        assert!(
            findings[0].message.contains("Secretary of State for Work and Pensions"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn office_held_by_someone_else_on_the_article_date() {
        let people = [mention("James Cleverly", 0, &[("the foreign secretary", 16)])];
        let findings = run(&builtin(), &people, date("2024-03-24"));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].rule, OFFICE_HELD_BY_OTHER_AT_DATE);
        assert!(findings[0].message.contains("Lord Cameron of Chipping Norton"), "{}", findings[0].message);
        assert!(findings[0].message.contains("held it at another time"), "{}", findings[0].message);
        // In 2023 Cleverly was foreign secretary; without a date, he held it once.
        assert!(run(&builtin(), &people, date("2023-06-01")).is_empty());
        assert!(run(&builtin(), &people, None).is_empty());
        // "former foreign secretary" in 2024 is right.
        let former = [mention("James Cleverly", 0, &[("the former foreign secretary", 16)])];
        assert!(run(&builtin(), &former, date("2024-03-24")).is_empty());
    }

    #[test]
    fn former_needs_a_past_holding() {
        // Tugendhat was still security minister on the seed's date.
        let people = [mention("Tom Tugendhat", 0, &[("the former security minister", 15)])];
        assert_eq!(run(&builtin(), &people, date("2024-03-24")).len(), 1);
        assert!(run(&builtin(), &people, date("2024-09-01")).is_empty());
        // Without an article date, today counts.
        assert!(run(&builtin(), &people, None).is_empty());
    }

    #[test]
    fn a_senator_described_as_speaker_of_the_house() {
        let register = builtin();
        let people = [mention("Ted Cruz", 0, &[("the Speaker of the House", 10)])];
        let findings = run(&register, &people, None);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].rule, ROLE_NEVER_HELD);
        assert!(findings[0].message.contains("Senator"), "{}", findings[0].message);

        let with_date = run(&register, &people, date("2024-03-24"));
        assert_eq!(with_date[0].rule, OFFICE_HELD_BY_OTHER_AT_DATE);
        assert!(with_date[0].message.contains("Mike Johnson"), "{}", with_date[0].message);

        let both = [
            mention("Ted Cruz", 0, &[("the Speaker of the House", 10)]),
            mention("Mike Johnson", 60, &[("a senator", 74)]),
        ];
        let findings = run(&register, &both, date("2024-03-24"));
        let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
        assert_eq!(rules, [ROLE_HELD_BY_OTHER, ROLE_HELD_BY_OTHER]);
        assert_eq!(findings[0].expected.as_deref(), Some("Mike Johnson"));

        // Held before, but another person named in the text held it on the date.
        let then = [
            mention("James Cleverly", 0, &[("the foreign secretary", 16)]),
            mention("David Cameron", 60, &[("the former prime minister", 75)]),
        ];
        let findings = run(&register, &then, date("2024-03-24"));
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, ROLE_HELD_BY_OTHER);
        assert!(
            findings[0].message.contains("for that time (they held it: Secretary of State for Foreign"),
            "{}",
            findings[0].message
        );

        let right = [mention("Ted Cruz", 0, &[("a Republican senator", 10)])];
        assert!(run(&register, &right, date("2024-03-24")).is_empty());
    }

    #[test]
    fn names_resolve_through_aliases_and_name_history() {
        let register = builtin();
        // Lord Cameron of Chipping Norton was David Cameron until 2023.
        let people = [mention("Lord Cameron of Chipping Norton", 0, &[("the former prime minister", 40)])];
        assert!(run(&register, &people, date("2024-03-24")).is_empty());
        let wrong = [mention("Lord Cameron of Chipping Norton", 0, &[("the home secretary", 40)])];
        assert_eq!(run(&register, &wrong, None).len(), 1);
        // The text's own alias is used when the full name is unknown.
        let mut aliased = mention("Dave From The Pub", 0, &[("the home secretary", 40)]);
        aliased.aliases.push("David Cameron".into());
        assert_eq!(run(&register, &[aliased], None).len(), 1);
        // "Lord Cameron" alone is three lords in the register: not guessed.
        let short = [mention("Lord Cameron", 0, &[("the home secretary", 20)])];
        let mut out = Vec::new();
        assert!(check_mentions(&register, &short, Dates::default(), &mut out).is_empty());
        assert!(out.is_empty());
    }

    #[test]
    fn unknown_people_offices_and_shadow_posts_give_no_finding() {
        let register = builtin();
        let people = [
            mention("Nobody Inparticular", 0, &[("the foreign secretary", 20)]),
            mention(
                "Iain Duncan Smith",
                50,
                &[("the chair of the widget taskforce", 70), ("former Tory leader", 110)],
            ),
        ];
        assert!(run(&register, &people, date("2024-03-24")).is_empty());
        let mut shadow = mention("Iain Duncan Smith", 0, &[("foreign secretary", 20)]);
        shadow.roles[0].shadow = true;
        assert!(run(&register, &[shadow], None).is_empty());
        assert!(run(
            &register,
            &[mention("Iain Duncan Smith", 0, &[("the shadow foreign secretary", 20)])],
            None
        )
        .is_empty());
    }

    #[test]
    fn a_party_word_that_contradicts_the_register() {
        let register = builtin();
        let wrong = [mention("Iain Duncan Smith", 0, &[("Labour MP", 20)])];
        let findings = run(&register, &wrong, date("2024-03-24"));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert!(findings[0].message.contains("Conservative"), "{}", findings[0].message);
        let right = [mention("Iain Duncan Smith", 0, &[("Tory MP", 20)])];
        assert!(run(&register, &right, date("2024-03-24")).is_empty());
    }

    #[test]
    fn a_newsroom_register_extends_the_builtin_one() {
        let mut register = builtin();
        let newsroom = Register::from_csv_str(
            "person,aliases,role,organisation,start,end,party\n\
             Alison Giles,,Director of Security,Parliament,2019-06-01,,\n\
             Ann Example,,Secretary of State for Health,Department of Health,2030-01-01,,\n",
        )
        .unwrap();
        register.merge(newsroom);
        let people = [mention("Ann Example", 0, &[("the health secretary", 20)])];
        assert!(run(&register, &people, date("2030-03-01")).is_empty());
        // The built-in health secretaries are other people: office held by one of them in 2020.
        let findings = run(&register, &people, date("2020-03-01"));
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].rule, OFFICE_HELD_BY_OTHER_AT_DATE);
    }

    #[test]
    fn junk_mentions_give_no_finding_and_no_panic() {
        let register = builtin();
        let long = "Sir ".repeat(5_000);
        let people: Vec<PersonMention> = ["", "🎉", "\u{202e}שלום", "Sir", long.as_str(), "\0"]
            .iter()
            .enumerate()
            .map(|(i, name)| mention(name, i * 10, &[("", 0), ("the foreign secretary", 5), ("former", 3)]))
            .collect();
        assert!(run(&register, &people, date("2024-03-24")).is_empty());
    }

    #[test]
    fn a_malformed_user_register_is_refused_and_the_loaded_one_kept() {
        let register = builtin();
        let before = register.people().len();
        let error = Register::from_csv_str("person,role,start\nAnn Example,Mayor,2020-02-30\n").unwrap_err();
        assert_eq!((error.line, error.field.as_deref()), (Some(2), Some("start")));
        assert_eq!(register.people().len(), before);
    }

    #[test]
    fn a_name_two_people_share_is_not_guessed() {
        let person = |name: &str, title: &str| crate::register::Person {
            name: name.into(),
            aliases: vec![],
            parties: vec![],
            roles: vec![Role {
                title: title.into(),
                organisation: None,
                start: date("2000-01-01"),
                end: None,
                rank: Some(Rank::SoS),
            }],
        };
        let register = |people| {
            Register::from_file(RegisterFile {
                format: FORMAT.into(),
                version: FORMAT_VERSION,
                built: None,
                sources: vec![],
                people,
            })
            .unwrap()
        };
        let people = [mention("John Smith", 0, &[("the Scotland secretary", 20)])];
        let one = register(vec![
            person("John Smith", "Secretary of State for Wales"),
            person("Ann Other", "Secretary of State for Scotland"),
        ]);
        assert_eq!(run(&one, &people, None).len(), 1, "one John Smith, and he was Wales secretary");
        let two = register(vec![
            person("John Smith", "Secretary of State for Wales"),
            person("John Smith", "Secretary of State for Health"),
            person("Ann Other", "Secretary of State for Scotland"),
        ]);
        let mut out = Vec::new();
        assert!(check_mentions(&two, &people, Dates::default(), &mut out).is_empty());
        assert!(out.is_empty(), "two John Smiths: which one is meant is unknown");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod known_facts {
    use super::*;

    /// Descriptions that were true on the date: none may be flagged.
    const TRUE_DESCRIPTIONS: &[(&str, &str, &str)] = &[
        ("Jeremy Hunt", "the chancellor", "2024-03-24"),
        ("James Cleverly", "the home secretary", "2024-03-24"),
        ("Rishi Sunak", "the prime minister", "2024-03-24"),
        ("Boris Johnson", "former prime minister", "2024-03-24"),
        ("Theresa May", "ex-home secretary", "2024-03-24"),
        ("Gillian Keegan", "the education secretary", "2024-03-24"),
        ("Grant Shapps", "the defence secretary", "2024-03-24"),
        ("Michael Gove", "the levelling up secretary", "2024-03-24"),
        ("Michael Gove", "the housing secretary", "2024-03-24"),
        ("Nick Clegg", "the former deputy prime minister", "2024-03-24"),
        ("Keir Starmer", "the prime minister", "2025-01-01"),
        ("Rachel Reeves", "Chancellor of the Exchequer", "2025-01-01"),
        ("Yvette Cooper", "home secretary", "2025-01-01"),
        ("David Lammy", "the foreign secretary", "2025-01-01"),
        ("Liz Truss", "the former Conservative prime minister", "2024-03-24"),
        ("Suella Braverman", "the former home secretary", "2024-03-24"),
        ("Kemi Badenoch", "the business secretary", "2024-03-24"),
        ("Kemi Badenoch", "the trade secretary", "2024-03-24"),
        ("Kemi Badenoch", "the equalities minister", "2024-03-24"),
        ("Wes Streeting", "the health secretary", "2025-01-01"),
        ("Kamala Harris", "the vice president", "2024-03-24"),
        ("Joe Biden", "President", "2024-03-24"),
        ("Mike Johnson", "House Speaker", "2024-03-24"),
        ("Chuck Schumer", "Senate Majority Leader", "2024-03-24"),
        ("Nancy Pelosi", "former House Speaker", "2024-03-24"),
        ("Bernie Sanders", "independent senator", "2024-03-24"),
        ("Alexandria Ocasio-Cortez", "a Democratic congresswoman", "2024-03-24"),
    ];

    #[test]
    fn true_descriptions_are_not_flagged() {
        let register = Register::builtin().unwrap();
        let mut wrong = Vec::new();
        for &(name, phrase, date) in TRUE_DESCRIPTIONS {
            let people = [PersonMention {
                name: name.into(),
                roles: vec![RoleMention { phrase: phrase.into(), ..RoleMention::default() }],
                ..PersonMention::default()
            }];
            let mut out = Vec::new();
            let checked = check_mentions(
                &register,
                &people,
                Dates { article: Date::parse(date), today: None },
                &mut out,
            );
            if checked.is_empty() {
                wrong.push(format!("{name}: not in the register"));
            }
            if parse_role(phrase).is_none() {
                wrong.push(format!("{phrase}: not understood"));
            }
            wrong.extend(out.into_iter().map(|f| format!("{name}, {phrase}: {}", f.message)));
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Descriptions that were false on the date, with the rule that must say so.
    const FALSE_DESCRIPTIONS: &[(&str, &str, &str, &str)] = &[
        ("Rishi Sunak", "the foreign secretary", "2024-03-24", OFFICE_HELD_BY_OTHER_AT_DATE),
        ("Michael Gove", "the education secretary", "2024-03-24", OFFICE_HELD_BY_OTHER_AT_DATE),
        ("Kamala Harris", "the president", "2024-03-24", OFFICE_HELD_BY_OTHER_AT_DATE),
        ("Keir Starmer", "the former prime minister", "2025-01-01", ROLE_NEVER_HELD),
        ("Jeremy Hunt", "a former security minister", "2024-03-24", ROLE_NEVER_HELD),
        ("Nancy Pelosi", "a senator", "2024-03-24", ROLE_NEVER_HELD),
        ("Bernie Sanders", "a Republican senator", "2024-03-24", ROLE_NEVER_HELD),
        ("Iain Duncan Smith", "a Labour MP", "2024-03-24", ROLE_NEVER_HELD),
    ];

    #[test]
    fn false_descriptions_are_flagged_by_the_right_rule() {
        let register = Register::builtin().unwrap();
        for &(name, phrase, date, rule) in FALSE_DESCRIPTIONS {
            let people = [PersonMention {
                name: name.into(),
                roles: vec![RoleMention { phrase: phrase.into(), ..RoleMention::default() }],
                ..PersonMention::default()
            }];
            let mut out = Vec::new();
            check_mentions(&register, &people, Dates { article: Date::parse(date), today: None }, &mut out);
            let rules: Vec<&str> = out.iter().map(|f| f.rule).collect();
            assert_eq!(rules, [rule], "{name}, {phrase}: {out:#?}");
        }
    }
}
