//! Word lists the entity patterns read. Kept in one place so a reader sees
//! every word that makes a decision; all lookups take lower-case words.

use crate::text::words::{words, WordList};

/// Honorifics kept as part of a name ("Sir Iain", "Mr Loughton"): they say a
/// person follows but are not a role.
pub fn is_honorific(lower: &str) -> bool {
    in_list(HONORIFIC, lower)
}

/// Peerage honorifics after which "of Place" is a territorial designation
/// ("Lord Alton of Liverpool"), part of the mention but not of the name.
pub fn takes_territorial(lower: &str) -> bool {
    matches!(lower, "lord" | "lady" | "baroness" | "baron")
}

/// Nouns that head a role phrase: offices, posts and occupations.
pub fn is_role_head(lower: &str) -> bool {
    is_office_head(lower) || in_list(ROLE_HEAD, lower)
}

/// Heads of offices that one person holds at a time: "the X" of these is a
/// singular office when it names a portfolio ("the foreign secretary").
pub fn is_office_head(lower: &str) -> bool {
    in_list(OFFICE_HEAD, lower)
}

/// Office heads whose conflict means one person cannot hold both at once:
/// "the foreign secretary" and "the home secretary".
pub fn is_exclusive_head(head: &str) -> bool {
    matches!(head, "secretary" | "minister" | "prime minister" | "chancellor")
}

/// Heads that many people share ("an MP", "a senator"): never a singular office.
pub fn is_shared_head(head: &str) -> bool {
    !is_office_head(head.rsplit(' ').next().unwrap_or(head))
        || matches!(head, "judge" | "justice" | "general")
}

/// Words that change what a role means in time or in kind.
pub fn qualifier(lower: &str) -> Option<Qualifier> {
    Some(match lower {
        "former" | "ex" => Qualifier::Former,
        "then" => Qualifier::Then,
        "acting" | "interim" => Qualifier::Acting,
        "shadow" => Qualifier::Shadow,
        "deputy" | "vice" => Qualifier::Deputy,
        "outgoing" | "late" => Qualifier::Outgoing,
        "incoming" | "future" | "designate" => Qualifier::Incoming,
        _ => return None,
    })
}

/// A qualifier of a role phrase: the ones that change its meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// "former", "ex-": no longer held.
    Former,
    /// "then": held at the time described, maybe not now.
    Then,
    /// "acting", "interim".
    Acting,
    /// "shadow": the opposition's spokesperson, a different office.
    Shadow,
    /// "deputy", "vice": a different office.
    Deputy,
    /// "outgoing", "late": leaving or dead.
    Outgoing,
    /// "incoming", "designate": not yet held.
    Incoming,
}

impl Qualifier {
    /// Whether the role is held now, at the time the text describes.
    pub fn is_past_or_future(self) -> bool {
        matches!(self, Qualifier::Former | Qualifier::Then | Qualifier::Outgoing | Qualifier::Incoming)
    }

    /// Qualifiers that are part of the office itself, not of its time.
    pub fn is_part_of_office(self) -> bool {
        matches!(self, Qualifier::Shadow | Qualifier::Deputy)
    }
}

/// Party words and the party they name. Multi-word names are matched by the
/// caller word by word: this maps single lower-case words.
pub fn party(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "conservative" | "conservatives" | "tory" | "tories" => "Conservative",
        "labour" => "Labour",
        "snp" => "Scottish National Party",
        "ukip" => "UKIP",
        "dup" => "Democratic Unionist Party",
        "democrat" | "democrats" | "democratic" => "Democratic",
        "republican" | "republicans" | "gop" => "Republican",
        "crossbench" | "cross-bench" | "crossbencher" => "Crossbench",
        _ => return None,
    })
}

/// Multi-word party names, matched on lower-case word sequences.
pub const PARTY_PHRASES: &[(&[&str], &str)] = &[
    (&["scottish", "national", "party"], "Scottish National Party"),
    (&["liberal", "democrat"], "Liberal Democrat"),
    (&["liberal", "democrats"], "Liberal Democrat"),
    (&["lib", "dem"], "Liberal Democrat"),
    (&["lib", "dems"], "Liberal Democrat"),
    (&["plaid", "cymru"], "Plaid Cymru"),
    (&["green", "party"], "Green"),
    (&["sinn", "féin"], "Sinn Féin"),
    (&["sinn", "fein"], "Sinn Féin"),
    (&["cross", "bench"], "Crossbench"),
    (&["democratic", "unionist"], "Democratic Unionist Party"),
];

