//! The product's own words in English, French, German and Danish (issue 18, item 2): one table
//! per locale, the same fields in each, so that a missing translation does not compile. The
//! documents' and datasets' own text (a question, an indicator's name, a portal) is not here: it
//! stays in its language, and the views say which (`lang`), so that a screen reader reads it so.
//!
//! Templates hold `{name}` placeholders, filled by [`fill`]. Counts that need a singular and a
//! plural take a [`Plural`] (French counts 0 and 1 as singular, the other three 1 only).
//!
//! English is always compiled in. French, German and Danish are with the `locales` feature (the
//! command, the npm package, the prerenderer and snippets); the embed's builds leave them out
//! (issue 21: they were 17 KB gzip of every page's code) and read a [`LocalePack`], a small file
//! the loader fetches when an element's language asks for it (`lang-fr.govlens`, written by
//! `govlens locales`), registered with [`add_pack`].
use crate::codec::{payload, CorpusError, FileKind};
use crate::format::Locale;

/// A word or phrase in the singular and the plural.
#[derive(Debug, Clone, Copy, Default)]
#[allow(missing_docs)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `n` in `locale`.
    pub fn of(self, n: usize, locale: Locale) -> &'static str {
        let singular = match locale {
            Locale::Fr => n <= 1,
            _ => n == 1,
        };
        if singular {
            self.one
        } else {
            self.other
        }
    }
}

/// `{name}` placeholders replaced by their values.
///
/// ```
/// assert_eq!(govlens_core::i18n::fill("Show all {n} {what}", &[("n", "19"), ("what", "values")]), "Show all 19 values");
/// assert_eq!(govlens_core::i18n::fill("{name}, {year}", &[("name", "A {year} name"), ("year", "2024")]), "A {year} name, 2024");
/// ```
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    // One pass over the template: a value is never searched for placeholders (a name that
    // holds `{year}` stays as it is), and no copy is made per argument.
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| args.iter().find(|(k, _)| *k == &after[..close]).map(|(_, v)| (close, *v))) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a language file holds, read and written as one flat list of strings in field order:
/// serde's derive for the 200 fields of [`Words`] made the card build 2.7 KB gzip larger than
/// this, one line per field.
trait Strings: Sized {
    fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self>;
    /// Only `govlens locales` writes language files.
    #[cfg_attr(not(feature = "locales"), allow(dead_code))]
    fn write(&self, to: &mut Vec<&'static str>);
}

impl Strings for &'static str {
    fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self> {
        from.next().copied()
    }
    fn write(&self, to: &mut Vec<&'static str>) {
        to.push(self);
    }
}

impl Strings for Plural {
    fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self> {
        Some(Plural { one: Strings::read(from)?, other: Strings::read(from)? })
    }
    fn write(&self, to: &mut Vec<&'static str>) {
        to.extend([self.one, self.other]);
    }
}

impl<A: Strings, B: Strings> Strings for (A, B) {
    fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self> {
        Some((A::read(from)?, B::read(from)?))
    }
    fn write(&self, to: &mut Vec<&'static str>) {
        self.0.write(to);
        self.1.write(to);
    }
}

impl<A: Strings, B: Strings, C: Strings> Strings for (A, B, C) {
    fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self> {
        Some((A::read(from)?, B::read(from)?, C::read(from)?))
    }
    fn write(&self, to: &mut Vec<&'static str>) {
        self.0.write(to);
        self.1.write(to);
        self.2.write(to);
    }
}

impl<T: Strings + Copy + Default, const N: usize> Strings for [T; N] {
    fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self> {
        let mut out = [T::default(); N];
        for x in &mut out {
            *x = T::read(from)?;
        }
        Some(out)
    }
    fn write(&self, to: &mut Vec<&'static str>) {
        for x in self {
            x.write(to);
        }
    }
}

