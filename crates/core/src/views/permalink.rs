//! An element's state in the page URL's hash, so that a link to the page opens the element as
//! the reader left it (issue 18, item 7): `#scores-lu.dimension=Financial%20Disclosure`. Each
//! part is `<element id>.<key>=<value>`, percent-encoded, parts joined by `&`; whatever else the
//! hash holds (an anchor, another script's parts) is kept as it is. An element without an `id`
//! has no permalink.
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a part's name and value keep as they are; everything else is percent-encoded.
const KEEP: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

fn decoded(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// The state `key` of the element `id` in `hash` (with or without its `#`).
///
/// ```
/// use govlens_core::views::permalink::state_in;
/// let hash = "#intro&scores-lu.dimension=Financial%20Disclosure";
/// assert_eq!(state_in(hash, "scores-lu", "dimension").as_deref(), Some("Financial Disclosure"));
/// assert_eq!(state_in(hash, "scores-dk", "dimension"), None);
/// ```
pub fn state_in(hash: &str, id: &str, key: &str) -> Option<String> {
    let name = format!("{id}.{key}");
    hash.trim_start_matches('#').split('&').filter_map(|p| p.split_once('=')).find(|(k, _)| decoded(k) == name).map(|(_, v)| decoded(v))
}

/// `hash` with the state `key` of the element `id` set to `value`, or taken out for `None`;
/// the other parts kept, in their order (a new part goes last). Returned with its `#`, or
/// empty when nothing is left.
///
/// ```
/// use govlens_core::views::permalink::with_state;
/// let hash = with_state("#intro", "scores-lu", "dimension", Some("Conflict of Interest"));
/// assert_eq!(hash, "#intro&scores-lu.dimension=Conflict%20of%20Interest");
/// assert_eq!(with_state(&hash, "scores-lu", "dimension", Some("Freedom of Information")), "#intro&scores-lu.dimension=Freedom%20of%20Information");
/// assert_eq!(with_state(&hash, "scores-lu", "dimension", None), "#intro");
/// assert_eq!(with_state("", "a", "b", None), "");
/// ```
pub fn with_state(hash: &str, id: &str, key: &str, value: Option<&str>) -> String {
    let name = format!("{id}.{key}");
    let mut parts: Vec<String> = hash
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| p.split_once('=').is_none_or(|(k, _)| decoded(k) != name))
        .map(str::to_string)
        .collect();
    if let Some(v) = value {
        parts.push(format!("{}={}", utf8_percent_encode(&name, KEEP), utf8_percent_encode(v, KEEP)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("#{}", parts.join("&"))
    }
}
