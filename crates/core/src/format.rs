//! How numbers and values are written for a reader: one formatter for the embed, the command's
//! reports and the CSV, with the locale as a parameter (the newsroom languages add a variant of
//! [`Locale`], not a formatter).
use crate::model::Fact;

/// The language and conventions a view is written in: the elements' `lang` (issue 18, item 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Locale {
    /// English, as the embed writes it: `613,894`, `2.3`.
    #[default]
    En,
    /// French: `613 894` (a narrow no-break space), `2,3`.
    Fr,
    /// German: `613.894`, `2,3`.
    De,
    /// Danish: `613.894`, `2,3`.
    Da,
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Fr, Locale::De, Locale::Da];

    /// The locale of a language tag (`fr`, `fr-LU`, `de_CH`, `DA`): its primary subtag. A
    /// language govlens has no words for comes back as `None`; the caller falls back to English
    /// and marks its text `lang="en"`, so that nothing is read out in the wrong language.
    ///
    /// ```
    /// use govlens_core::format::Locale;
    /// assert_eq!(Locale::from_tag("fr-LU"), Some(Locale::Fr));
    /// assert_eq!(Locale::from_tag("de_CH"), Some(Locale::De));
    /// assert_eq!(Locale::from_tag(" DA "), Some(Locale::Da));
    /// assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    /// assert_eq!(Locale::from_tag("lb"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// A `lang` attribute's locale, English where absent or unknown (see [`Locale::from_tag`]).
    pub fn of_attribute(lang: Option<&str>) -> Locale {
        lang.and_then(Locale::from_tag).unwrap_or_default()
    }

    /// The language tag written into the element's `lang`: `en`, `fr`, `de`, `da`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Da => "da",
        }
    }

    /// The locale's rule for writing numbers (CLDR's: grouping from four digits in all four).
    pub fn numbers(self) -> NumberStyle {
        match self {
            Locale::En => NumberStyle { group: ",", group_from: 4, decimal: "." },
            Locale::Fr => NumberStyle { group: "\u{202f}", group_from: 4, decimal: "," },
            Locale::De | Locale::Da => NumberStyle { group: ".", group_from: 4, decimal: "," },
        }
    }

    /// A number as a reader of the locale writes it: [`number`]'s form, grouped, with the
    /// locale's decimal mark (`33,67`); `unknown` in the locale's words when missing.
    pub fn number(self, v: Option<f64>) -> String {
        match v {
            Some(v) => self.numbers().group_digits(&number(v)),
            None => crate::i18n::words(self).unknown.to_string(),
        }
    }

    /// A number already written as text (`33.67`, `0.8712`, `-2.5`) in the locale's form; text
    /// that is not a number (a category, `—`) as it is. English keeps the form the datasets'
    /// values have always been shown in (ungrouped, as their tables print them).
    pub fn text(self, written: &str) -> String {
        match self {
            Locale::En => written.to_string(),
            _ => self.numbers().group_digits(written),
        }
    }

    /// The `lang` to mark text from the documents and datasets with (they are in English)
    /// where it stands among this locale's words: `None` in English.
    pub fn source_lang(self) -> Option<String> {
        (self != Locale::En).then(|| "en".to_string())
    }

    /// A change: `+11`, `-3`, `+0,5`.
    pub fn signed(self, v: Option<f64>) -> String {
        match v {
            Some(x) if x > 0.0 => format!("+{}", self.number(Some(x))),
            other => self.number(other),
        }
    }
}

/// How a number is written: the digit-group separator, from how many integer digits groups
/// start, and the decimal mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of three digits: `,` in English, a space as the documents print them.
    pub group: &'static str,
    /// Integers shorter than this are not grouped (`2019`, `9999` in English: `9,999`).
    pub group_from: usize,
    /// The decimal mark.
    pub decimal: &'static str,
}

