//! Text clean-up shared by the parsers: markup from the conversions, links, numbers.
use regex::Regex;

/// The one way the parsers cache a regex: `re!(r"pattern")` is a `&'static Regex`, compiled the
/// first time that line runs. The patterns are literals of this crate, so a bad one fails every
/// test that reaches it.
macro_rules! re {
    ($pat:expr) => {{
        static R: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        R.get_or_init(|| regex::Regex::new($pat).expect("valid regex"))
    }};
}
pub(crate) use re;

fn md_link() -> &'static Regex {
    re!(r"\[([^\]]*)\]\(([^)\s]*)\)")
}
fn html_link() -> &'static Regex {
    re!(r#"<a\s+href="([^"]*)"\s*>(.*?)</a>"#)
}
fn angle_url() -> &'static Regex {
    re!(r"<((?:https?://|mailto:)[^>\s]+)>")
}
fn bare_url() -> &'static Regex {
    re!(r#"(?:https?://|www\.)[^\s<>()\[\]"]+"#)
}
fn tags() -> &'static Regex {
    re!(r"</?(?:sup|sub|em|strong|b|i|span)[^>]*>")
}
fn spaces() -> &'static Regex {
    re!(r"\s+")
}

/// Removes Markdown and HTML markup, keeping the visible text (links keep their label).
pub fn plain(s: &str) -> String {
    let s = s.trim_start().trim_start_matches('#');
    let s = html_link().replace_all(s, "$2");
    let s = md_link().replace_all(&s, "$1");
    let s = angle_url().replace_all(&s, "$1");
    let s = tags().replace_all(&s, "");
    let s = s.replace("**", "").replace("\\_", "_").replace("\\(", "(").replace("\\)", ")");
    let s = s.replace("\\*", "*").replace("\\.", ".").replace("\\-", "-").replace("&nbsp;", " ");
    let s: String = s.split_whitespace().map(|w| w.trim_matches('*')).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    spaces().replace_all(&s, " ").trim().to_string()
}

/// The real links in a line: Markdown and HTML link targets (not `#` placeholders), `<url>`
/// links and bare URLs, in order, without duplicates.
pub fn links(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Deduplicated through a set: a scan of the links so far made a text of many links
    // quadratic (the factsheet's strategy grown to 4 MB of links took 2.0 s, 16x its 1 MB time).
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut push = |u: &str| {
        let u = u.replace("\\_", "_");
        let u = u.trim_end_matches(['.', ',', ';', ':']).to_string();
        if (u.starts_with("http") || u.starts_with("www.") || u.starts_with("mailto:")) && seen.insert(u.clone()) {
            out.push(u);
        }
    };
    let mut rest = s.to_string();
    for c in html_link().captures_iter(s) {
        push(&c[1]);
    }
    rest = html_link().replace_all(&rest, " ").into_owned();
    for c in md_link().captures_iter(&rest.clone()) {
        push(&c[2]);
        if c[1].starts_with("http") {
            push(&c[1]);
        }
    }
    rest = md_link().replace_all(&rest, " ").into_owned();
    for c in angle_url().captures_iter(&rest.clone()) {
        push(&c[1]);
    }
    rest = angle_url().replace_all(&rest, " ").into_owned();
    for m in bare_url().find_iter(&rest) {
        push(m.as_str());
    }
    out
}

/// Link targets in a line that are not web or mail addresses: a Markdown or HTML link, or a
/// `<scheme:…>` autolink, to `javascript:`, `data:`, `//host` (a protocol-relative address) or
/// any other scheme (issue 20, finding 6). `links` does not return them, so a parser that reads
/// an address records these as unknowns instead of losing the fact silently. `#` placeholders
/// and empty targets are not addresses and are not returned. (label, target) in order.
pub fn unusable_links(s: &str) -> Vec<(String, String)> {
    let usable = |u: &str| {
        let u = u.trim().to_ascii_lowercase();
        u.is_empty() || u.starts_with('#') || u.starts_with("http://") || u.starts_with("https://") || u.starts_with("mailto:") || u.starts_with("www.")
    };
    let mut out: Vec<(String, String)> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut push = |label: &str, target: &str| {
        if !usable(target) && seen.insert(target.to_string()) {
            out.push((plain(label), target.to_string()));
        }
    };
    for c in html_link().captures_iter(s) {
        push(&c[2], &c[1]);
    }
    for c in md_link().captures_iter(s) {
        push(&c[1], &c[2]);
    }
    for c in re!(r"<((?:[A-Za-z][A-Za-z0-9+.-]*:|//)[^>\s]+)>").captures_iter(s) {
        push("", &c[1]);
    }
    out
}