/// The [`Words`] struct, and its [`Strings`] in field order.
macro_rules! words_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])* pub struct $name { $($(#[$field_meta])* pub $field: $ty,)* }
        impl Strings for $name {
            fn read(from: &mut std::slice::Iter<'_, &'static str>) -> Option<Self> {
                Some($name { $($field: Strings::read(from)?,)* })
            }
            fn write(&self, to: &mut Vec<&'static str>) {
                $(self.$field.write(to);)*
            }
        }
    };
}

words_struct! {
/// Every fixed word the elements show, in one locale. A field's value in [`EN`] says what it
/// is (the views have always shown those words), so fields are documented only where it does not.
#[derive(Debug)]
#[allow(missing_docs)]
pub struct Words {
    // Around every chart and list.
    pub unknown: &'static str,
    pub source_lead: &'static str,
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub show_fewer: &'static str,
    /// `Show all {n} {what}`: `what` is a plural below.
    pub show_all: &'static str,
    pub sources_differ: &'static str,
    /// A citation's year: `{cite}; figure for {year}`.
    pub figure_for: &'static str,
    /// The short form: `{cite}, for {year}`.
    pub cite_for: &'static str,
    /// `rank {rank} of {of}` and the tie.
    pub rank: &'static str,
    pub tied: &'static str,
    pub and: &'static str,
    pub check_value: &'static str,
    pub check_passage: &'static str,
    pub incomplete: &'static str,

    // The card.
    pub card_label: &'static str,
    pub card_lead: &'static str,
    /// `{lead}, from {parts}`.
    pub card_from: &'static str,
    pub documents: Plural,
    pub datasets: Plural,
    pub basic_data: &'static str,
    pub basic_what: &'static str,
    pub basic_empty: &'static str,
    pub values_what: &'static str,
    pub years_what: &'static str,
    pub highlights_what: &'static str,
    /// Card groups: `(block, title, what "Show all" counts)`.
    pub groups: [(&'static str, &'static str, &'static str); 4],
    /// What each block holds, for the note of one asked for and empty (see `CARD_BLOCKS`).
    pub blocks: [(&'static str, &'static str); 11],
    pub block_missing: &'static str,
    pub ai_heading: &'static str,
    pub ai_untitled: &'static str,
    pub released: &'static str,
    pub europam_section: &'static str,
    pub europe_average: &'static str,
    pub europe_average_in: &'static str,
    pub benchmark_section: &'static str,
    pub eu_average: &'static str,
    pub eu_average_in: &'static str,
    pub msq_heading: &'static str,
    pub msq_counts: &'static str,
    pub not_covered: &'static str,
    /// `{title} ({n} countries)`.
    pub covers: &'static str,
    pub footer: &'static str,
    pub footer_gaps: &'static str,
    /// The basic facts' labels by fact key (the documents label them in English).
    pub facts: [(&'static str, &'static str); 19],
    /// Units the documents write in English.
    pub units: [(&'static str, &'static str); 10],
    /// January to December, for a release date the documents write `May 2019`.
    pub months: [&'static str; 12],

    // EUROPAM's chart.
    pub europam_title: &'static str,
    pub europam_description: &'static str,
    pub europam_caption: &'static str,
    pub europam_bars: &'static str,
    pub europam_source: &'static str,
    pub dimension: &'static str,
    pub year: &'static str,
    pub not_given: &'static str,
    pub choose: &'static str,
    pub choose_none: &'static str,
    pub sub_title: &'static str,
    pub sub_description: &'static str,
    pub sub_caption: &'static str,
    pub sub_source: &'static str,
    pub metric: &'static str,
    pub kind: &'static str,
    pub primary: &'static str,
    pub by_official: &'static str,
    pub year_not_established: &'static str,
    pub alternative_heading: &'static str,
    pub by_year: &'static str,
    pub undated: &'static str,
    /// A bar's accessible name: `{label} {numbers}, {subject} against the {reference}`.
    pub bar_describe: &'static str,
    pub avg: &'static str,

    // The benchmark.
    pub benchmark_title: &'static str,
    pub benchmark_description: &'static str,
    pub benchmark_caption: &'static str,
    pub benchmark_bars: &'static str,
    pub benchmark_measured: &'static str,
    pub group: &'static str,
    pub indicator: &'static str,
    pub growth: &'static str,
    pub measured: &'static str,
    pub change: &'static str,
    pub since: &'static str,
    pub badges: &'static str,
    pub or: &'static str,

    // The comparison.
    pub compare_title: &'static str,
    pub compare_description: &'static str,
    pub compare_counts: &'static str,
    pub only_differing: &'static str,
    pub skip_questions: &'static str,
    pub end_of_questions: &'static str,
    pub show_all_questions: &'static str,
    pub show_all_differing: &'static str,
    pub all_alike: &'static str,
    pub question: &'static str,
    pub answers_caption: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub not_in_corpus: &'static str,
    pub scores_title: &'static str,
    pub scores_description: &'static str,
    pub scores_source: &'static str,
    pub scores_caption: &'static str,
    pub score: &'static str,
    pub datasets_title: &'static str,
    pub datasets_description: &'static str,
    pub datasets_caption: &'static str,
    pub no_value_for: &'static str,

    // Search.
    pub search_title: &'static str,
    pub search_query: &'static str,
    pub search_placeholder: &'static str,
    pub country: &'static str,
    pub all_countries: &'static str,
    pub source: &'static str,
    pub all_sources: &'static str,
    pub searching: &'static str,
    pub search_idle: &'static str,
    pub no_match: &'static str,
    pub best_shown: &'static str,
    pub matches: Plural,
    pub ignored: &'static str,
    pub lines: &'static str,
    pub no_document: &'static str,

    // Rankings and trends.
    pub region: &'static str,
    pub rank_head: &'static str,
    pub value: &'static str,
    pub scale_ranked: &'static str,
    pub scale: &'static str,
    pub higher: &'static str,
    pub lower: &'static str,
    pub rank_title_lead: &'static str,
    pub rank_title_top: &'static str,
    pub in_place: &'static str,
    pub world_rank: &'static str,
    pub rank_highlight: &'static str,
    pub not_in_region: &'static str,
    pub no_value_in: &'static str,
    pub rank_description: &'static str,
    pub table_lists: &'static str,
    pub trend_title_one: &'static str,
    pub improved: &'static str,
    pub declined: &'static str,
    pub trend_change: &'static str,
    pub trend_description: &'static str,
    pub dashed: &'static str,
    pub no_values_for: &'static str,

    // Maps.
    pub map_area: &'static str,
    pub world: &'static str,
    pub europe: &'static str,
    pub no_value: &'static str,
    pub other_countries: &'static str,
    pub map_class: &'static str,
    pub off_map: &'static str,
    pub map_description: &'static str,

    // Error boxes: the titles readers see; the detail under them stays in English (`lang="en"`)
    // for the page's developer.
    pub problems: [(&'static str, &'static str); 24],
    pub cannot_show: &'static str,
}
}

/// A rank as the locale says it in a sentence: French ordinals (`1er`, `45e`, `=3e`); the
/// number as it is elsewhere (the templates say `Rang 3`, `nr. 3`).
pub fn ordinal(rank: &str, locale: Locale) -> String {
    match locale {
        Locale::Fr if rank.trim_start_matches('=') == "1" => format!("{rank}er"),
        Locale::Fr => format!("{rank}e"),
        _ => rank.to_string(),
    }
}

/// The words of a locale. In a build without the `locales` feature, a locale whose pack was
/// not added has English's: the embed's loader adds the pack before it mounts an element in that
/// language, and fails the element (`fetch-failed`, `corpus-invalid`) when it cannot.
pub fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        #[cfg(feature = "locales")]
        Locale::Fr => &FR,
        #[cfg(feature = "locales")]
        Locale::De => &DE,
        #[cfg(feature = "locales")]
        Locale::Da => &DA,
        #[cfg(not(feature = "locales"))]
        other => added(other).map_or(&EN, |p| &p.words),
    }
}

/// A locale's words and its country names as one file, for builds that compile only English in.
#[derive(Debug)]
pub struct LocalePack {
    /// Its locale's tag (`fr`).
    pub lang: &'static str,
    /// The elements' words.
    pub words: Words,
    /// Country and body names by code, as [`crate::countries::name_in`] gives them.
    pub names: Vec<(&'static str, &'static str)>,
}

impl LocalePack {
    /// Reads a language file's strings: its tag, how many strings its words are (so that a file
    /// of another govlens, whose words differ, is refused rather than read askew), the words in
    /// field order, then code and name pairs.
    pub fn from_strings(strings: &[&'static str]) -> Result<LocalePack, CorpusError> {
        let invalid = |what: String| CorpusError::Invalid(what);
        let mut from = strings.iter();
        let (Some(&lang), Some(count)) = (from.next(), from.next()) else {
            return Err(invalid("an empty language file".into()));
        };
        let before = from.len();
        let words = Words::read(&mut from).ok_or_else(|| invalid(format!("the {lang} language file ends inside its words")))?;
        let read = before - from.len();
        if count.parse() != Ok(read) {
            return Err(invalid(format!("the {lang} language file is from another govlens: it says {count} words, this govlens reads {read}")));
        }
        let rest = from.as_slice();
        if !rest.len().is_multiple_of(2) {
            return Err(invalid(format!("the {lang} language file has a country code without its name")));
        }
        Ok(LocalePack { lang, words, names: rest.chunks_exact(2).map(|p| (p[0], p[1])).collect() })
    }
}

/// The language file of `locale` (`lang-fr.govlens`): its words and country names. English has
/// none (it is in every build).
#[cfg(feature = "locales")]
pub fn pack(locale: Locale) -> Option<Vec<u8>> {
    let names = crate::countries::names_in(locale)?;
    let mut words = Vec::new();
    self::words(locale).write(&mut words);
    let count = words.len().to_string();
    let strings: Vec<&str> = [locale.tag(), count.as_str()].into_iter().chain(words).chain(names.iter().flat_map(|&(c, n)| [c, n])).collect();
    Some(crate::codec::encode_as(FileKind::Words, &strings))
}

#[cfg(not(feature = "locales"))]
static ADDED: [std::sync::OnceLock<&'static LocalePack>; 3] = [std::sync::OnceLock::new(), std::sync::OnceLock::new(), std::sync::OnceLock::new()];

/// `locale`'s place in [`ADDED`] (English has none: it is in every build).
#[cfg(not(feature = "locales"))]
fn slot(locale: Locale) -> Option<&'static std::sync::OnceLock<&'static LocalePack>> {
    match locale {
        Locale::En => None,
        Locale::Fr => Some(&ADDED[0]),
        Locale::De => Some(&ADDED[1]),
        Locale::Da => Some(&ADDED[2]),
    }
}

/// The pack added for `locale`, if any (English never has one).
#[cfg(not(feature = "locales"))]
pub(crate) fn added(locale: Locale) -> Option<&'static LocalePack> {
    slot(locale)?.get().copied()
}

/// Whether `locale`'s words are in this build or were added: what the loader asks before it
/// fetches a language file. A build with the `locales` feature has every language.
#[cfg(feature = "locales")]
pub fn has(_locale: Locale) -> bool {
    true
}

/// Whether `locale`'s words are in this build or were added: what the loader asks before it
/// fetches a language file.
#[cfg(not(feature = "locales"))]
pub fn has(locale: Locale) -> bool {
    locale == Locale::En || added(locale).is_some()
}

/// Adds a language file (`lang-fr.govlens`), checked as every govlens file is (signature,
/// version, kind, length, checksum) and as a language file (its words' count), and says which
/// locale it holds. A locale already in the build or added before is kept as it is. The file's
/// bytes are kept for the page's life: the words borrow from them.
pub fn add_pack(bytes: &[u8]) -> Result<Locale, CorpusError> {
    let body = payload(FileKind::Words, bytes)?;
    let strings: Vec<&str> = postcard::from_bytes(body).map_err(|e| CorpusError::Decode(e.to_string()))?;
    let lang = strings.first().copied().unwrap_or_default();
    let locale = Locale::from_tag(lang)
        .filter(|l| *l != Locale::En)
        .ok_or_else(|| CorpusError::Invalid(format!("a language file for '{lang}', which govlens has no words for")))?;
    if has(locale) {
        return Ok(locale);
    }
    #[cfg(not(feature = "locales"))]
    {
        let kept: &'static [u8] = Box::leak(body.to_vec().into_boxed_slice());
        let strings: Vec<&'static str> = postcard::from_bytes(kept).map_err(|e| CorpusError::Decode(e.to_string()))?;
        let pack = LocalePack::from_strings(&strings)?;
        if let Some(slot) = slot(locale) {
            let _ = slot.set(Box::leak(Box::new(pack)));
        }
    }
    Ok(locale)
}

impl Words {
    /// The label of a basic fact in this locale; `None` for a fact that is not one of them.
    pub fn fact(&self, key: &str) -> Option<&'static str> {
        self.facts.iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
    }

    /// A unit the documents write in English, in this locale; another as it is.
    pub fn unit<'a>(&self, unit: &'a str) -> &'a str {
        self.units.iter().find(|(k, _)| *k == unit).map_or(unit, |(_, l)| *l)
    }

    /// `May 2019` in this locale (`mai 2019`, `Mai 2019`, `maj 2019`); other text as it is.
    pub fn month_year(&self, text: &str) -> String {
        let mut parts = text.split_whitespace();
        if let (Some(m), Some(y), None) = (parts.next(), parts.next(), parts.next()) {
            if let Some(i) = EN.months.iter().position(|e| e.eq_ignore_ascii_case(m)) {
                if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) {
                    return format!("{} {y}", self.months[i]);
                }
            }
        }
        text.to_string()
    }

    /// An error box's title in this locale: the English title looked up (a `{tag}` element
    /// name kept); one without a translation stays English.
    pub fn problem(&self, title: &str) -> Option<String> {
        let find = |key: &str| self.problems.iter().find(|(k, _)| *k == key).map(|(_, l)| *l);
        if let Some(l) = find(title) {
            return Some(l.to_string());
        }
        let (tag, rest) = title.split_once(' ').filter(|(t, _)| t.starts_with("govlens-"))?;
        find(&format!("{{tag}} {rest}")).map(|l| l.replace("{tag}", tag))
    }
}

const MONTHS_EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// The English units, in the order every table gives them.
const UNIT_KEYS: [&str; 10] = ["inhabitants", "million Euros", "Euros", "years", "per 100 people", "% of total", "index (1-7)", "2011 PPP $", "km²", "%"];

