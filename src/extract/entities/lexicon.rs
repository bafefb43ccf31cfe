//! Word lists the entity patterns read. Kept in one place so a reader sees
//! every word that makes a decision; all lookups take lower-case words.

/// Honorifics kept as part of a name ("Sir Iain", "Mr Loughton"): they say a
/// person follows but are not a role.
pub fn is_honorific(lower: &str) -> bool {
    matches!(
        lower,
        "sir"
            | "dame"
            | "lord"
            | "lady"
            | "baroness"
            | "baron"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "dr"
            | "prof"
            | "professor"
            | "rev"
            | "reverend"
            | "messrs"
    )
}

/// Peerage honorifics after which "of Place" is a territorial designation
/// ("Lord Alton of Liverpool"), part of the mention but not of the name.
pub fn takes_territorial(lower: &str) -> bool {
    matches!(lower, "lord" | "lady" | "baroness" | "baron")
}

/// Nouns that head a role phrase: offices, posts and occupations.
pub fn is_role_head(lower: &str) -> bool {
    is_office_head(lower)
        || matches!(
            lower,
            "mp" | "mps"
                | "peer"
                | "crossbencher"
                | "member"
                | "senator"
                | "sen"
                | "congressman"
                | "congresswoman"
                | "representative"
                | "rep"
                | "lawmaker"
                | "legislator"
                | "councillor"
                | "councilman"
                | "councilwoman"
                | "councilor"
                | "politician"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "official"
                | "officer"
                | "adviser"
                | "advisor"
                | "aide"
                | "candidate"
                | "nominee"
                | "founder"
                | "co-founder"
                | "cofounder"
                | "editor"
                | "journalist"
                | "reporter"
                | "correspondent"
                | "analyst"
                | "researcher"
                | "scientist"
                | "professor"
                | "lawyer"
                | "attorney"
                | "prosecutor"
                | "economist"
                | "author"
                | "writer"
                | "novelist"
                | "actor"
                | "actress"
                | "singer"
                | "musician"
                | "rapper"
                | "designer"
                | "player"
                | "coach"
                | "manager"
                | "owner"
                | "diplomat"
                | "activist"
                | "advocate"
                | "campaigner"
                | "strategist"
                | "pilot"
                | "captain"
                | "detective"
                | "inspector"
                | "constable"
                | "sergeant"
                | "bishop"
                | "archbishop"
                | "cardinal"
                | "rabbi"
                | "imam"
                | "pastor"
                | "priest"
                | "physician"
                | "surgeon"
                | "doctor"
                | "nurse"
                | "engineer"
                | "entrepreneur"
                | "businessman"
                | "businesswoman"
                | "billionaire"
                | "investor"
                | "banker"
                | "executive"
                | "producer"
                | "director"
                | "comedian"
                | "presenter"
                | "broadcaster"
                | "host"
                | "astronaut"
                | "historian"
                | "philosopher"
                | "poet"
                | "artist"
                | "architect"
                | "economist's"
                | "columnist"
                | "blogger"
                | "lobbyist"
                | "consultant"
                | "partner"
                | "staffer"
                | "whistleblower"
                | "dissident"
                | "cleric"
                | "monarch"
                | "emperor"
                | "dictator"
                | "premier"
                | "deputy"
        )
}

