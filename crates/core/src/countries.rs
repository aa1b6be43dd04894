//! ISO 3166-1 alpha-2 codes and English short names for the countries whose documents the
//! source families publish (the EU, EEA, candidate and neighbouring states). A document naming a
//! country that is not here fails to ingest with that name in the error, rather than being guessed.

const COUNTRIES: &[(&str, &str)] = &[
    ("AL", "Albania"),
    ("AD", "Andorra"),
    ("AM", "Armenia"),
    ("AT", "Austria"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BE", "Belgium"),
    ("BG", "Bulgaria"),
    ("BY", "Belarus"),
    ("CH", "Switzerland"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("EE", "Estonia"),
    ("ES", "Spain"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GB", "United Kingdom"),
    ("GE", "Georgia"),
    ("GR", "Greece"),
    ("HR", "Croatia"),
    ("HU", "Hungary"),
    ("IE", "Ireland"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("LI", "Liechtenstein"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MK", "North Macedonia"),
    ("MT", "Malta"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russian Federation"),
    ("SE", "Sweden"),
    ("SI", "Slovenia"),
    ("SK", "Slovakia"),
    ("SM", "San Marino"),
    ("TR", "Türkiye"),
    ("UA", "Ukraine"),
    ("XK", "Kosovo"),
];

/// Other spellings the documents use for the same country.
const ALIASES: &[(&str, &str)] = &[
    ("Czech Republic", "CZ"),
    ("The Netherlands", "NL"),
    ("Turkey", "TR"),
    ("UK", "GB"),
    ("Republic of Moldova", "MD"),
    ("Slovak Republic", "SK"),
    ("Republic of Cyprus", "CY"),
    ("Russia", "RU"),
    ("Republic of North Macedonia", "MK"),
    // The factsheets' name for North Macedonia up to 2019.
    ("former Yugoslav Republic of Macedonia", "MK"),
    ("Grand Duchy of Luxembourg", "LU"),
];

/// Bodies that publish or are published about like a country but are not one (EUROPAM has a
/// page for the European Commission), each with a code of its own: two capitals, so that it
/// names files and passes every check a country code does, taken from ISO 3166-1's
/// user-assigned range (X..) where ISO has none, so that it can never collide with a country's
/// (the Commission's usual abbreviation EC is Ecuador's code). EU is ISO's exceptionally
/// reserved code, the one the datasets' EU row already has.
const ENTITIES: &[(&str, &str)] = &[("XC", "European Commission"), ("EU", "European Union")];

/// The English name for an alpha-2 code or an entity's code (case-insensitive).
pub fn name_of(code: &str) -> Option<&'static str> {
    COUNTRIES.iter().chain(ENTITIES).find(|(c, _)| c.eq_ignore_ascii_case(code)).map(|(_, n)| *n)
}

/// Whether `code` is an entity's (XC the European Commission, EU the European Union): a body,
/// not a country.
pub fn is_entity(code: &str) -> bool {
    ENTITIES.iter().any(|(c, _)| c.eq_ignore_ascii_case(code))
}

/// The alpha-2 code for a country name as a document prints it (case-insensitive, trimmed; a
/// leading article is not part of the name: "eGovernment in the Czech Republic").
pub fn code_of(name: &str) -> Option<&'static str> {
    let find = |name: &str| {
        COUNTRIES
            .iter()
            .chain(ENTITIES)
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(c, _)| *c)
            .or_else(|| ALIASES.iter().find(|(a, _)| a.eq_ignore_ascii_case(name)).map(|(_, c)| *c))
    };
    let name = name.trim();
    find(name).or_else(|| ["the ", "The "].iter().find_map(|a| name.strip_prefix(a)).and_then(|n| find(n.trim())))
}

/// Every known country name, for finding mentions of other countries in a text.
pub fn all_names() -> impl Iterator<Item = (&'static str, &'static str)> {
    COUNTRIES.iter().map(|(c, n)| (*c, *n))
}

/// Whether `code` is a well-formed alpha-2 code that this table knows.
pub fn is_known(code: &str) -> bool {
    name_of(code).is_some()
}