/// The English titles of the problems an element can show, `{tag}` for the element's name.
const PROBLEM_KEYS: [&str; 24] = [
    "{tag} needs a country",
    "Unknown country",
    "Unknown framework",
    "govlens-compare needs two or more countries",
    "Cannot compare",
    "No EUROPAM scores",
    "No eGovernment Benchmark",
    "Unknown dimension",
    "Unknown card section",
    "Unknown comparison section",
    "Unusable limit",
    "The search could not run",
    "Unknown year",
    "No datasets",
    "Unknown indicator",
    "{tag} needs an indicator",
    "Not ranked",
    "No values",
    "Unknown region",
    "Not a number",
    "govlens-trend needs countries",
    "Unknown reference",
    "Unknown map area",
    "No map shapes",
];

/// The card's block names, [`crate::views::card::CARD_BLOCKS`]'s.
const BLOCK_KEYS: [&str; 11] = firsts(crate::views::card::CARD_BLOCKS);

/// `labels` paired with `keys`, in order: a table with a label more or less does not compile.
const fn keyed<const N: usize>(keys: &[&'static str], labels: [&'static str; N]) -> [(&'static str, &'static str); N] {
    assert!(keys.len() == N, "one label per key");
    let mut out = [("", ""); N];
    let mut i = 0;
    while i < N {
        out[i] = (keys[i], labels[i]);
        i += 1;
    }
    out
}

/// The first of each pair.
const fn firsts<const N: usize>(pairs: &[(&'static str, &'static str)]) -> [&'static str; N] {
    assert!(pairs.len() == N, "one key per pair");
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = pairs[i].0;
        i += 1;
    }
    out
}

/// English: the words the elements have always shown.
pub const EN: Words = Words {
    unknown: "unknown",
    source_lead: "Source: ",
    show_table: "Show as table",
    show_chart: "Show as chart",
    download_csv: "Download CSV",
    download_svg: "Download SVG",
    download_png: "Download PNG",
    show_fewer: "Show fewer",
    show_all: "Show all {n} {what}",
    sources_differ: "sources differ",
    figure_for: "{cite}; figure for {year}",
    cite_for: "{cite}, for {year}",
    rank: "rank {rank} of {of}",
    tied: ", tied",
    and: "and",
    check_value: "Check this value: {detail}.",
    check_passage: "Check this passage: {detail}.",
    incomplete: "Possibly incomplete: the document appears cut off after line {line}, so this text may stop mid-way.",

    card_label: "{name}: digital government facts",
    card_lead: "Digital government and public accountability",
    card_from: "{lead}, from {parts}",
    documents: Plural { one: "source document", other: "source documents" },
    datasets: Plural { one: "public dataset", other: "public datasets" },
    basic_data: "Basic data",
    basic_what: "basic facts",
    basic_empty: "None in the corpus: no DPA factsheet or EUROPAM page for {name} yet.",
    values_what: "values",
    years_what: "years",
    highlights_what: "highlights",
    groups: [
        ("portals", "Portals", "portals"),
        ("bodies", "Bodies in charge of e-government", "bodies in charge of e-government"),
        ("cio", "Chief Information Officer", "chief information officer"),
        ("strategies", "Strategies", "strategies"),
    ],
    blocks: keyed(&BLOCK_KEYS, [
        "dataset values",
        "series over the years",
        "basic data",
        "portals",
        "bodies in charge of e-government",
        "Chief Information Officer",
        "strategies",
        "AI strategy",
        "EUROPAM scores",
        "eGovernment Benchmark scores",
        "UN questionnaire answers",
    ]),
    block_missing: "No {what} for {name} in the corpus.",
    ai_heading: "AI strategy",
    ai_untitled: "National AI strategy (the page does not give its title)",
    released: " (released {when})",
    europam_section: "Public accountability (EUROPAM, 0-100)",
    europe_average: "European average",
    europe_average_in: "European average",
    benchmark_section: "eGovernment Benchmark, overall scores",
    eu_average: "EU27+ average",
    eu_average_in: "EU27+ average",
    msq_heading: "UN E-Government Survey questionnaire",
    msq_counts: "{n} questions: {yes} yes, {no} no, {unknown} unknown",
    not_covered: "Not covered by: {list}.",
    covers: "{title} ({n} countries)",
    footer: "{n} values for {name} could not be established from the documents and are not shown.",
    footer_gaps: " {n} dataset cells hold no value (empty, marked missing, or 0 for \"not assessed\") and are not shown either.",
    facts: keyed(crate::views::BASIC_FACTS, [
        "Population",
        "GDP at market prices",
        "GDP per inhabitant in PPS (Purchasing Power Standard EU 27=100)",
        "GDP growth rate",
        "Inflation rate",
        "Unemployment rate",
        "General government gross debt (Percentage of GDP)",
        "General government deficit/surplus (Percentage of GDP)",
        "Area",
        "Capital city",
        "Official EU languages",
        "Currency",
        "Income group",
        "GNI per capita (2011 PPP $)",
        "Urban population (% of total)",
        "Internet users (per 100 people)",
        "Life expectancy at birth (years)",
        "Mean years of schooling (years)",
        "Global Competitiveness Index",
    ]),
    units: keyed(&UNIT_KEYS, ["inhabitants", "million Euros", "Euros", "years", "per 100 people", "% of total", "index (1-7)", "2011 PPP $", "km²", "%"]),
    months: MONTHS_EN,

    europam_title: "Public accountability in {name}: EUROPAM scores",
    europam_description: "Bar chart of {name}'s EUROPAM headline scores on a scale of 0 to 100, each against the European average: {parts}.",
    europam_caption: "EUROPAM headline scores, {name}",
    europam_bars: "EUROPAM headline scores, {name}; choose a bar to see its sub-metrics",
    europam_source: "{title}, {publisher} ({document}), scores for {years}",
    dimension: "Dimension",
    year: "Year",
    not_given: "not given",
    choose: "Sub-metrics of ",
    choose_none: "choose a dimension",
    sub_title: "{dimension}: sub-metrics, {first}–{last}",
    sub_description: "Dot charts of {name}'s {dimension} sub-metrics from {first} to {last}, 0 to 100. {summary}.",
    sub_caption: "{dimension} sub-metrics by year",
    sub_source: "{title}, {publisher} ({document}), {dimension} sub-metrics {first}-{last}",
    metric: "Metric",
    kind: "Kind",
    primary: "Primary",
    by_official: "By official",
    year_not_established: "Year not established",
    alternative_heading: "By type of official (alternative metrics)",
    by_year: "{metric} by year",
    undated: "{value} (year not established: {years})",
    bar_describe: "{label} {numbers}, {subject} against the {reference}",
    avg: "avg",

    benchmark_title: "{name} in the eGovernment Benchmark",
    benchmark_description: "Bar charts of {name}'s eGovernment Benchmark indicators (0 to 100) against the EU27+ average. {parts}.",
    benchmark_caption: "eGovernment Benchmark, {name}",
    benchmark_bars: "{group}: {name} against the EU27+ average",
    benchmark_measured: ", measured {period}",
    group: "Group",
    indicator: "Indicator",
    growth: "Growth",
    measured: "Measured",
    change: "change",
    since: "{change} since {period}",
    badges: "{example} beside a score: its change in points since {periods}, as the factsheet gives it.",
    or: "or",

    compare_title: "{names}: the UN e-government questionnaire compared",
    compare_description: "{n} questions of the UN E-Government Survey questionnaire, answered yes, no or unknown. {counts}.",
    compare_counts: "{name}: {yes} yes, {no} no, {unknown} unknown",
    only_differing: "Only questions answered differently ({n} of {of})",
    skip_questions: "Skip the questions",
    end_of_questions: "End of the questions",
    show_all_questions: "Show all {n} questions",
    show_all_differing: "Show all {n} questions answered differently",
    all_alike: "The countries answer all {n} questions alike.",
    question: "Question",
    answers_caption: "UN questionnaire answers by country",
    yes: "yes",
    no: "no",
    not_in_corpus: "not in corpus",
    scores_title: "{names}: headline scores",
    scores_description: "EUROPAM and eGovernment Benchmark headline scores per country; a dash where the corpus has no such document for a country.",
    scores_source: "EUROPAM country pages and DPA factsheets, latest year each",
    scores_caption: "Headline scores by country",
    score: "Score",
    datasets_title: "{names}: the datasets' indicators",
    datasets_description: "{n} indicators of {datasets} public datasets, each in the latest year any of these countries has a value, with its rank where the dataset ranks it; a dash where a country has no value that year.",
    datasets_caption: "Dataset indicators by country",
    no_value_for: "— no value for {year}",

    search_title: "Search the documents",
    search_query: "Search",
    search_placeholder: "e.g. digital identity, open data",
    country: "Country",
    all_countries: "All countries",
    source: "Source",
    all_sources: "All sources",
    searching: "Searching…",
    search_idle: "Type to search the documents.",
    no_match: "No passage matches “{query}”.",
    best_shown: "{n} passages match; the best {shown} are shown.",
    matches: Plural { one: "{n} passage matches.", other: "{n} passages match." },
    ignored: " Ignored: {words}.",
    lines: "{document}, lines {start}-{end}",
    no_document: "The corpus has no document of {name}, so no passage can be about it; {n} {datasets} cover {name}: its card (country=\"{code}\") shows their values.",

    region: "Region",
    rank_head: "Rank",
    value: "Value",
    scale_ranked: "Scale {scale}, {better} is better. Aggregates are not ranked; ties share a rank (=).",
    scale: "Scale {scale}, {better} is better.",
    higher: "higher",
    lower: "lower",
    rank_title_lead: "{label}, {year}: {name} ranks {rank} of {n}{place}",
    rank_title_top: "{label}, {year}: {name} leads {n} countries{place}",
    in_place: " in {region}",
    world_rank: "world rank {rank}",
    rank_highlight: "{name}: rank {rank} of {n}{place} ({value})",
    not_in_region: "{name} is in {region}, not in {chosen}",
    no_value_in: "{name} has no value for {indicator} in {year}",
    rank_description: "{n} countries{place} ranked by {indicator} in {year}, best first: {list}.",
    table_lists: " The table lists every country.",
    trend_title_one: "{name}'s {indicator} {change} from {from} to {to}",
    improved: "improved",
    declined: "declined",
    trend_change: "{name} {from} in {y0} to {to} in {y1}",
    trend_description: "{label} from {y0} to {y1}: {changes}.",
    dashed: " Dashed: {name}, as the data gives it.",
    no_values_for: " No values for {names}.",

    map_area: "Map",
    world: "World",
    europe: "Europe",
    no_value: "No value for {year}",
    other_countries: "Other countries",
    map_class: "{range} ({n})",
    off_map: "Not drawn on this map (no shape at its scale): {list}.",
    map_description: "A map of {n} countries coloured by {indicator} in {year}, a shade per class from the lowest to the highest; countries per class: {classes}.",

    problems: keyed(&PROBLEM_KEYS, [
        "{tag} needs a country",
        "Unknown country",
        "Unknown framework",
        "govlens-compare needs two or more countries",
        "Cannot compare",
        "No EUROPAM scores",
        "No eGovernment Benchmark",
        "Unknown dimension",
        "Unknown card section",
        "Unknown comparison section",
        "Unusable limit",
        "The search could not run",
        "Unknown year",
        "No datasets",
        "Unknown indicator",
        "{tag} needs an indicator",
        "Not ranked",
        "No values",
        "Unknown region",
        "Not a number",
        "govlens-trend needs countries",
        "Unknown reference",
        "Unknown map area",
        "No map shapes",
    ]),
    cannot_show: "This figure cannot be shown.",
};