/// Heads of offices that one person holds at a time: "the X" of these is a
/// singular office when it names a portfolio ("the foreign secretary").
pub fn is_office_head(lower: &str) -> bool {
    matches!(
        lower,
        "minister"
            | "secretary"
            | "president"
            | "chancellor"
            | "director"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "leader"
            | "governor"
            | "mayor"
            | "speaker"
            | "ceo"
            | "chief"
            | "head"
            | "commissioner"
            | "ambassador"
            | "envoy"
            | "judge"
            | "justice"
            | "general"
            | "commander"
            | "premier"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "whip"
            | "treasurer"
            | "registrar"
            | "superintendent"
            | "coordinator"
            | "counsel"
            | "auditor"
            | "ombudsman"
            | "secretary-general"
            | "vice-president"
            | "chief-executive"
            | "cfo"
            | "coo"
            | "cto"
            | "principal"
            | "dean"
            | "rector"
            | "provost"
            | "warden"
            | "sheriff"
            | "chieftain"
            | "cabinet"
    )
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
    matches!(
        lower,
        "party"
            | "committee"
            | "group"
            | "ministry"
            | "department"
            | "commission"
            | "court"
            | "council"
            | "alliance"
            | "taskforce"
            | "times"
            | "post"
            | "news"
            | "agency"
            | "association"
            | "union"
            | "bank"
            | "company"
            | "corporation"
            | "corp"
            | "inc"
            | "ltd"
            | "plc"
            | "llc"
            | "university"
            | "institute"
            | "foundation"
            | "organisation"
            | "organization"
            | "office"
            | "service"
            | "services"
            | "police"
            | "parliament"
            | "assembly"
            | "congress"
            | "senate"
            | "board"
            | "network"
            | "club"
            | "federation"
            | "society"
            | "trust"
            | "fund"
            | "authority"
            | "bureau"
            | "front"
            | "movement"
            | "coalition"
            | "caucus"
            | "army"
            | "navy"
            | "forces"
            | "force"
            | "school"
            | "college"
            | "hospital"
            | "church"
            | "journal"
            | "herald"
            | "telegraph"
            | "guardian"
            | "tribune"
            | "press"
            | "gazette"
            | "chronicle"
            | "reuters"
            | "cabinet"
            | "government"
            | "administration"
            | "airlines"
            | "airways"
            | "motors"
            | "industries"
            | "group's"
            | "foundation's"
            | "centre"
            | "center"
            | "laboratory"
            | "council's"
            | "tribunal"
            | "exchange"
            | "league"
            | "federation's"
            | "brigade"
            | "regiment"
            | "academy"
            | "museum"
            | "library"
            | "records"
            | "studios"
            | "pictures"
            | "broadcasting"
            | "house"
            | "directorate"
            | "secretariat"
            | "observatory"
            | "media"
            | "holdings"
    )
}

/// Lower-case organisation words that may follow a capitalised name and
/// complete it ("the Defending Democracy taskforce").
pub fn is_trailing_organisation_word(lower: &str) -> bool {
    matches!(lower, "taskforce" | "committee" | "group" | "party" | "alliance" | "council" | "commission")
}

/// Words in a capitalised sequence that make it a place, an event, a law or
/// a work rather than a person.
pub fn is_non_person_word(lower: &str) -> bool {
    matches!(
        lower,
        "city"
            | "valley"
            | "county"
            | "state"
            | "states"
            | "kingdom"
            | "republic"
            | "island"
            | "islands"
            | "street"
            | "road"
            | "avenue"
            | "square"
            | "river"
            | "lake"
            | "mount"
            | "mountain"
            | "mountains"
            | "province"
            | "region"
            | "coast"
            | "bay"
            | "beach"
            | "park"
            | "airport"
            | "station"
            | "bridge"
            | "hall"
            | "palace"
            | "stadium"
            | "hotel"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "united"
            | "new"
            | "medal"
            | "award"
            | "awards"
            | "prize"
            | "act"
            | "bill"
            | "day"
            | "war"
            | "cup"
            | "games"
            | "olympics"
            | "championship"
            | "championships"
            | "league"
            | "festival"
            | "summit"
            | "treaty"
            | "accord"
            | "agreement"
            | "convention"
            | "constitution"
            | "amendment"
            | "hurricane"
            | "storm"
            | "cyclone"
            | "typhoon"
            | "tower"
            | "building"
            | "castle"
            | "district"
            | "territory"
            | "peninsula"
            | "ocean"
            | "sea"
            | "gulf"
            | "desert"
            | "forest"
            | "canyon"
            | "falls"
            | "harbour"
            | "harbor"
            | "port"
            | "cathedral"
            | "abbey"
            | "temple"
            | "mosque"
            | "prison"
            | "base"
            | "camp"
            | "zone"
            | "border"
            | "strait"
            | "channel"
            | "lane"
            | "way"
            | "drive"
            | "place"
            | "gardens"
            | "arena"
            | "theatre"
            | "theater"
            | "facebook"
            | "twitter"
            | "google"
            | "youtube"
            | "instagram"
            | "covid"
            | "coronavirus"
            | "christmas"
            | "easter"
            | "ramadan"
            | "internet"
            | "god"
            | "jesus"
            | "brexit"
            | "election"
            | "primary"
            | "primaries"
            | "caucuses"
            | "series"
            | "season"
            | "edition"
            | "album"
            | "film"
            | "show"
            | "virus"
            | "disease"
            | "syndrome"
            | "model"
            | "project"
            | "program"
            | "programme"
            | "mission"
            | "operation"
            | "plan"
            | "report"
            | "index"
            | "code"
            | "law"
            | "tax"
    )
}

/// Prepositions after which a capitalised name is usually a place.
pub fn is_place_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "from"
            | "near"
            | "across"
            | "into"
            | "outside"
            | "throughout"
            | "to"
            | "inside"
            | "toward"
            | "towards"
            | "via"
            | "around"
    )
}