/// A document's text as an error or unknown quotes it: core's one rule.
pub use govlens_core::format::excerpt;

/// A TOML error in one line, `path: line L, column C: what` (the toml crate's own message is
/// five or six lines with a drawing of the span).
pub fn toml_error(path: &str, text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim().replace('\n', "; ");
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{path}: line {line}, column {column}: {message}")
        }
        None => format!("{path}: {message}"),
    }
}

/// A line as a heading is compared: Markdown marks and emphasis taken off (`## Main Highlights`,
/// `**Country Profile**`).
pub fn heading(l: &str) -> &str {
    l.trim().trim_start_matches('#').trim().trim_matches('*').trim()
}

/// Whether a line is nothing but one URL (the PDF conversion lists a page's links this way).
pub fn is_bare_url_line(s: &str) -> bool {
    let t = s.trim();
    !t.is_empty() && !t.contains(char::is_whitespace) && (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("mailto:"))
}

/// Parses a number as an English-language document prints it: `613 894`, `63 516.3`, `35,133`,
/// `2.3%`, `+11`, `-16`. See [`number_in`].
pub fn number(s: &str) -> Option<f64> {
    number_in(s, "en").ok()
}

/// Parses a number as a document in `language` (ISO 639-1) prints it, the language deciding
/// what `.` and `,` are: in English `,` groups thousands and `.` is the decimal point; in
/// French, German and Danish `,` is the decimal comma and `.` groups thousands (German and
/// Danish; French groups with spaces). Spaces, thin spaces and no-break spaces group thousands
/// in every language; a trailing `%` is dropped; `−` (U+2212) is a minus.
///
/// A grouping that is not of three digits (`1,23` in English, `12.34` in German) or that
/// contradicts the language (`1.234,5` in English) is refused with the reason, never guessed.
pub fn number_in(s: &str, language: &str) -> Result<f64, String> {
    let t = s.trim().trim_end_matches('%').trim_end();
    let t: String = t.chars().map(|c| if c == '\u{2212}' { '-' } else { c }).collect();
    let (sign, body) = match t.strip_prefix(['+', '-']) {
        Some(rest) => (&t[..1], rest.trim_start()),
        None => ("", t.as_str()),
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!("'{}' is not a number", excerpt(s.trim(), 40)));
    }
    let (group, decimal) = if language == "en" { (',', '.') } else { ('.', ',') };
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}');
    // Whole part and fraction, split at the decimal mark (at most one).
    let mut parts = body.splitn(2, decimal);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let other = if language == "en" { "a decimal comma" } else { "a decimal point" };
    if let Some(f) = fraction {
        if f.contains(group) {
            return Err(format!("'{}' groups digits in a way a text in '{language}' does not (or uses {other}): ambiguous", excerpt(s.trim(), 40)));
        }
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return Err(format!("'{}' is not a number as a text in '{language}' writes one", excerpt(s.trim(), 40)));
        }
    }
    // The whole part: digits in groups, each group after the first of exactly three digits.
    let groups: Vec<&str> = whole.split(|c: char| c == group || is_space(c)).collect();
    let ok_groups = groups.iter().all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && groups[0].len() <= if groups.len() > 1 { 3 } else { usize::MAX };
    if !ok_groups {
        let reason = if whole.contains(decimal) || whole.contains(group) || fraction.is_some_and(|f| f.contains(group)) {
            format!("'{}' groups digits in a way a text in '{language}' does not (or uses {other}): ambiguous", excerpt(s.trim(), 40))
        } else {
            format!("'{}' is not a number as a text in '{language}' writes one", excerpt(s.trim(), 40))
        };
        return Err(reason);
    }
    let mut plain = String::from(sign);
    plain.push_str(&groups.concat());
    if let Some(f) = fraction {
        plain.push('.');
        plain.push_str(f);
    }
    plain.parse().map_err(|_| format!("'{}' is not a number", excerpt(s.trim(), 40)))
}

/// A number formatted without trailing zeros (`613894`, `2.3`).
pub use govlens_core::format::number as fmt_number;