/// The chamber a role phrase places someone in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum House {
    /// UK House of Commons: "MP", "member of parliament".
    Commons,
    /// UK House of Lords: "peer", "crossbencher".
    Lords,
    /// US Senate: "senator".
    Senate,
    /// US House of Representatives: "congressman", "representative".
    Representatives,
}

pub fn house(lower: &str) -> Option<House> {
    Some(match lower {
        "mp" | "mps" => House::Commons,
        "peer" | "crossbencher" | "peers" => House::Lords,
        "senator" | "sen" => House::Senate,
        "congressman" | "congresswoman" | "congressmen" | "representative" | "rep" => House::Representatives,
        _ => return None,
    })
}

/// Words in a capitalised name that make it an organisation.
pub fn is_organisation_word(lower: &str) -> bool {
    in_list(ORGANISATION_WORD, lower)
}

/// Lower-case organisation words that may follow a capitalised name and
/// complete it ("the Defending Democracy taskforce").
pub fn is_trailing_organisation_word(lower: &str) -> bool {
    in_list(TRAILING_ORGANISATION_WORD, lower)
}

/// Words in a capitalised sequence that make it a place, an event, a law or
/// a work rather than a person.
pub fn is_non_person_word(lower: &str) -> bool {
    in_list(NON_PERSON_WORD, lower)
}

/// Prepositions after which a capitalised name is usually a place.
pub fn is_place_preposition(lower: &str) -> bool {
    in_list(PLACE_PREPOSITION, lower)
}

pub fn is_month(lower: &str) -> bool {
    in_list(MONTH, lower)
}

pub fn is_weekday(lower: &str) -> bool {
    in_list(WEEKDAY, lower)
}

/// Connectors allowed between capitalised words of one name: name particles
/// ("de Pulford", "al-Assad") and the small words of organisation names.
pub fn is_particle(lower: &str) -> bool {
    in_list(PARTICLE, lower)
}

pub fn is_name_connector(lower: &str) -> bool {
    in_list(NAME_CONNECTOR, lower)
}

/// Function words and common sentence openers: a capitalised one at the
/// start of a sentence is not a name.
pub fn is_function_word(lower: &str) -> bool {
    in_list(FUNCTION_WORD, lower)
}

/// Words that end a title phrase when scanning left from a name: verbs and
/// small words that cannot be part of "former Tory leader".
pub fn stops_role_phrase(lower: &str) -> bool {
    if qualifier(lower).is_some() || is_role_head(lower) {
        return false;
    }
    is_function_word(lower)
        || in_list(ROLE_PHRASE_STOPS, lower)
        || (lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing")))
}

/// Acronyms a general reader knows; never flagged as undefined.
pub fn is_common_acronym(acronym: &str) -> bool {
    in_list(COMMON_ACRONYM, acronym)
}

/// Capitalised portfolio words in titles: "Foreign Secretary", "Home Office Minister".
pub fn is_title_word(lower: &str) -> bool {
    in_list(TITLE_WORD, lower)
}

/// A name word folded for comparison: lower case, common Latin diacritics
/// and typographic apostrophes set aside, so "Kaczyński" = "Kaczynski" and
/// "O’Rourke" = "O'Rourke". Transliteration choices are not misspellings.
pub fn fold(word: &str) -> String {
    // Loops, not a `flat_map` collected: smaller in the wasm download.
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        for lower in crate::text::case::lower_chars(c) {
            folded.push(fold_letter(lower));
        }
    }
    folded
}

/// One lower-case letter of [`fold`].
fn fold_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ā' | 'ă' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ē' | 'ė' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ğ' => 'g',
        'ř' => 'r',
        'ț' | 'ţ' | 'ť' => 't',
        'đ' | 'ď' => 'd',
        '’' | '‘' | '`' => '\'',
        other => other,
    }
}

/// Whether a word is in one of the sorted lists below (binary search: one
/// small function instead of a string match per list in the wasm download).
fn in_list(list: WordList, word: &str) -> bool {
    list.contains(word)
}