/// French, as a newsroom in Luxembourg or France writes it: a space before `:`, guillemets.
#[cfg(feature = "locales")]
pub const FR: Words = Words {
    unknown: "inconnu",
    source_lead: "Source\u{a0}: ",
    show_table: "Afficher le tableau",
    show_chart: "Afficher le graphique",
    download_csv: "Télécharger en CSV",
    download_svg: "Télécharger en SVG",
    download_png: "Télécharger en PNG",
    show_fewer: "Afficher moins",
    show_all: "Afficher les {n} {what}",
    sources_differ: "les sources divergent",
    figure_for: "{cite}\u{202f}; chiffre de {year}",
    cite_for: "{cite}, chiffre de {year}",
    rank: "{rank} sur {of}",
    tied: ", ex æquo",
    and: "et",
    check_value: "Valeur à vérifier\u{a0}: {detail}.",
    check_passage: "Passage à vérifier\u{a0}: {detail}.",
    incomplete: "Peut-être incomplet\u{a0}: le document semble s'interrompre après la ligne {line}, ce texte peut donc s'arrêter en cours de route.",

    card_label: "{name}\u{a0}: l'administration numérique en chiffres",
    card_lead: "Administration numérique et redevabilité publique",
    card_from: "{lead}, d'après {parts}",
    documents: Plural { one: "document source", other: "documents sources" },
    datasets: Plural { one: "jeu de données public", other: "jeux de données publics" },
    basic_data: "Données de base",
    basic_what: "données de base",
    basic_empty: "Aucune dans le corpus\u{a0}: pas encore de fiche DPA ni de page EUROPAM pour ce pays ({name}).",
    values_what: "valeurs",
    years_what: "années",
    highlights_what: "points clés",
    groups: [
        ("portals", "Portails", "portails"),
        ("bodies", "Organismes chargés de l'administration numérique", "organismes"),
        ("cio", "Responsable des systèmes d'information de l'État", "entrées"),
        ("strategies", "Stratégies", "stratégies"),
    ],
    blocks: keyed(&BLOCK_KEYS, [
        "valeurs des jeux de données",
        "séries annuelles",
        "données de base",
        "portails",
        "organismes chargés de l'administration numérique",
        "responsable des systèmes d'information de l'État",
        "stratégies",
        "stratégie d'IA",
        "scores EUROPAM",
        "scores de l'eGovernment Benchmark",
        "réponses au questionnaire des Nations unies",
    ]),
    block_missing: "Le corpus ne contient rien pour {name} dans cette rubrique\u{a0}: {what}.",
    ai_heading: "Stratégie d'IA",
    ai_untitled: "Stratégie nationale d'IA (la page n'en donne pas le titre)",
    released: " (publiée en {when})",
    europam_section: "Redevabilité publique (EUROPAM, 0-100)",
    europe_average: "Moyenne européenne",
    europe_average_in: "moyenne européenne",
    benchmark_section: "eGovernment Benchmark, scores globaux",
    eu_average: "Moyenne UE27+",
    eu_average_in: "moyenne UE27+",
    msq_heading: "Questionnaire de l'enquête des Nations unies sur l'administration en ligne",
    msq_counts: "{n} questions\u{a0}: {yes} oui, {no} non, {unknown} inconnues",
    not_covered: "Non couvert par\u{a0}: {list}.",
    covers: "{title} ({n} pays)",
    footer: "{n} valeurs pour {name} n'ont pas pu être établies à partir des documents et ne sont pas affichées.",
    footer_gaps: " {n} cellules des jeux de données ne contiennent aucune valeur (vides, marquées comme manquantes ou 0 pour « non évalué ») et ne sont pas affichées non plus.",
    facts: keyed(crate::views::BASIC_FACTS, [
        "Population",
        "PIB aux prix du marché",
        "PIB par habitant en SPA (standard de pouvoir d'achat, UE 27 = 100)",
        "Taux de croissance du PIB",
        "Taux d'inflation",
        "Taux de chômage",
        "Dette publique brute (en % du PIB)",
        "Déficit ou excédent public (en % du PIB)",
        "Superficie",
        "Capitale",
        "Langues officielles de l'UE",
        "Monnaie",
        "Catégorie de revenu",
        "RNB par habitant (PPA, $ de 2011)",
        "Population urbaine (en % du total)",
        "Internautes (pour 100 personnes)",
        "Espérance de vie à la naissance (années)",
        "Durée moyenne de scolarisation (années)",
        "Indice de compétitivité mondiale",
    ]),
    units: keyed(&UNIT_KEYS, ["habitants", "millions d'euros", "euros", "ans", "pour 100 personnes", "% du total", "indice (1-7)", "$ PPA de 2011", "km²", "%"]),
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],

    europam_title: "Redevabilité publique, {name}\u{a0}: scores EUROPAM",
    europam_description: "Diagramme en barres des scores principaux EUROPAM, {name}, sur une échelle de 0 à 100, chacun comparé à la moyenne européenne\u{a0}: {parts}.",
    europam_caption: "Scores principaux EUROPAM, {name}",
    europam_bars: "Scores principaux EUROPAM, {name}\u{202f}; choisissez une barre pour voir ses sous-indicateurs",
    europam_source: "{title}, {publisher} ({document}), scores de {years}",
    dimension: "Dimension",
    year: "Année",
    not_given: "non indiquée",
    choose: "Sous-indicateurs\u{a0}: ",
    choose_none: "choisir une dimension",
    sub_title: "{dimension}\u{a0}: sous-indicateurs, {first}–{last}",
    sub_description: "Graphiques à points des sous-indicateurs « {dimension} », {name}, de {first} à {last}, de 0 à 100. {summary}.",
    sub_caption: "Sous-indicateurs « {dimension} » par année",
    sub_source: "{title}, {publisher} ({document}), sous-indicateurs « {dimension} » {first}-{last}",
    metric: "Indicateur",
    kind: "Type",
    primary: "Principal",
    by_official: "Par responsable",
    year_not_established: "Année non établie",
    alternative_heading: "Par type de responsable (indicateurs alternatifs)",
    by_year: "{metric} par année",
    undated: "{value} (année non établie\u{a0}: {years})",
    bar_describe: "{label} {numbers}, {subject} comparé à\u{a0}: {reference}",
    avg: "moy.",

    benchmark_title: "{name} dans l'eGovernment Benchmark",
    benchmark_description: "Diagrammes en barres des indicateurs de l'eGovernment Benchmark, {name} (de 0 à 100), comparés à la moyenne UE27+. {parts}.",
    benchmark_caption: "eGovernment Benchmark, {name}",
    benchmark_bars: "{group}\u{a0}: {name} comparé à la moyenne UE27+",
    benchmark_measured: ", mesuré en {period}",
    group: "Groupe",
    indicator: "Indicateur",
    growth: "Évolution",
    measured: "Période de mesure",
    change: "évolution",
    since: "{change} depuis {period}",
    badges: "{example} à côté d'un score\u{a0}: son évolution en points depuis {periods}, telle que la donne la fiche.",
    or: "ou",

    compare_title: "{names}\u{a0}: le questionnaire des Nations unies sur l'administration en ligne comparé",
    compare_description: "{n} questions du questionnaire de l'enquête des Nations unies sur l'administration en ligne, avec pour réponse oui, non ou inconnu. {counts}.",
    compare_counts: "{name}\u{a0}: {yes} oui, {no} non, {unknown} inconnues",
    only_differing: "Seulement les questions aux réponses différentes ({n} sur {of})",
    skip_questions: "Passer les questions",
    end_of_questions: "Fin des questions",
    show_all_questions: "Afficher les {n} questions",
    show_all_differing: "Afficher les {n} questions aux réponses différentes",
    all_alike: "Les pays répondent de la même façon aux {n} questions.",
    question: "Question",
    answers_caption: "Réponses au questionnaire des Nations unies par pays",
    yes: "oui",
    no: "non",
    not_in_corpus: "absent du corpus",
    scores_title: "{names}\u{a0}: scores principaux",
    scores_description: "Scores principaux EUROPAM et eGovernment Benchmark par pays\u{202f}; un tiret lorsque le corpus n'a pas ce document pour un pays.",
    scores_source: "Pages pays EUROPAM et fiches DPA, dernière année de chacune",
    scores_caption: "Scores principaux par pays",
    score: "Score",
    datasets_title: "{names}\u{a0}: les indicateurs des jeux de données",
    datasets_description: "{n} indicateurs de {datasets} jeux de données publics, chacun pour la dernière année où l'un de ces pays a une valeur, avec son rang lorsque le jeu de données en donne un\u{202f}; un tiret lorsqu'un pays n'a pas de valeur cette année-là.",
    datasets_caption: "Indicateurs des jeux de données par pays",
    no_value_for: "— pas de valeur pour {year}",

    search_title: "Rechercher dans les documents",
    search_query: "Rechercher",
    search_placeholder: "p. ex. identité numérique, données ouvertes",
    country: "Pays",
    all_countries: "Tous les pays",
    source: "Source",
    all_sources: "Toutes les sources",
    searching: "Recherche en cours…",
    search_idle: "Saisissez des mots pour rechercher dans les documents.",
    no_match: "Aucun passage ne correspond à « {query} ».",
    best_shown: "{n} passages correspondent\u{202f}; les {shown} plus pertinents sont affichés.",
    matches: Plural { one: "{n} passage correspond.", other: "{n} passages correspondent." },
    ignored: " Ignorés\u{a0}: {words}.",
    lines: "{document}, lignes {start} à {end}",
    no_document: "Le corpus ne contient aucun document sur ce pays ({name})\u{a0}: aucun passage ne peut donc en parler\u{202f}; {n} {datasets} le couvrent et sa fiche (country=\"{code}\") en montre les valeurs.",

    region: "Région",
    rank_head: "Rang",
    value: "Valeur",
    scale_ranked: "Échelle {scale}, plus la valeur est {better}, mieux c'est. Les agrégats ne sont pas classés\u{202f}; les ex æquo partagent un rang (=).",
    scale: "Échelle {scale}, plus la valeur est {better}, mieux c'est.",
    higher: "élevée",
    lower: "basse",
    rank_title_lead: "{label}, {year}\u{a0}: {name} est {rank} sur {n}{place}",
    rank_title_top: "{label}, {year}\u{a0}: {name} en tête de {n} pays{place}",
    in_place: " ({region})",
    world_rank: "{rank} au niveau mondial",
    rank_highlight: "{name}\u{a0}: {rank} sur {n}{place} ({value})",
    not_in_region: "{name} fait partie de la région {region}, pas de la région {chosen}",
    no_value_in: "{name} n'a pas de valeur pour {indicator} en {year}",
    rank_description: "{n} pays{place} classés selon {indicator} en {year}, du meilleur au moins bon\u{a0}: {list}.",
    table_lists: " Le tableau liste tous les pays.",
    trend_title_one: "{indicator}, {name}\u{a0}: {change} de {from} à {to}",
    improved: "amélioration",
    declined: "recul",
    trend_change: "{name}\u{a0}: {from} en {y0}, {to} en {y1}",
    trend_description: "{label} de {y0} à {y1}\u{a0}: {changes}.",
    dashed: " En pointillés\u{a0}: {name}, tel que le donnent les données.",
    no_values_for: " Aucune valeur pour\u{a0}: {names}.",

    map_area: "Carte",
    world: "Monde",
    europe: "Europe",
    no_value: "Pas de valeur pour {year}",
    other_countries: "Autres pays",
    map_class: "{range} ({n})",
    off_map: "Absents de cette carte (pas de tracé à cette échelle)\u{a0}: {list}.",
    map_description: "Carte de {n} pays colorés selon leur {indicator} en {year}, une teinte par classe, de la plus basse à la plus haute\u{202f}; nombre de pays par classe\u{a0}: {classes}.",

    problems: keyed(&PROBLEM_KEYS, [
        "{tag}\u{a0}: aucun pays indiqué",
        "Pays inconnu",
        "Référentiel inconnu",
        "govlens-compare\u{a0}: il faut au moins deux pays",
        "Comparaison impossible",
        "Aucun score EUROPAM",
        "Pas d'eGovernment Benchmark",
        "Dimension inconnue",
        "Rubrique de fiche inconnue",
        "Rubrique de comparaison inconnue",
        "Limite inutilisable",
        "La recherche n'a pas pu aboutir",
        "Année inconnue",
        "Aucun jeu de données",
        "Indicateur inconnu",
        "{tag}\u{a0}: aucun indicateur indiqué",
        "Non classé",
        "Aucune valeur",
        "Région inconnue",
        "Pas un nombre",
        "govlens-trend\u{a0}: aucun pays indiqué",
        "Référence inconnue",
        "Carte inconnue",
        "Aucun fond de carte",
    ]),
    cannot_show: "Ce graphique ne peut pas être affiché.",
};