impl NumberStyle {
    /// As the source documents print large numbers (`613 894`; `2019` and `9999` ungrouped):
    /// the command's terminal card.
    pub const DOCUMENT: NumberStyle = NumberStyle { group: " ", group_from: 5, decimal: "." };

    /// A number written as text (`613894`, `-2.5`) with its digits grouped; anything that is not
    /// such a number comes back as it is.
    ///
    /// ```
    /// use govlens_core::format::{Locale, NumberStyle};
    /// assert_eq!(Locale::En.numbers().group_digits("613894"), "613,894");
    /// assert_eq!(NumberStyle::DOCUMENT.group_digits("613894.5"), "613 894.5");
    /// assert_eq!(NumberStyle::DOCUMENT.group_digits("2019"), "2019");
    /// assert_eq!(Locale::En.numbers().group_digits("Luxembourg"), "Luxembourg");
    /// assert_eq!(Locale::Fr.numbers().group_digits("0.8466"), "0,8466");
    /// assert_eq!(Locale::De.numbers().group_digits("63516.3"), "63.516,3");
    /// assert_eq!(Locale::Da.numbers().group_digits("2.5 · avg 3"), "2.5 · avg 3");
    /// ```
    pub fn group_digits(&self, text: &str) -> String {
        let (sign, rest) = text.strip_prefix('-').map(|r| ("-", r)).unwrap_or(("", text));
        let (int, frac) = rest.split_once('.').map(|(i, f)| (i, Some(f))).unwrap_or((rest, None));
        if int.is_empty() || !int.chars().all(|c| c.is_ascii_digit()) || frac.is_some_and(|f| !f.chars().all(|c| c.is_ascii_digit())) {
            return text.to_string();
        }
        let mut out = String::from(sign);
        for (i, ch) in int.chars().enumerate() {
            // Groups only from `group_from` digits (`2019`, not `2 019`); the decimal mark always.
            if i > 0 && int.len() >= self.group_from && (int.len() - i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        match frac {
            Some(f) => format!("{out}{}{f}", self.decimal),
            None => out,
        }
    }
}

/// `613894`, `2.3`: integers without a fraction, others to six places without trailing zeros.
/// The form the documents' values are stored and exported in (CSV), and the plain form of a
/// score in a chart.
///
/// ```
/// assert_eq!(govlens_core::format::number(613894.0), "613894");
/// assert_eq!(govlens_core::format::number(33.67), "33.67");
/// ```
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = fixed(v, 6);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A value that may be missing: the number, or `unknown`.
pub fn number_or_unknown(v: Option<f64>) -> String {
    v.map(number).unwrap_or_else(|| "unknown".into())
}

/// An SVG length: `63`, `12.5` (two places at most).
pub fn length(v: f64) -> String {
    let s = fixed(v, 2);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A percentage length with two places: `12.50%`.
pub fn percent(v: f64) -> String {
    fixed(v, 2) + "%"
}

/// `x * scale` rounded to an integer as if the product were exact: the product's rounding error
/// (exact through a fused multiply-add) decides a tie, then the even neighbour.
fn round_scaled(x: f64, scale: f64) -> u64 {
    let p = x * scale;
    let error = x.mul_add(scale, -p);
    let n = p.floor();
    let rest = p - n;
    let up = rest > 0.5 || (rest == 0.5 && (error > 0.0 || (error == 0.0 && n % 2.0 == 1.0)));
    n as u64 + u64::from(up)
}

/// `v` rounded to `decimals` places (at most 9) and written with integer arithmetic, as
/// `format!("{v:.N}")` would for the values a corpus holds. Why by hand: `f64`'s Display brings
/// its formatting code and power-of-ten tables, about 35 KB, into every widget build.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN"
        } else if v > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .to_string();
    }
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    let sign = if v.is_sign_negative() { "-" } else { "" };
    // The integer part and the fraction apart, both exact in f64, so that only the fraction is
    // scaled and rounded (half to even, as Display does).
    let (whole, fraction) = (v.abs().trunc(), v.abs().fract());
    let mut int = whole as u128;
    let mut frac = round_scaled(fraction, scale as f64);
    if frac == scale {
        (int, frac) = (int + 1, 0);
    }
    match decimals {
        // With no decimals a tie goes to the even integer, not to the even fraction.
        0 => format!("{sign}{}", v.abs().round_ties_even() as u128),
        d => format!("{sign}{int}.{frac:0width$}", width = d as usize),
    }
}

