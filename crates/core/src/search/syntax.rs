//! Reading a query string: words, "quoted phrases", -exclusions and key:value filters.
use super::SearchError;

/// Longest query accepted, in bytes. Longer input is refused, not truncated silently.
pub const MAX_QUERY_BYTES: usize = 2048;
/// Most words a query may hold (after parsing).
pub const MAX_WORDS: usize = 32;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedQuery {
    pub words: Vec<String>,
    pub phrases: Vec<Vec<String>>,
    /// Each exclusion is a word or a phrase (several words).
    pub excluded: Vec<Vec<String>>,
    pub countries: Vec<String>,
    pub sources: Vec<String>,
    pub sections: Vec<String>,
    /// Whether the last word may be a prefix (the user is still typing it).
    pub last_is_prefix: bool,
}

impl ParsedQuery {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

fn words_of(s: &str) -> Vec<String> {
    super::tokens::tokens(s).map(|t| t.text.to_string()).collect()
}

pub fn parse(q: &str) -> Result<ParsedQuery, SearchError> {
    if q.len() > MAX_QUERY_BYTES {
        return Err(SearchError::QueryTooLong { bytes: q.len(), max: MAX_QUERY_BYTES });
    }
    // Control characters separate words; they are never part of one.
    let q: String = q.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut out = ParsedQuery::default();
    let mut rest = q.as_str();
    let mut last_word_at_end = false;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        last_word_at_end = false;
        let negate = rest.starts_with('-') && rest.len() > 1 && !rest[1..].starts_with(char::is_whitespace);
        if negate {
            rest = &rest[1..];
        }
        // A quoted phrase (an unclosed quote runs to the end).
        if let Some(r) = rest.strip_prefix('"') {
            let (inside, after) = r.split_once('"').unwrap_or((r, ""));
            rest = after;
            let ws = words_of(inside);
            match (negate, ws.len()) {
                (_, 0) => {}
                (true, _) => out.excluded.push(ws),
                (false, 1) => out.words.extend(ws),
                (false, _) => out.phrases.push(ws),
            }
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let item = &rest[..end];
        rest = &rest[end..];
        if let Some((key, value)) = item.split_once(':') {
            let value = value.trim_matches('"');
            let list = match key.to_ascii_lowercase().as_str() {
                "country" => Some(&mut out.countries),
                "source" => Some(&mut out.sources),
                "section" => Some(&mut out.sections),
                _ => None,
            };
            if let Some(list) = list {
                if value.is_empty() {
                    return Err(SearchError::BadFilter { filter: key.to_string(), value: String::new(), reason: "the filter has no value".into() });
                }
                list.extend(value.split(',').filter(|v| !v.is_empty()).map(str::to_string));
                continue;
            }
        }
        let ws = words_of(item);
        if negate {
            if !ws.is_empty() {
                out.excluded.push(ws);
            }
        } else if !ws.is_empty() {
            last_word_at_end = rest.is_empty();
            out.words.extend(ws);
        }
    }
    out.last_is_prefix = last_word_at_end;
    if out.words.len() + out.phrases.iter().map(Vec::len).sum::<usize>() > MAX_WORDS {
        return Err(SearchError::TooManyWords { max: MAX_WORDS });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_part() {
        let p = parse(r#"eID "digital signature" -NemID country:DK,LU source:un-msq section:"Legal" law"#).unwrap();
        assert_eq!(p.words, vec!["eID", "law"]);
        assert_eq!(p.phrases, vec![vec!["digital".to_string(), "signature".into()]]);
        assert_eq!(p.excluded, vec![vec!["NemID".to_string()]]);
        assert_eq!(p.countries, vec!["DK", "LU"]);
        assert_eq!(p.sources, vec!["un-msq"]);
        assert_eq!(p.sections, vec!["Legal"]);
        assert!(p.last_is_prefix);
        assert!(!parse("law ").unwrap().last_is_prefix);
    }

    #[test]
    fn odd_input() {
        assert!(parse("").unwrap().is_empty());
        assert!(parse("!!! ??? ...").unwrap().is_empty());
        assert!(parse("\u{0}\u{7}\u{1b}[31m").unwrap().words == vec!["31m"]);
        assert!(matches!(parse(&"a".repeat(3000)), Err(SearchError::QueryTooLong { .. })));
        assert!(matches!(parse("country:"), Err(SearchError::BadFilter { .. })));
        assert_eq!(parse("\"unclosed phrase here").unwrap().phrases.len(), 1);
        assert_eq!(parse("e-government").unwrap().words, vec!["e", "government"]);
    }
}