/// German, as a German, Austrian or Luxembourgish newsroom writes it: „…“ quotes.
#[cfg(feature = "locales")]
pub const DE: Words = Words {
    unknown: "unbekannt",
    source_lead: "Quelle: ",
    show_table: "Als Tabelle zeigen",
    show_chart: "Als Grafik zeigen",
    download_csv: "CSV herunterladen",
    download_svg: "SVG herunterladen",
    download_png: "PNG herunterladen",
    show_fewer: "Weniger zeigen",
    show_all: "Alle {n} {what} zeigen",
    sources_differ: "Quellen weichen ab",
    figure_for: "{cite}; Wert für {year}",
    cite_for: "{cite}, Stand {year}",
    rank: "Rang {rank} von {of}",
    tied: ", gleichauf",
    and: "und",
    check_value: "Wert prüfen: {detail}.",
    check_passage: "Textstelle prüfen: {detail}.",
    incomplete: "Möglicherweise unvollständig: Das Dokument scheint nach Zeile {line} abzubrechen, dieser Text kann also mittendrin enden.",

    card_label: "{name}: Fakten zur digitalen Verwaltung",
    card_lead: "Digitale Verwaltung und öffentliche Rechenschaft",
    card_from: "{lead}, aus {parts}",
    documents: Plural { one: "Quelldokument", other: "Quelldokumenten" },
    datasets: Plural { one: "öffentlichen Datensatz", other: "öffentlichen Datensätzen" },
    basic_data: "Basisdaten",
    basic_what: "Basisdaten",
    basic_empty: "Keine im Korpus: noch kein DPA-Factsheet und keine EUROPAM-Seite für {name}.",
    values_what: "Werte",
    years_what: "Jahre",
    highlights_what: "Schwerpunkte",
    groups: [
        ("portals", "Portale", "Portale"),
        ("bodies", "Zuständige Stellen für E-Government", "Stellen"),
        ("cio", "IT-Beauftragte der Regierung (CIO)", "Einträge"),
        ("strategies", "Strategien", "Strategien"),
    ],
    blocks: keyed(&BLOCK_KEYS, [
        "Werte aus Datensätzen",
        "Zeitreihen",
        "Basisdaten",
        "Portale",
        "zuständige Stellen für E-Government",
        "IT-Beauftragte der Regierung (CIO)",
        "Strategien",
        "KI-Strategie",
        "EUROPAM-Werte",
        "Werte des eGovernment Benchmark",
        "Antworten im UN-Fragebogen",
    ]),
    block_missing: "Der Korpus enthält für {name} nichts zu: {what}.",
    ai_heading: "KI-Strategie",
    ai_untitled: "Nationale KI-Strategie (die Seite nennt ihren Titel nicht)",
    released: " (veröffentlicht {when})",
    europam_section: "Öffentliche Rechenschaft (EUROPAM, 0–100)",
    europe_average: "Europäischer Durchschnitt",
    europe_average_in: "europäischer Durchschnitt",
    benchmark_section: "eGovernment Benchmark, Gesamtwerte",
    eu_average: "Durchschnitt EU27+",
    eu_average_in: "Durchschnitt EU27+",
    msq_heading: "Fragebogen der E-Government-Umfrage der Vereinten Nationen",
    msq_counts: "{n} Fragen: {yes} ja, {no} nein, {unknown} unbekannt",
    not_covered: "Nicht erfasst von: {list}.",
    covers: "{title} ({n} Länder)",
    footer: "{n} Werte für {name} ließen sich aus den Dokumenten nicht feststellen und werden nicht gezeigt.",
    footer_gaps: " {n} Zellen der Datensätze enthalten keinen Wert (leer, als fehlend markiert oder 0 für „nicht bewertet“) und werden ebenfalls nicht gezeigt.",
    facts: keyed(crate::views::BASIC_FACTS, [
        "Bevölkerung",
        "BIP zu Marktpreisen",
        "BIP pro Kopf in KKS (Kaufkraftstandard, EU 27 = 100)",
        "Wachstumsrate des BIP",
        "Inflationsrate",
        "Arbeitslosenquote",
        "Bruttoschuldenstand des Staates (in % des BIP)",
        "Öffentliches Defizit/Überschuss (in % des BIP)",
        "Fläche",
        "Hauptstadt",
        "Amtssprachen der EU",
        "Währung",
        "Einkommensgruppe",
        "BNE pro Kopf (KKP, $ von 2011)",
        "Stadtbevölkerung (in % der Gesamtbevölkerung)",
        "Internetnutzer (je 100 Personen)",
        "Lebenserwartung bei Geburt (Jahre)",
        "Durchschnittliche Schulbesuchsdauer (Jahre)",
        "Global Competitiveness Index",
    ]),
    units: keyed(&UNIT_KEYS, ["Einwohner", "Mio. Euro", "Euro", "Jahre", "je 100 Personen", "% der Gesamtzahl", "Index (1–7)", "$ KKP von 2011", "km²", "%"]),
    months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],

    europam_title: "Öffentliche Rechenschaft in {name}: EUROPAM-Werte",
    europam_description: "Balkendiagramm der EUROPAM-Hauptwerte für {name} auf einer Skala von 0 bis 100, jeweils im Vergleich zum europäischen Durchschnitt: {parts}.",
    europam_caption: "EUROPAM-Hauptwerte, {name}",
    europam_bars: "EUROPAM-Hauptwerte, {name}; einen Balken wählen, um seine Teilindikatoren zu sehen",
    europam_source: "{title}, {publisher} ({document}), Werte für {years}",
    dimension: "Dimension",
    year: "Jahr",
    not_given: "nicht angegeben",
    choose: "Teilindikatoren: ",
    choose_none: "Dimension wählen",
    sub_title: "{dimension}: Teilindikatoren, {first}–{last}",
    sub_description: "Punktdiagramme der Teilindikatoren „{dimension}“ für {name} von {first} bis {last}, 0 bis 100. {summary}.",
    sub_caption: "Teilindikatoren „{dimension}“ nach Jahr",
    sub_source: "{title}, {publisher} ({document}), Teilindikatoren „{dimension}“ {first}–{last}",
    metric: "Indikator",
    kind: "Art",
    primary: "Haupt",
    by_official: "Nach Amtsträger",
    year_not_established: "Jahr nicht festgestellt",
    alternative_heading: "Nach Art des Amtsträgers (alternative Indikatoren)",
    by_year: "{metric} nach Jahr",
    undated: "{value} (Jahr nicht festgestellt: {years})",
    bar_describe: "{label} {numbers}, {subject} im Vergleich zu: {reference}",
    avg: "Ø",

    benchmark_title: "{name} im eGovernment Benchmark",
    benchmark_description: "Balkendiagramme der Indikatoren des eGovernment Benchmark für {name} (0 bis 100) im Vergleich zum Durchschnitt EU27+. {parts}.",
    benchmark_caption: "eGovernment Benchmark, {name}",
    benchmark_bars: "{group}: {name} im Vergleich zum Durchschnitt EU27+",
    benchmark_measured: ", gemessen {period}",
    group: "Gruppe",
    indicator: "Indikator",
    growth: "Veränderung",
    measured: "Gemessen",
    change: "Veränderung",
    since: "{change} seit {period}",
    badges: "{example} neben einem Wert: seine Veränderung in Punkten seit {periods}, wie das Factsheet sie angibt.",
    or: "oder",

    compare_title: "{names}: der UN-Fragebogen zum E-Government im Vergleich",
    compare_description: "{n} Fragen des Fragebogens der E-Government-Umfrage der Vereinten Nationen, beantwortet mit ja, nein oder unbekannt. {counts}.",
    compare_counts: "{name}: {yes} ja, {no} nein, {unknown} unbekannt",
    only_differing: "Nur unterschiedlich beantwortete Fragen ({n} von {of})",
    skip_questions: "Fragen überspringen",
    end_of_questions: "Ende der Fragen",
    show_all_questions: "Alle {n} Fragen zeigen",
    show_all_differing: "Alle {n} unterschiedlich beantworteten Fragen zeigen",
    all_alike: "Die Länder beantworten alle {n} Fragen gleich.",
    question: "Frage",
    answers_caption: "Antworten im UN-Fragebogen nach Land",
    yes: "ja",
    no: "nein",
    not_in_corpus: "nicht im Korpus",
    scores_title: "{names}: Hauptwerte",
    scores_description: "Hauptwerte von EUROPAM und eGovernment Benchmark je Land; ein Strich, wo der Korpus für ein Land kein solches Dokument hat.",
    scores_source: "EUROPAM-Länderseiten und DPA-Factsheets, jeweils das letzte Jahr",
    scores_caption: "Hauptwerte nach Land",
    score: "Wert",
    datasets_title: "{names}: die Indikatoren der Datensätze",
    datasets_description: "{n} Indikatoren aus {datasets} öffentlichen Datensätzen, jeweils im letzten Jahr, für das eines dieser Länder einen Wert hat, mit Rang, wo der Datensatz einen angibt; ein Strich, wo ein Land in dem Jahr keinen Wert hat.",
    datasets_caption: "Indikatoren der Datensätze nach Land",
    no_value_for: "— kein Wert für {year}",

    search_title: "In den Dokumenten suchen",
    search_query: "Suchen",
    search_placeholder: "z. B. digitale Identität, offene Daten",
    country: "Land",
    all_countries: "Alle Länder",
    source: "Quelle",
    all_sources: "Alle Quellen",
    searching: "Suche läuft …",
    search_idle: "Suchbegriffe eingeben, um in den Dokumenten zu suchen.",
    no_match: "Keine Textstelle passt zu „{query}“.",
    best_shown: "{n} Textstellen passen; die {shown} besten werden gezeigt.",
    matches: Plural { one: "{n} Textstelle passt.", other: "{n} Textstellen passen." },
    ignored: " Nicht berücksichtigt: {words}.",
    lines: "{document}, Zeilen {start}–{end}",
    no_document: "Der Korpus hat kein Dokument zu {name}, daher kann keine Textstelle davon handeln; {n} {datasets} erfassen {name}: die Karte (country=\"{code}\") zeigt ihre Werte.",

    region: "Region",
    rank_head: "Rang",
    value: "Wert",
    scale_ranked: "Skala {scale}, {better} ist besser. Aggregate werden nicht gereiht; Gleichstände teilen sich einen Rang (=).",
    scale: "Skala {scale}, {better} ist besser.",
    higher: "höher",
    lower: "niedriger",
    rank_title_lead: "{label}, {year}: {name} auf Rang {rank} von {n}{place}",
    rank_title_top: "{label}, {year}: {name} führt {n} Länder an{place}",
    in_place: " ({region})",
    world_rank: "weltweit Rang {rank}",
    rank_highlight: "{name}: Rang {rank} von {n}{place} ({value})",
    not_in_region: "{name} liegt in der Region {region}, nicht in {chosen}",
    no_value_in: "{name} hat für {indicator} im Jahr {year} keinen Wert",
    rank_description: "{n} Länder{place} nach {indicator} im Jahr {year}, die besten zuerst: {list}.",
    table_lists: " Die Tabelle listet alle Länder.",
    trend_title_one: "{indicator} in {name}: {change} von {from} auf {to}",
    improved: "verbessert",
    declined: "verschlechtert",
    trend_change: "{name} {from} im Jahr {y0}, {to} im Jahr {y1}",
    trend_description: "{label} von {y0} bis {y1}: {changes}.",
    dashed: " Gestrichelt: {name}, wie die Daten es angeben.",
    no_values_for: " Keine Werte für {names}.",

    map_area: "Karte",
    world: "Welt",
    europe: "Europa",
    no_value: "Kein Wert für {year}",
    other_countries: "Andere Länder",
    map_class: "{range} ({n})",
    off_map: "Nicht auf dieser Karte (in diesem Maßstab ohne Umriss): {list}.",
    map_description: "Karte von {n} Ländern, eingefärbt nach {indicator} {year}, ein Farbton je Klasse von der niedrigsten bis zur höchsten; Länder je Klasse: {classes}.",

    problems: keyed(&PROBLEM_KEYS, [
        "{tag}: kein Land angegeben",
        "Unbekanntes Land",
        "Unbekanntes Bewertungssystem",
        "govlens-compare braucht mindestens zwei Länder",
        "Vergleich nicht möglich",
        "Keine EUROPAM-Werte",
        "Kein eGovernment Benchmark",
        "Unbekannte Dimension",
        "Unbekannter Abschnitt der Karte",
        "Unbekannter Abschnitt des Vergleichs",
        "Unbrauchbares Limit",
        "Die Suche konnte nicht ausgeführt werden",
        "Unbekanntes Jahr",
        "Keine Datensätze",
        "Unbekannter Indikator",
        "{tag}: kein Indikator angegeben",
        "Nicht gereiht",
        "Keine Werte",
        "Unbekannte Region",
        "Keine Zahl",
        "govlens-trend: keine Länder angegeben",
        "Unbekannte Referenz",
        "Unbekannte Karte",
        "Keine Kartengrundlage",
    ]),
    cannot_show: "Diese Grafik kann nicht angezeigt werden.",
};