const HONORIFIC: WordList = words![
    "baron",
    "baroness",
    "dame",
    "dr",
    "lady",
    "lord",
    "messrs",
    "miss",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "professor",
    "rev",
    "reverend",
    "sir",
];

const ROLE_HEAD: WordList = words![
    "activist",
    "actor",
    "actress",
    "adviser",
    "advisor",
    "advocate",
    "aide",
    "analyst",
    "archbishop",
    "architect",
    "artist",
    "astronaut",
    "attorney",
    "author",
    "banker",
    "billionaire",
    "bishop",
    "blogger",
    "broadcaster",
    "businessman",
    "businesswoman",
    "campaigner",
    "candidate",
    "captain",
    "cardinal",
    "cleric",
    "co-founder",
    "coach",
    "cofounder",
    "columnist",
    "comedian",
    "congressman",
    "congresswoman",
    "constable",
    "consultant",
    "correspondent",
    "councillor",
    "councilman",
    "councilor",
    "councilwoman",
    "crossbencher",
    "deputy",
    "designer",
    "detective",
    "dictator",
    "diplomat",
    "director",
    "dissident",
    "doctor",
    "economist",
    "economist's",
    "editor",
    "emperor",
    "engineer",
    "entrepreneur",
    "executive",
    "founder",
    "historian",
    "host",
    "imam",
    "inspector",
    "investor",
    "journalist",
    "lawmaker",
    "lawyer",
    "legislator",
    "lobbyist",
    "manager",
    "member",
    "monarch",
    "mp",
    "mps",
    "musician",
    "nominee",
    "novelist",
    "nurse",
    "officer",
    "official",
    "owner",
    "partner",
    "pastor",
    "peer",
    "philosopher",
    "physician",
    "pilot",
    "player",
    "poet",
    "politician",
    "premier",
    "presenter",
    "priest",
    "producer",
    "professor",
    "prosecutor",
    "rabbi",
    "rapper",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "scientist",
    "sen",
    "senator",
    "sergeant",
    "singer",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "strategist",
    "surgeon",
    "whistleblower",
    "writer",
];

const OFFICE_HEAD: WordList = words![
    "ambassador",
    "auditor",
    "cabinet",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "chief-executive",
    "chieftain",
    "commander",
    "commissioner",
    "coo",
    "coordinator",
    "counsel",
    "cto",
    "dean",
    "director",
    "envoy",
    "general",
    "governor",
    "head",
    "judge",
    "justice",
    "king",
    "leader",
    "mayor",
    "minister",
    "ombudsman",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "principal",
    "provost",
    "queen",
    "rector",
    "registrar",
    "secretary",
    "secretary-general",
    "sheriff",
    "speaker",
    "superintendent",
    "treasurer",
    "vice-president",
    "warden",
    "whip",
];

const ORGANISATION_WORD: WordList = words![
    "academy",
    "administration",
    "agency",
    "airlines",
    "airways",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "brigade",
    "broadcasting",
    "bureau",
    "cabinet",
    "caucus",
    "center",
    "centre",
    "chronicle",
    "church",
    "club",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "council's",
    "court",
    "department",
    "directorate",
    "exchange",
    "federation",
    "federation's",
    "force",
    "forces",
    "foundation",
    "foundation's",
    "front",
    "fund",
    "gazette",
    "government",
    "group",
    "group's",
    "guardian",
    "herald",
    "holdings",
    "hospital",
    "house",
    "inc",
    "industries",
    "institute",
    "journal",
    "laboratory",
    "league",
    "library",
    "llc",
    "ltd",
    "media",
    "ministry",
    "motors",
    "movement",
    "museum",
    "navy",
    "network",
    "news",
    "observatory",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pictures",
    "plc",
    "police",
    "post",
    "press",
    "records",
    "regiment",
    "reuters",
    "school",
    "secretariat",
    "senate",
    "service",
    "services",
    "society",
    "studios",
    "taskforce",
    "telegraph",
    "times",
    "tribunal",
    "tribune",
    "trust",
    "union",
    "university",
];

const TRAILING_ORGANISATION_WORD: WordList =
    words!["alliance", "commission", "committee", "council", "group", "party", "taskforce"];