pub fn is_month(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

pub fn is_weekday(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "tonight"
            | "yesterday"
            | "tomorrow"
    )
}

/// Connectors allowed between capitalised words of one name: name particles
/// ("de Pulford", "al-Assad") and the small words of organisation names.
pub fn is_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "van"
            | "von"
            | "bin"
            | "bint"
            | "al"
            | "el"
            | "da"
            | "del"
            | "della"
            | "di"
            | "du"
            | "le"
            | "la"
            | "dos"
            | "das"
            | "der"
            | "den"
            | "ter"
            | "ten"
            | "zu"
            | "ibn"
            | "abu"
            | "st"
    )
}

pub fn is_name_connector(lower: &str) -> bool {
    matches!(lower, "of" | "and" | "on" | "for" | "the" | "&")
}

/// Function words and common sentence openers: a capitalised one at the
/// start of a sentence is not a name.
pub fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "by"
            | "with"
            | "from"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "so"
            | "yet"
            | "as"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "until"
            | "during"
            | "though"
            | "although"
            | "because"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "what"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "why"
            | "how"
            | "last"
            | "next"
            | "first"
            | "many"
            | "some"
            | "most"
            | "more"
            | "all"
            | "both"
            | "each"
            | "every"
            | "no"
            | "not"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "according"
            | "also"
            | "however"
            | "meanwhile"
            | "despite"
            | "under"
            | "over"
            | "about"
            | "among"
            | "against"
            | "between"
            | "through"
            | "without"
            | "within"
            | "upon"
            | "earlier"
            | "later"
            | "then"
            | "now"
            | "once"
            | "only"
            | "even"
            | "still"
            | "such"
            | "other"
            | "another"
            | "several"
            | "reportedly"
            | "instead"
            | "following"
            | "former"
            | "late"
            | "early"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "said"
            | "says"
            | "yes"
            | "like"
            | "per"
            | "unlike"
            | "towards"
            | "toward"
            | "into"
            | "onto"
            | "speaking"
            | "asked"
            | "writing"
            | "born"
            | "dear"
            | "please"
            | "thanks"
            | "officials"
            | "police"
            | "authorities"
            | "sources"
            | "critics"
            | "experts"
            | "residents"
            | "people"
    )
}