/// Danish, as a Danish newsroom writes it: »…« quotes.
#[cfg(feature = "locales")]
pub const DA: Words = Words {
    unknown: "ukendt",
    source_lead: "Kilde: ",
    show_table: "Vis som tabel",
    show_chart: "Vis som diagram",
    download_csv: "Hent CSV",
    download_svg: "Hent SVG",
    download_png: "Hent PNG",
    show_fewer: "Vis færre",
    show_all: "Vis alle {n} {what}",
    sources_differ: "kilderne er uenige",
    figure_for: "{cite}; tal for {year}",
    cite_for: "{cite}, tal for {year}",
    rank: "nr. {rank} af {of}",
    tied: ", delt",
    and: "og",
    check_value: "Kontrollér denne værdi: {detail}.",
    check_passage: "Kontrollér denne passage: {detail}.",
    incomplete: "Muligvis ufuldstændig: dokumentet ser ud til at være afskåret efter linje {line}, så teksten kan stoppe midt i.",

    card_label: "{name}: fakta om digital forvaltning",
    card_lead: "Digital forvaltning og offentlig ansvarlighed",
    card_from: "{lead}, fra {parts}",
    documents: Plural { one: "kildedokument", other: "kildedokumenter" },
    datasets: Plural { one: "offentligt datasæt", other: "offentlige datasæt" },
    basic_data: "Grunddata",
    basic_what: "grunddata",
    basic_empty: "Ingen i korpusset: endnu intet DPA-faktaark eller EUROPAM-side for {name}.",
    values_what: "værdier",
    years_what: "år",
    highlights_what: "hovedpunkter",
    groups: [
        ("portals", "Portaler", "portaler"),
        ("bodies", "Myndigheder med ansvar for digital forvaltning", "myndigheder"),
        ("cio", "Statens it-chef (CIO)", "oplysninger"),
        ("strategies", "Strategier", "strategier"),
    ],
    blocks: keyed(&BLOCK_KEYS, [
        "værdier fra datasæt",
        "tidsserier",
        "grunddata",
        "portaler",
        "myndigheder med ansvar for digital forvaltning",
        "statens it-chef (CIO)",
        "strategier",
        "AI-strategi",
        "EUROPAM-scorer",
        "eGovernment Benchmark-scorer",
        "svar i FN-spørgeskemaet",
    ]),
    block_missing: "Korpusset har intet om {what} for {name}.",
    ai_heading: "AI-strategi",
    ai_untitled: "National AI-strategi (siden angiver ikke titlen)",
    released: " (udgivet {when})",
    europam_section: "Offentlig ansvarlighed (EUROPAM, 0-100)",
    europe_average: "Europæisk gennemsnit",
    europe_average_in: "europæisk gennemsnit",
    benchmark_section: "eGovernment Benchmark, samlede scorer",
    eu_average: "Gennemsnit EU27+",
    eu_average_in: "gennemsnit EU27+",
    msq_heading: "Spørgeskema til FN's undersøgelse af digital forvaltning",
    msq_counts: "{n} spørgsmål: {yes} ja, {no} nej, {unknown} ukendt",
    not_covered: "Ikke dækket af: {list}.",
    covers: "{title} ({n} lande)",
    footer: "{n} værdier for {name} kunne ikke fastslås ud fra dokumenterne og vises ikke.",
    footer_gaps: " {n} celler i datasættene har ingen værdi (tomme, markeret som manglende eller 0 for »ikke vurderet«) og vises heller ikke.",
    facts: keyed(crate::views::BASIC_FACTS, [
        "Befolkning",
        "BNP i markedspriser",
        "BNP pr. indbygger i KKS (købekraftstandard, EU 27 = 100)",
        "BNP-vækst",
        "Inflation",
        "Arbejdsløshed",
        "Offentlig bruttogæld (i % af BNP)",
        "Offentligt underskud/overskud (i % af BNP)",
        "Areal",
        "Hovedstad",
        "Officielle EU-sprog",
        "Valuta",
        "Indkomstgruppe",
        "BNI pr. indbygger (KKP, $ i 2011-priser)",
        "Bybefolkning (% af alle)",
        "Internetbrugere (pr. 100 personer)",
        "Forventet levetid ved fødslen (år)",
        "Gennemsnitligt antal skoleår (år)",
        "Global Competitiveness Index",
    ]),
    units: keyed(&UNIT_KEYS, ["indbyggere", "mio. euro", "euro", "år", "pr. 100 personer", "% af alle", "indeks (1-7)", "$ KKP i 2011-priser", "km²", "%"]),
    months: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],

    europam_title: "Offentlig ansvarlighed i {name}: EUROPAM-scorer",
    europam_description: "Søjlediagram over EUROPAM-hovedscorer for {name} på en skala fra 0 til 100, hver sammenlignet med det europæiske gennemsnit: {parts}.",
    europam_caption: "EUROPAM-hovedscorer, {name}",
    europam_bars: "EUROPAM-hovedscorer, {name}; vælg en søjle for at se dens delindikatorer",
    europam_source: "{title}, {publisher} ({document}), scorer for {years}",
    dimension: "Dimension",
    year: "År",
    not_given: "ikke angivet",
    choose: "Delindikatorer: ",
    choose_none: "vælg en dimension",
    sub_title: "{dimension}: delindikatorer, {first}-{last}",
    sub_description: "Punktdiagrammer over delindikatorerne for »{dimension}« for {name} fra {first} til {last}, 0 til 100. {summary}.",
    sub_caption: "Delindikatorer for »{dimension}« efter år",
    sub_source: "{title}, {publisher} ({document}), delindikatorer for »{dimension}« {first}-{last}",
    metric: "Indikator",
    kind: "Type",
    primary: "Primær",
    by_official: "Efter embedsperson",
    year_not_established: "År ikke fastslået",
    alternative_heading: "Efter type embedsperson (alternative indikatorer)",
    by_year: "{metric} efter år",
    undated: "{value} (år ikke fastslået: {years})",
    bar_describe: "{label} {numbers}, {subject} sammenlignet med: {reference}",
    avg: "gns.",

    benchmark_title: "{name} i eGovernment Benchmark",
    benchmark_description: "Søjlediagrammer over eGovernment Benchmark-indikatorer for {name} (0 til 100) sammenlignet med gennemsnittet for EU27+. {parts}.",
    benchmark_caption: "eGovernment Benchmark, {name}",
    benchmark_bars: "{group}: {name} sammenlignet med gennemsnittet for EU27+",
    benchmark_measured: ", målt {period}",
    group: "Gruppe",
    indicator: "Indikator",
    growth: "Ændring",
    measured: "Målt",
    change: "ændring",
    since: "{change} siden {period}",
    badges: "{example} ved siden af en score: dens ændring i point siden {periods}, som faktaarket angiver den.",
    or: "eller",

    compare_title: "{names}: FN's spørgeskema om digital forvaltning sammenlignet",
    compare_description: "{n} spørgsmål fra spørgeskemaet til FN's undersøgelse af digital forvaltning, besvaret ja, nej eller ukendt. {counts}.",
    compare_counts: "{name}: {yes} ja, {no} nej, {unknown} ukendt",
    only_differing: "Kun spørgsmål, der er besvaret forskelligt ({n} af {of})",
    skip_questions: "Spring spørgsmålene over",
    end_of_questions: "Slut på spørgsmålene",
    show_all_questions: "Vis alle {n} spørgsmål",
    show_all_differing: "Vis alle {n} spørgsmål, der er besvaret forskelligt",
    all_alike: "Landene besvarer alle {n} spørgsmål ens.",
    question: "Spørgsmål",
    answers_caption: "Svar i FN-spørgeskemaet efter land",
    yes: "ja",
    no: "nej",
    not_in_corpus: "ikke i korpusset",
    scores_title: "{names}: hovedscorer",
    scores_description: "Hovedscorer fra EUROPAM og eGovernment Benchmark pr. land; en streg, hvor korpusset ikke har et sådant dokument for et land.",
    scores_source: "EUROPAM-landesider og DPA-faktaark, seneste år for hver",
    scores_caption: "Hovedscorer efter land",
    score: "Score",
    datasets_title: "{names}: datasættenes indikatorer",
    datasets_description: "{n} indikatorer fra {datasets} offentlige datasæt, hver i det seneste år, hvor et af landene har en værdi, med placering, hvor datasættet angiver en; en streg, hvor et land ingen værdi har det år.",
    datasets_caption: "Datasættenes indikatorer efter land",
    no_value_for: "— ingen værdi for {year}",

    search_title: "Søg i dokumenterne",
    search_query: "Søg",
    search_placeholder: "f.eks. digital identitet, åbne data",
    country: "Land",
    all_countries: "Alle lande",
    source: "Kilde",
    all_sources: "Alle kilder",
    searching: "Søger …",
    search_idle: "Skriv for at søge i dokumenterne.",
    no_match: "Ingen passage passer til »{query}«.",
    best_shown: "{n} passager passer; de {shown} bedste vises.",
    matches: Plural { one: "{n} passage passer.", other: "{n} passager passer." },
    ignored: " Ignoreret: {words}.",
    lines: "{document}, linje {start}-{end}",
    no_document: "Korpusset har intet dokument om {name}, så ingen passage kan handle om landet; {n} {datasets} dækker {name}: landets kort (country=\"{code}\") viser deres værdier.",

    region: "Region",
    rank_head: "Placering",
    value: "Værdi",
    scale_ranked: "Skala {scale}, {better} er bedre. Aggregater rangeres ikke; lige placeringer deles (=).",
    scale: "Skala {scale}, {better} er bedre.",
    higher: "højere",
    lower: "lavere",
    rank_title_lead: "{label}, {year}: {name} er nr. {rank} af {n}{place}",
    rank_title_top: "{label}, {year}: {name} fører blandt {n} lande{place}",
    in_place: " ({region})",
    world_rank: "nr. {rank} i verden",
    rank_highlight: "{name}: nr. {rank} af {n}{place} ({value})",
    not_in_region: "{name} ligger i {region}, ikke i {chosen}",
    no_value_in: "{name} har ingen værdi for {indicator} i {year}",
    rank_description: "{n} lande{place} rangeret efter {indicator} i {year}, bedste først: {list}.",
    table_lists: " Tabellen viser alle lande.",
    trend_title_one: "{indicator} for {name}: {change} fra {from} til {to}",
    improved: "forbedret",
    declined: "forværret",
    trend_change: "{name} {from} i {y0} til {to} i {y1}",
    trend_description: "{label} fra {y0} til {y1}: {changes}.",
    dashed: " Stiplet: {name}, som dataene angiver det.",
    no_values_for: " Ingen værdier for {names}.",

    map_area: "Kort",
    world: "Verden",
    europe: "Europa",
    no_value: "Ingen værdi for {year}",
    other_countries: "Andre lande",
    map_class: "{range} ({n})",
    off_map: "Ikke tegnet på dette kort (intet omrids i denne målestok): {list}.",
    map_description: "Kort over {n} lande farvet efter {indicator} i {year}, én nuance pr. klasse fra den laveste til den højeste; lande pr. klasse: {classes}.",

    problems: keyed(&PROBLEM_KEYS, [
        "{tag}: intet land angivet",
        "Ukendt land",
        "Ukendt ramme",
        "govlens-compare skal have mindst to lande",
        "Kan ikke sammenligne",
        "Ingen EUROPAM-scorer",
        "Ingen eGovernment Benchmark",
        "Ukendt dimension",
        "Ukendt afsnit på kortet",
        "Ukendt afsnit i sammenligningen",
        "Ubrugelig grænse",
        "Søgningen kunne ikke gennemføres",
        "Ukendt år",
        "Ingen datasæt",
        "Ukendt indikator",
        "{tag}: ingen indikator angivet",
        "Ikke rangeret",
        "Ingen værdier",
        "Ukendt region",
        "Ikke et tal",
        "govlens-trend: ingen lande angivet",
        "Ukendt reference",
        "Ukendt kort",
        "Intet kortgrundlag",
    ]),
    cannot_show: "Denne figur kan ikke vises.",
};