/// Joins text lines into one paragraph, mending words the PDF conversion hyphenated at line ends
/// only where the join is a real compound (`e-` + `government`), and collapsing spaces.
pub fn join_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for l in lines {
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        // A line that ends in a hyphen glued to a word continues that word ("e-" "government").
        let glued = out.ends_with('-') && out.chars().rev().nth(1).is_some_and(char::is_alphanumeric);
        if glued {
            out.push_str(l);
        } else {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(l);
        }
    }
    out
}

/// The first four-digit year (1900-2099) in a text.
pub fn first_year(s: &str) -> Option<u16> {
    re!(r"\b(19\d{2}|20\d{2})\b").captures(s).and_then(|c| c[1].parse().ok())
}

/// A period `YYYY-YYYY` (or with an en dash) in a text.
pub fn period(s: &str) -> Option<String> {
    re!(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b").captures(s).map(|c| format!("{}-{}", &c[1], &c[2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_strips_markup_and_keeps_labels() {
        assert_eq!(plain("The [Ministry for Digitalisation](#) is **the** body"), "The Ministry for Digitalisation is the body");
        assert_eq!(plain(r##"<a href="#">Ministry of Health</a> x"##), "Ministry of Health x");
        assert_eq!(plain("[https://twitter.com/gouv\\_lu](https://twitter.com/gouv_lu)"), "https://twitter.com/gouv_lu");
    }

    #[test]
    fn unusable_links_are_found_for_an_unknown() {
        let line = "[Guichet](javascript:alert(1)) and <data:text/html,x> and [Open data](//evil.example/) and [ok](https://data.public.lu/) [relaunched](#)";
        let found = super::unusable_links(line);
        assert_eq!(
            found,
            vec![
                ("Guichet".to_string(), "javascript:alert(1".to_string()),
                ("Open data".to_string(), "//evil.example/".to_string()),
                (String::new(), "data:text/html,x".to_string())
            ]
        );
        assert_eq!(links(line), vec!["https://data.public.lu/"]);
    }

    #[test]
    fn links_skip_placeholders() {
        assert_eq!(links("see [relaunched](#) and <https://data.public.lu/en/>"), vec!["https://data.public.lu/en/"]);
        assert_eq!(links("here; https://digst.dk/ , English website; https://en.digst.dk/"), vec!["https://digst.dk/", "https://en.digst.dk/"]);
    }

    #[test]
    fn numbers_as_printed() {
        assert_eq!(number("613 894"), Some(613894.0));
        assert_eq!(number("63 516.3"), Some(63516.3));
        assert_eq!(number("2.3%"), Some(2.3));
        assert_eq!(number("(-16)"), None);
        assert_eq!(fmt_number(63516.3), "63516.3");
    }

    #[test]
    fn numbers_by_the_documents_language() {
        // English: `,` groups, `.` is the decimal point.
        assert_eq!(number_in("35,133", "en"), Ok(35133.0));
        assert_eq!(number_in("18,202,441", "en"), Ok(18202441.0));
        assert_eq!(number_in("47377.63", "en"), Ok(47377.63));
        assert_eq!(number_in("10\u{a0}487.3", "en"), Ok(10487.3));
        assert_eq!(number_in("-1.4 %", "en"), Ok(-1.4));
        // German and Danish: `.` groups, `,` is the decimal comma; French groups with spaces.
        assert_eq!(number_in("18.202.441", "de"), Ok(18202441.0));
        assert_eq!(number_in("73,3", "da"), Ok(73.3));
        assert_eq!(number_in("63\u{202f}516,3", "fr"), Ok(63516.3));
        assert_eq!(number_in("\u{2212}4,9", "de"), Ok(-4.9));
        // Ambiguous or contradicting the language: refused with the reason, not guessed.
        assert!(number_in("1,23", "en").unwrap_err().contains("ambiguous"));
        assert!(number_in("1.234,5", "en").unwrap_err().contains("ambiguous"));
        assert!(number_in("12.34", "de").unwrap_err().contains("ambiguous"));
        assert!(number_in("1,234.5", "de").is_err());
        assert!(number_in("High", "en").unwrap_err().contains("not a number"));
        assert!(number_in("1 23", "en").is_err());
    }

    #[test]
    fn joins_hyphenated_compounds() {
        assert_eq!(join_lines(["national e-", "government strategies"]), "national e-government strategies");
        assert_eq!(period("for the period 2018-2023."), Some("2018-2023".into()));
    }
}