/// What goes into a fact's value as written: the parts each reader of it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactStyle {
    /// Group a number's digits, and how; `None` keeps the stored form (`613894`).
    pub numbers: Option<NumberStyle>,
    /// Append the unit (`613,894 inhabitants`).
    pub unit: bool,
    /// Append the period even where the value states it already (`Electronic Governance
    /// 2021-2025 (2021-2025)`): the export's `value` column and the terminal card keep the
    /// period in the value, as they always have, so their output does not change under their users.
    pub period_always: bool,
    /// Which addresses to append as `<https://...>`.
    pub urls: Urls,
}

/// Which facts' addresses a written value carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urls {
    /// None: the card links the portal's name instead.
    None,
    /// Portals only (the export: a body's or strategy's page is not its value).
    Portals,
    /// Every fact that has one (the terminal card).
    All,
}

impl FactStyle {
    /// The embed's card: grouped in the locale, with the unit; the address is the link itself.
    pub fn card(locale: Locale) -> FactStyle {
        FactStyle { numbers: Some(locale.numbers()), unit: true, period_always: false, urls: Urls::None }
    }
    /// The terminal card: grouped as the documents print, unit, and the address in full.
    pub const TERMINAL: FactStyle = FactStyle { numbers: Some(NumberStyle::DOCUMENT), unit: true, period_always: true, urls: Urls::All };
    /// The export's `value` column: the stored value (the unit has its own column), a portal
    /// with its address.
    pub const EXPORT: FactStyle = FactStyle { numbers: None, unit: false, period_always: true, urls: Urls::Portals };
}

/// A fact's value as written: `613,894 inhabitants`, `Digital Lëtzebuerg (2021-2025)`,
/// `guichet.lu <https://guichet.public.lu>`.
pub fn fact_value(f: &Fact, style: FactStyle) -> String {
    let mut v = match (style.numbers, f.number) {
        (Some(n), Some(_)) => n.group_digits(&f.value),
        _ => isolated(&f.value).into_owned(),
    };
    if let Some(u) = f.unit.as_ref().filter(|_| style.unit) {
        v = format!("{v} {u}");
    }
    let url = f.url.as_ref().filter(|_| style.urls == Urls::All || (style.urls == Urls::Portals && f.fact == "portal"));
    let period = f.period.as_ref().filter(|p| style.period_always || !f.value.contains(p.as_str()));
    // The export writes a portal as `name <url>`, without its period.
    if let Some(p) = period.filter(|_| !(style.urls == Urls::Portals && url.is_some())) {
        v = format!("{v} ({p})");
    }
    if let Some(u) = url {
        v = format!("{v} <{u}>");
    }
    v
}

/// Text as an error quotes it: at most `max` characters (an ellipsis where it was cut), control
/// characters escaped. One rule for the index's terms and the parsers' lines.
pub fn excerpt(s: &str, max: usize) -> String {
    let cut: String = s.chars().take(max).collect();
    let more = if cut.len() < s.len() { "…" } else { "" };
    format!("{}{more}", cut.escape_debug())
}