const NON_PERSON_WORD: WordList = words![
    "abbey",
    "accord",
    "act",
    "agreement",
    "airport",
    "album",
    "amendment",
    "arena",
    "avenue",
    "award",
    "awards",
    "base",
    "bay",
    "beach",
    "bill",
    "border",
    "brexit",
    "bridge",
    "building",
    "camp",
    "canyon",
    "castle",
    "cathedral",
    "caucuses",
    "central",
    "championship",
    "championships",
    "channel",
    "christmas",
    "city",
    "coast",
    "code",
    "constitution",
    "convention",
    "coronavirus",
    "county",
    "covid",
    "cup",
    "cyclone",
    "day",
    "desert",
    "disease",
    "district",
    "drive",
    "east",
    "easter",
    "eastern",
    "edition",
    "election",
    "facebook",
    "falls",
    "festival",
    "film",
    "forest",
    "games",
    "gardens",
    "god",
    "google",
    "gulf",
    "hall",
    "harbor",
    "harbour",
    "hotel",
    "hurricane",
    "index",
    "instagram",
    "internet",
    "island",
    "islands",
    "jesus",
    "kingdom",
    "lake",
    "lane",
    "law",
    "league",
    "medal",
    "mission",
    "model",
    "mosque",
    "mount",
    "mountain",
    "mountains",
    "new",
    "north",
    "northern",
    "ocean",
    "olympics",
    "operation",
    "palace",
    "park",
    "peninsula",
    "place",
    "plan",
    "port",
    "primaries",
    "primary",
    "prison",
    "prize",
    "program",
    "programme",
    "project",
    "province",
    "ramadan",
    "region",
    "report",
    "republic",
    "river",
    "road",
    "sea",
    "season",
    "series",
    "show",
    "south",
    "southern",
    "square",
    "stadium",
    "state",
    "states",
    "station",
    "storm",
    "strait",
    "street",
    "summit",
    "syndrome",
    "tax",
    "temple",
    "territory",
    "theater",
    "theatre",
    "tower",
    "treaty",
    "twitter",
    "typhoon",
    "united",
    "valley",
    "virus",
    "war",
    "way",
    "west",
    "western",
    "youtube",
    "zone",
];

const PLACE_PREPOSITION: WordList = words![
    "across",
    "around",
    "at",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "outside",
    "throughout",
    "to",
    "toward",
    "towards",
    "via",
];

