//! Pieces every component uses: the citation under a value, the error box, number formatting.
// A build with some elements only (govlens_search has no card) leaves some of them unused.
#![cfg_attr(not(all(feature = "card", feature = "charts", feature = "compare")), allow(dead_code))]
use crate::Attrs;
use govlens_core::views::{http_url, Citation};
use yew::prelude::*;

/// `613894` -> `613,894`: digits grouped for reading.
pub fn grouped(v: &str) -> String {
    let (sign, rest) = v.strip_prefix('-').map(|r| ("-", r)).unwrap_or(("", v));
    let (int, frac) = rest.split_once('.').map(|(i, f)| (i, Some(f))).unwrap_or((rest, None));
    if int.len() < 4 || !int.chars().all(|c| c.is_ascii_digit()) {
        return v.to_string();
    }
    let mut out = String::from(sign);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{out}.{f}"),
        None => out,
    }
}

#[cfg(feature = "charts")]
/// An SVG length: `63`, `12.5` (two places at most; no `f64` Display, see `export::fixed`).
pub fn at(v: f64) -> String {
    let s = govlens_core::export::fixed(v, 2);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(feature = "charts")]
/// A percentage length with two places: `12.50%`.
pub fn pct(v: f64) -> String {
    govlens_core::export::fixed(v, 2) + "%"
}

pub fn num(v: Option<f64>) -> String {
    v.map(govlens_core::format::number).unwrap_or_else(|| "unknown".into())
}

/// The short source line a card shows under each value.
pub fn cite_short(c: &Citation) -> Html {
    let full = format!("{}. {} ({}), {}", c.line(), c.title, c.publisher, c.file);
    html! { <span class="gl-cite" title={full}>{ c.short() }</span> }
}

/// A document's link: clickable only for http(s); anything else is shown as text.
pub fn link(label: &str, url: Option<&str>) -> Html {
    match url.and_then(http_url) {
        Some(href) => html! { <a href={href.to_string()} target="_blank" rel="noopener noreferrer">{ label }</a> },
        None => html! { <span>{ label }</span> },
    }
}

/// A message in the element instead of its content: what went wrong and what to do.
pub fn error_box(title: &str, detail: &str) -> Html {
    html! {
        <div class="gl-error" role="alert">
            <p class="gl-error-title">{ title }</p>
            <p>{ detail }</p>
        </div>
    }
}

/// The element's `country` attribute, or the message that it needs one.
pub fn need_country<'a>(attrs: &'a Attrs, tag: &str) -> Result<&'a str, Html> {
    attrs.get("country").ok_or_else(|| error_box(&format!("{tag} needs a country"), "Add a country attribute with an ISO code, e.g. country=\"LU\"."))
}