/// Whether `c` is a bidirectional embedding, override or isolate, or the closer of one
/// (U+202A-U+202E, U+2066-U+2069): what can reorder text after it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text from a document as a value beside govlens's own words (issue 20, finding 14): when it
/// holds a bidirectional control (an override, embedding or isolate, U+202A-U+202E and
/// U+2066-U+2069), it is wrapped in a first-strong isolate with every control it opens closed,
/// as `<bdi>` would: an unterminated right-to-left override in a title had reversed the card's
/// "(released May 2019)" after it. Text without one is returned as it is.
pub fn isolated(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_bidi_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    // Closers, innermost last: PDF (U+202C) for an embedding or override, PDI (U+2069) for an
    // isolate. A stray closer with nothing open is dropped by the bidi algorithm, as here.
    let mut open: Vec<char> = Vec::new();
    for c in s.chars() {
        match c {
            '\u{202a}' | '\u{202b}' | '\u{202d}' | '\u{202e}' => open.push('\u{202c}'),
            '\u{2066}'..='\u{2068}' => open.push('\u{2069}'),
            '\u{202c}' if open.last() == Some(&'\u{202c}') => {
                open.pop();
            }
            '\u{2069}' => {
                // A PDI closes its isolate and every embedding opened within it.
                if let Some(i) = open.iter().rposition(|&o| o == '\u{2069}') {
                    open.truncate(i);
                }
            }
            _ => {}
        }
    }
    let closers: String = open.iter().rev().collect();
    std::borrow::Cow::Owned(format!("\u{2068}{s}{closers}\u{2069}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_text_with_bidi_controls_is_isolated_and_closed() {
        assert_eq!(isolated("Guichet.lu"), "Guichet.lu");
        assert_eq!(isolated("AI \u{202e}strategy"), "\u{2068}AI \u{202e}strategy\u{202c}\u{2069}");
        assert_eq!(isolated("\u{2067}a\u{202b}b"), "\u{2068}\u{2067}a\u{202b}b\u{202c}\u{2069}\u{2069}");
        assert_eq!(isolated("\u{202e}x\u{202c}"), "\u{2068}\u{202e}x\u{202c}\u{2069}");
    }

    #[test]
    fn numbers_print_as_the_documents_do() {
        assert_eq!(number(613894.0), "613894");
        assert_eq!(number(2.3), "2.3");
        assert_eq!(number(33.67), "33.67");
        assert_eq!(Locale::En.signed(Some(11.0)), "+11");
        assert_eq!(Locale::En.signed(Some(-3.0)), "-3");
        assert_eq!(Locale::En.signed(None), "unknown");
    }

    #[test]
    fn digits_group_by_locale_and_by_the_documents_rule() {
        let en = Locale::En.numbers();
        assert_eq!(en.group_digits("9999"), "9,999");
        assert_eq!(en.group_digits("-1234567.25"), "-1,234,567.25");
        assert_eq!(en.group_digits("123"), "123");
        assert_eq!(en.group_digits("12a456"), "12a456");
        assert_eq!(NumberStyle::DOCUMENT.group_digits("9999"), "9999");
        assert_eq!(NumberStyle::DOCUMENT.group_digits("2586"), "2586");
        assert_eq!(NumberStyle::DOCUMENT.group_digits("61389"), "61 389");
    }

    /// `fixed` against the standard library's `{:.N}` over every value shape a corpus or a chart
    /// has: scores, shares, coordinates, large counts, negatives and zero.
    #[test]
    fn fixed_writes_what_display_writes() {
        let mut values = vec![0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 99.995, 613894.0, 1e15 + 0.5, -7.25, 0.000_000_4];
        let mut x = 0.013_f64;
        while x < 5.0e7 {
            values.push(x);
            values.push(-x);
            x = x * 1.37 + 0.011;
        }
        values.extend((0..2000).map(|i| i as f64 / 16.0 + 0.001 * (i % 7) as f64));
        // Halfway cases at every number of places: 0.0005, 0.1905, 12.345, ...
        values.extend((0..40_000).map(|i| i as f64 / 2000.0));
        for v in values {
            for d in [0, 1, 2, 3, 6] {
                assert_eq!(fixed(v, d), format!("{v:.d$}", d = d as usize), "{v} to {d} places");
            }
        }
    }
}