#[cfg(all(test, feature = "locales"))]
mod tests {
    use super::*;

    fn read_pack(file: &[u8]) -> LocalePack {
        let body: &'static [u8] = Box::leak(payload(FileKind::Words, file).unwrap().to_vec().into_boxed_slice());
        let strings: Vec<&'static str> = postcard::from_bytes(body).unwrap();
        LocalePack::from_strings(&strings).unwrap()
    }

    /// A language file holds every word of its locale and its country names, and is checked as
    /// every govlens file is: what `govlens locales` writes is what an English-only build reads.
    #[test]
    fn a_language_file_holds_its_locales_words_and_names() {
        for (locale, words, denmark) in [(Locale::Fr, &FR, "Danemark"), (Locale::De, &DE, "Dänemark"), (Locale::Da, &DA, "Danmark")] {
            let file = pack(locale).expect("a language file");
            assert_eq!(add_pack(&file), Ok(locale));
            let read = read_pack(&file);
            assert_eq!(read.lang, locale.tag());
            // Every field, as the build's own table has it.
            assert_eq!(format!("{:?}", read.words), format!("{words:?}"));
            assert!(read.names.contains(&("DK", denmark)), "{locale:?}");
            assert_eq!(read.names.len(), 252, "{locale:?}: 250 codes of i18n-iso-countries and 2 bodies");
        }
        let fr = pack(Locale::Fr).unwrap();
        assert!(fr.len() < 13_000, "{} bytes", fr.len());
        let read = read_pack(&fr);
        assert_eq!(read.words.basic_data, "Données de base");
        assert!(read.names.contains(&("XC", "Commission européenne")));
        assert_eq!(pack(Locale::En), None, "English is in every build");

        let mut damaged = fr.clone();
        let n = damaged.len();
        damaged[n - 5] ^= 0xff;
        assert!(matches!(add_pack(&damaged), Err(CorpusError::Corrupted { .. })));
        assert!(matches!(add_pack(&fr[..40]), Err(CorpusError::Truncated { .. })));
        assert_eq!(add_pack(b"<!doctype html>"), Err(CorpusError::Foreign));
        assert!(matches!(add_pack(&crate::codec::encode_as(FileKind::Shard, &["fr"])), Err(CorpusError::WrongKind { .. })));
        assert_eq!(
            add_pack(&crate::codec::encode_as(FileKind::Words, &vec!["lb"])),
            Err(CorpusError::Invalid("a language file for 'lb', which govlens has no words for".into()))
        );
        assert!(matches!(add_pack(&crate::codec::encode_as(FileKind::Words, &vec!["en"])), Err(CorpusError::Invalid(_))));
        // A file of another govlens, whose words differ, is refused, not read askew.
        let strings = |n: usize| -> Vec<&'static str> { ["fr", "3"].into_iter().chain(std::iter::repeat_n("mot", n)).collect() };
        assert_eq!(
            LocalePack::from_strings(&strings(500)).map(|p| p.lang),
            Err(CorpusError::Invalid("the fr language file is from another govlens: it says 3 words, this govlens reads 307".into()))
        );
        assert_eq!(LocalePack::from_strings(&strings(5)).map(|p| p.lang), Err(CorpusError::Invalid("the fr language file ends inside its words".into())));
        assert_eq!(LocalePack::from_strings(&[]).map(|p| p.lang), Err(CorpusError::Invalid("an empty language file".into())));
    }