const MONTH: WordList = words![
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

const WEEKDAY: WordList = words![
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "today",
    "tomorrow",
    "tonight",
    "tuesday",
    "wednesday",
    "yesterday",
];

const PARTICLE: WordList = words![
    "abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el",
    "ibn", "la", "le", "st", "ten", "ter", "van", "von", "zu",
];

const NAME_CONNECTOR: WordList = words!["&", "and", "for", "of", "on", "the"];

const FUNCTION_WORD: WordList = words![
    "a",
    "about",
    "according",
    "after",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "are",
    "as",
    "asked",
    "at",
    "authorities",
    "be",
    "because",
    "before",
    "between",
    "born",
    "both",
    "but",
    "by",
    "can",
    "could",
    "critics",
    "dear",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "early",
    "eight",
    "even",
    "every",
    "experts",
    "first",
    "five",
    "following",
    "for",
    "former",
    "four",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "last",
    "late",
    "later",
    "like",
    "many",
    "may",
    "meanwhile",
    "might",
    "more",
    "most",
    "must",
    "my",
    "next",
    "nine",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "officials",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "our",
    "over",
    "people",
    "per",
    "please",
    "police",
    "reportedly",
    "residents",
    "said",
    "says",
    "seven",
    "several",
    "she",
    "should",
    "since",
    "six",
    "so",
    "some",
    "sources",
    "speaking",
    "still",
    "such",
    "ten",
    "thanks",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "three",
    "through",
    "to",
    "toward",
    "towards",
    "two",
    "under",
    "unlike",
    "until",
    "upon",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "writing",
    "yes",
    "yet",
    "you",
    "your",
];

const ROLE_PHRASE_STOPS: WordList = words![
    "ask",
    "asks",
    "beat",
    "beats",
    "brother",
    "called",
    "colleague",
    "colleagues",
    "criticised",
    "criticized",
    "daughter",
    "defeat",
    "defeats",
    "defendant",
    "dubbed",
    "father",
    "fellow",
    "friend",
    "hear",
    "her",
    "his",
    "husband",
    "include",
    "included",
    "includes",
    "including",
    "let",
    "like",
    "meets",
    "met",
    "mother",
    "named",
    "nicknamed",
    "opponent",
    "praised",
    "predecessor",
    "rival",
    "rivals",
    "said",
    "saw",
    "says",
    "see",
    "sister",
    "slammed",
    "son",
    "successor",
    "suspect",
    "tells",
    "than",
    "thank",
    "thanked",
    "told",
    "urged",
    "urges",
    "v",
    "versus",
    "victim",
    "visit",
    "visited",
    "vs",
    "whom",
    "wife",
    "with",
];

const COMMON_ACRONYM: WordList = words![
    "ABC", "ACT", "AD", "AFP", "AI", "AIDS", "AM", "AP", "AUD", "BA", "BBC", "BC", "BMW", "BST", "CAD",
    "CBE", "CBS", "CCTV", "CD", "CDC", "CEO", "CEOs", "CET", "CFO", "CHF", "CIA", "CNN", "CNY", "CO2", "COO",
    "COVID", "CPU", "CTO", "DC", "DJ", "DNA", "DOJ", "DUP", "DVD", "ECB", "EDT", "EPA", "ESPN", "EST", "ET",
    "EU", "EUR", "FA", "FAQ", "FBI", "FDA", "FIFA", "FM", "FTSE", "GBP", "GDP", "GMT", "GOP", "GP", "GPS",
    "HBO", "HIV", "HQ", "HR", "IBM", "ICC", "ICJ", "ICU", "ID", "IMF", "INR", "IOC", "IPO", "IQ", "IRA",
    "ISIL", "ISIS", "ISS", "IT", "ITV", "JFK", "JPY", "Jr", "KC", "KGB", "LA", "LA's", "LAPD", "LCD", "LED",
    "LGBT", "LGBTQ", "MA", "MBA", "MBE", "MC", "MD", "MEP", "MEPs", "MERS", "MI5", "MI6", "MLB", "MP", "MPs",
    "MRI", "MSNBC", "MSP", "MSPs", "MTV", "NASA", "NATO", "NBA", "NBC", "NCAA", "NFL", "NGO", "NGOs", "NHL",
    "NHS", "NOK", "NPR", "NSA", "NSW", "NY", "NYC", "NYPD", "NYSE", "OBE", "OECD", "OK", "OMG", "OPEC",
    "PBS", "PC", "PDF", "PDT", "PGA", "PIN", "PM", "PR", "PST", "PhD", "QC", "RAF", "RIP", "RSS", "RUB",
    "SARS", "SEK", "SMS", "SNP", "SOS", "SUV", "Sr", "TB", "TD", "TNT", "TV", "UAE", "UEFA", "UFC", "UFO",
    "UK", "UKIP", "UN", "UNESCO", "UNICEF", "URL", "US", "USA", "USB", "USD", "USSR", "UTC", "UV", "VAT",
    "VIP", "VW", "WHO", "WTO", "WWE", "WiFi",
];

const TITLE_WORD: WordList = words![
    "agriculture",
    "air",
    "armed",
    "army",
    "attorney",
    "business",
    "cabinet",
    "chief",
    "city",
    "communities",
    "county",
    "culture",
    "defence",
    "defense",
    "digital",
    "district",
    "economic",
    "education",
    "emeritus",
    "energy",
    "environment",
    "europe",
    "european",
    "exchequer",
    "executive",
    "federal",
    "finance",
    "first",
    "fisheries",
    "forces",
    "foreign",
    "foreign-affairs",
    "general",
    "health",
    "high",
    "home",
    "house",
    "housing",
    "immigration",
    "interior",
    "junior",
    "justice",
    "lady",
    "lord",
    "majority",
    "minority",
    "national",
    "navy",
    "opposition",
    "party",
    "pensions",
    "permanent",
    "police",
    "policing",
    "prime",
    "principal",
    "private",
    "science",
    "security",
    "senior",
    "state",
    "supreme",
    "technology",
    "trade",
    "transport",
    "treasury",
    "veterans",
    "vice",
    "work",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert!(is_function_word("the") && !is_function_word("minister"));
        assert!(is_role_head("minister") && is_role_head("mp") && !is_role_head("gardener"));
        assert!(is_common_acronym("BBC") && !is_common_acronym("ISC"));
        assert_eq!(fold("Kaczyński"), "kaczynski");
    }
}