/// Words that end a title phrase when scanning left from a name: verbs and
/// small words that cannot be part of "former Tory leader".
pub fn stops_role_phrase(lower: &str) -> bool {
    if qualifier(lower).is_some() || is_role_head(lower) {
        return false;
    }
    is_function_word(lower)
        || matches!(
            lower,
            "says"
                | "said"
                | "told"
                | "tells"
                | "met"
                | "meets"
                | "with"
                | "named"
                | "called"
                | "like"
                | "including"
                | "includes"
                | "include"
                | "included"
                | "whom"
                | "dubbed"
                | "nicknamed"
                | "fellow"
                | "his"
                | "her"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
                | "father"
                | "mother"
                | "brother"
                | "sister"
                | "friend"
                | "colleague"
                | "colleagues"
                | "rival"
                | "rivals"
                | "opponent"
                | "successor"
                | "predecessor"
                | "victim"
                | "suspect"
                | "defendant"
                | "than"
                | "vs"
                | "versus"
                | "v"
                | "thank"
                | "thanked"
                | "praised"
                | "slammed"
                | "criticised"
                | "criticized"
                | "visit"
                | "visited"
                | "beat"
                | "beats"
                | "defeat"
                | "defeats"
                | "let"
                | "see"
                | "saw"
                | "hear"
                | "ask"
                | "asks"
                | "urged"
                | "urges"
        )
        || (lower.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing")))
}

/// Acronyms a general reader knows; never flagged as undefined.
pub fn is_common_acronym(acronym: &str) -> bool {
    matches!(
        acronym,
        "UK" | "US"
            | "USA"
            | "EU"
            | "UN"
            | "BBC"
            | "MP"
            | "MPs"
            | "NHS"
            | "FBI"
            | "CIA"
            | "NATO"
            | "NASA"
            | "CEO"
            | "CEOs"
            | "TV"
            | "PM"
            | "AM"
            | "GP"
            | "AI"
            | "DNA"
            | "HIV"
            | "AIDS"
            | "COVID"
            | "ID"
            | "OK"
            | "BC"
            | "AD"
            | "GDP"
            | "UFO"
            | "USB"
            | "PC"
            | "CNN"
            | "ITV"
            | "ABC"
            | "CBS"
            | "NBC"
            | "NFL"
            | "NBA"
            | "FIFA"
            | "UEFA"
            | "WHO"
            | "UNESCO"
            | "UNICEF"
            | "IMF"
            | "OPEC"
            | "NGO"
            | "NGOs"
            | "LGBT"
            | "LGBTQ"
            | "CCTV"
            | "SUV"
            | "IT"
            | "PR"
            | "QC"
            | "KC"
            | "OBE"
            | "MBE"
            | "CBE"
            | "GMT"
            | "UTC"
            | "BST"
            | "EST"
            | "EDT"
            | "PST"
            | "PDT"
            | "CET"
            | "SMS"
            | "URL"
            | "PDF"
            | "MRI"
            | "ICU"
            | "ISIS"
            | "ISIL"
            | "HQ"
            | "RAF"
            | "MEP"
            | "MEPs"
            | "MSP"
            | "MSPs"
            | "TD"
            | "SNP"
            | "DUP"
            | "UKIP"
            | "GOP"
            | "USSR"
            | "UAE"
            | "DC"
            | "NY"
            | "LA"
            | "OECD"
            | "WTO"
            | "IOC"
            | "ISS"
            | "EPA"
            | "CDC"
            | "FDA"
            | "NSA"
            | "DOJ"
            | "KGB"
            | "MI5"
            | "MI6"
            | "NYPD"
            | "LAPD"
            | "NPR"
            | "PBS"
            | "AP"
            | "AFP"
            | "ESPN"
            | "HBO"
            | "IBM"
            | "BMW"
            | "VW"
            | "CPU"
            | "GPS"
            | "PIN"
            | "VAT"
            | "IQ"
            | "PhD"
            | "MBA"
            | "BA"
            | "MA"
            | "MD"
            | "RIP"
            | "SOS"
            | "UFC"
            | "WWE"
            | "NHL"
            | "MLB"
            | "NCAA"
            | "PGA"
            | "FA"
            | "ICC"
            | "ICJ"
            | "ECB"
            | "IRA"
            | "FTSE"
            | "NYSE"
            | "IPO"
            | "CFO"
            | "CTO"
            | "COO"
            | "VIP"
            | "DJ"
            | "MC"
            | "OMG"
            | "FAQ"
            | "HR"
            | "RSS"
            | "WiFi"
            | "LED"
            | "LCD"
            | "CD"
            | "DVD"
            | "TB"
            | "UV"
            | "CO2"
            | "SARS"
            | "MERS"
            | "NYC"
            | "MSNBC"
            | "MTV"
            | "FM"
            | "ET"
            | "USD"
            | "GBP"
            | "EUR"
            | "JPY"
            | "CNY"
            | "AUD"
            | "CAD"
            | "INR"
            | "RUB"
            | "SEK"
            | "NOK"
            | "CHF"
            | "TNT"
            | "JFK"
            | "LA's"
            | "NSW"
            | "ACT"
            | "Jr"
            | "Sr"
    )
}

/// Capitalised portfolio words in titles: "Foreign Secretary", "Home Office Minister".
pub fn is_title_word(lower: &str) -> bool {
    matches!(
        lower,
        "prime"
            | "foreign"
            | "home"
            | "state"
            | "attorney"
            | "health"
            | "defence"
            | "defense"
            | "justice"
            | "interior"
            | "finance"
            | "security"
            | "education"
            | "trade"
            | "culture"
            | "transport"
            | "environment"
            | "energy"
            | "treasury"
            | "exchequer"
            | "chief"
            | "executive"
            | "first"
            | "vice"
            | "supreme"
            | "high"
            | "senior"
            | "junior"
            | "principal"
            | "private"
            | "permanent"
            | "cabinet"
            | "lord"
            | "lady"
            | "majority"
            | "minority"
            | "opposition"
            | "house"
            | "party"
            | "national"
            | "general"
            | "district"
            | "federal"
            | "county"
            | "city"
            | "police"
            | "army"
            | "navy"
            | "air"
            | "economic"
            | "immigration"
            | "housing"
            | "work"
            | "pensions"
            | "business"
            | "digital"
            | "science"
            | "technology"
            | "agriculture"
            | "fisheries"
            | "communities"
            | "policing"
            | "armed"
            | "forces"
            | "veterans"
            | "europe"
            | "european"
            | "foreign-affairs"
            | "emeritus"
    )
}

/// A name word folded for comparison: lower case, common Latin diacritics
/// and typographic apostrophes set aside, so "Kaczyński" = "Kaczynski" and
/// "O’Rourke" = "O'Rourke". Transliteration choices are not misspellings.
pub fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
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
        })
        .collect()
}