    #[test]
    fn every_locale_translates_every_problem_and_fact() {
        for l in Locale::ALL {
            let w = words(l);
            assert_eq!(w.problem("govlens-card needs a country").map(|t| t.contains("govlens-card")), Some(true), "{l:?}");
            assert!(w.problem("Unknown country").is_some());
            assert_eq!(w.facts.iter().map(|(k, _)| *k).collect::<Vec<_>>(), crate::views::BASIC_FACTS.to_vec());
            assert_eq!(w.blocks.iter().map(|(k, _)| *k).collect::<Vec<_>>(), crate::views::card::CARD_BLOCKS.iter().map(|(k, _)| *k).collect::<Vec<_>>());
        }
        assert_eq!(FR.problem("govlens-scores needs a country").as_deref(), Some("govlens-scores\u{a0}: aucun pays indiqué"));
        assert_eq!(DE.problem("Unknown country").as_deref(), Some("Unbekanntes Land"));
        assert_eq!(DA.problem("No such thing"), None);
        assert_eq!(DA.problem("govlens-compare needs two or more countries").as_deref(), Some("govlens-compare skal have mindst to lande"));
    }

    /// Every title the views give a problem in a literal is in the table, so that no reader of
    /// a French page meets an English error title (a new title without its translations fails
    /// here).
    #[test]
    fn every_problem_title_the_views_write_is_translated() {
        let sources = [
            include_str!("views/mod.rs"),
            include_str!("views/card.rs"),
            include_str!("views/compare.rs"),
            include_str!("views/europam.rs"),
            include_str!("views/benchmark.rs"),
            include_str!("views/ranking.rs"),
            include_str!("views/map.rs"),
            include_str!("views/trend.rs"),
            include_str!("views/search.rs"),
        ];
        let mut titles = Vec::new();
        for src in sources {
            for (i, _) in src.match_indices("Problem::new(") {
                let rest = src[i + "Problem::new(".len()..].trim_start();
                if let Some(lit) = rest.strip_prefix('"') {
                    titles.push(lit[..lit.find('"').unwrap()].to_string());
                }
            }
        }
        titles.extend(["govlens-card needs a country".into(), "Unknown card section".into(), "Unknown comparison section".into()]);
        assert!(titles.len() >= 18, "{titles:?}");
        for t in &titles {
            for l in Locale::ALL {
                assert!(words(l).problem(t).is_some(), "{l:?} has no words for the problem {t:?}");
            }
        }
    }

    #[test]
    fn months_units_and_plurals() {
        assert_eq!(FR.month_year("May 2019"), "mai 2019");
        assert_eq!(DE.month_year("March 2021"), "März 2021");
        assert_eq!(DA.month_year("spring 2019"), "spring 2019");
        assert_eq!(DE.unit("million Euros"), "Mio. Euro");
        assert_eq!(FR.unit("furlongs"), "furlongs");
        assert_eq!(FR.documents.of(0, Locale::Fr), "document source");
        assert_eq!(EN.documents.of(0, Locale::En), "source documents");
        assert_eq!(DA.datasets.of(2, Locale::Da), "offentlige datasæt");
    }
}
