//! Pieces every component lays out: a citation under a value, the error box, a table.
// A build with some elements only (govlens_search has no card) leaves some of them unused.
#![cfg_attr(not(all(feature = "card", feature = "charts", feature = "compare")), allow(dead_code))]
use govlens_core::format::Locale;
use govlens_core::views::{Problem, Table};
use yew::prelude::*;

/// The heading levels of an element: its title's and its sections' (one below), from its
/// `heading-level` attribute ([`govlens_core::views::heading_level`]), given to every component
/// of the element through a context.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Headings(pub u8);

impl Default for Headings {
    fn default() -> Self {
        Headings(3)
    }
}

impl Headings {
    /// `h3` by default.
    pub fn title(self) -> String {
        format!("h{}", self.0)
    }

    /// `h4` by default.
    pub fn section(self) -> String {
        format!("h{}", self.0 + 1)
    }
}

/// The element's heading levels.
#[hook]
pub fn use_headings() -> Headings {
    use_context::<Headings>().unwrap_or_default()
}

/// The element's locale, from its `lang` (the loader passes the nearest one), given to every
/// component of the element through a context.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// A source line: the short form shown, the whole citation on hover.
pub fn cite(shown: &str, full: &str) -> Html {
    html! { <span class="gl-cite" title={full.to_string()}>{ shown }</span> }
}

/// A message in the element instead of its content: what went wrong (in the reader's
/// language) and what to do (for the page's developer, in English and marked so).
pub fn error_box(p: &Problem, locale: Locale) -> Html {
    let (title, title_lang) = p.title_in(locale);
    html! {
        <div class="gl-error" role="alert" data-code={p.code.clone()}>
            <p class="gl-error-title" lang={title_lang}>{ title }</p>
            <p lang={locale.source_lang()}>{ &p.detail }</p>
        </div>
    }
}

/// A core table: caption for screen readers, column headings, rows headed by one cell.
pub fn table(t: &Table) -> Html {
    html! {
        <table class="gl-table">
            <caption class="gl-sr">{ &t.caption }</caption>
            <thead><tr>{ for t.head.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
            <tbody>
                { for t.rows.iter().map(|r| html! {
                    <tr>{ for r.iter().enumerate().map(|(i, cell)| if i == t.row_header {
                        html! { <th scope="row">{ cell }</th> }
                    } else {
                        html! { <td>{ cell }</td> }
                    }) }</tr>
                }) }
            </tbody>
        </table>
    }
}

/// Roving focus (issue 18, item 5): a chart's marks are one Tab stop, the arrow keys move
/// within it. Where `key` moves focus from item `at` of `n`: Down/Right the next, Up/Left the
/// previous, Home the first, End the last; `None` for any other key.
pub fn roving_step(key: &str, at: usize, n: usize) -> Option<usize> {
    let last = n.checked_sub(1)?;
    match key {
        "ArrowDown" | "ArrowRight" => Some((at + 1).min(last)),
        "ArrowUp" | "ArrowLeft" => Some(at.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// The tabindex of item `i` when item `active` holds the chart's Tab stop.
pub fn roving_tabindex(i: usize, active: usize) -> &'static str {
    if i == active {
        "0"
    } else {
        "-1"
    }
}

/// Moves focus to item `index` of the marks (`selector`) inside the element that holds the one
/// the event came from (its SVG): an SVG element's `focus`, called by name (web-sys types it on
/// HTML elements).
pub fn focus_item(e: &KeyboardEvent, selector: &str, index: usize) {
    use wasm_bindgen::JsCast;
    // The focused mark itself (Yew delegates events: the current target is its root).
    let Some(item) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Some(parent) = item.parent_element() else { return };
    let Ok(list) = parent.query_selector_all(selector) else { return };
    let Some(target) = list.item(index as u32) else { return };
    if let Ok(focus) = js_sys::Reflect::get(&target, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = focus.call0(&target);
    }
}

/// The state `key` of the element `id` in the page URL's hash (a permalink, see
/// [`govlens_core::views::permalink`]); none when rendered ahead of time (no page).
pub fn hash_state(id: &str, key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let hash = web_sys::window()?.location().hash().ok()?;
        govlens_core::views::permalink::state_in(&hash, id, key)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (id, key);
        None
    }
}

/// The state `key` of the element `id`, if it has an id, in the page URL's hash (a permalink).
pub fn linked(id: Option<&str>, key: &str) -> Option<String> {
    id.and_then(|id| hash_state(id, key))
}

/// A picker's (`<select>`'s) change: the choice, parsed, into `state`, and on an element with an
/// `id` into the page URL's hash under `key`, so that a link to the page restores it.
pub fn picker<T: 'static>(state: &UseStateHandle<Option<T>>, id: &Option<String>, key: &'static str, parse: fn(&str) -> Option<T>) -> Callback<Event> {
    let (state, id) = (state.clone(), id.clone());
    Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            let v = s.value();
            if let Some(id) = &id {
                set_hash_state(id, key, Some(&v));
            }
            state.set(parse(&v));
        }
    })
}

/// Writes the state `key` of the element `id` into the page URL's hash, or takes it out: with
/// `history.replaceState`, so that a choice adds no history entry and the page does not jump.
pub fn set_hash_state(id: &str, key: &str, value: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(w) = web_sys::window() else { return };
        let location = w.location();
        let Ok(hash) = location.hash() else { return };
        let next = govlens_core::views::permalink::with_state(&hash, id, key, value);
        let url = if next.is_empty() { format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default()) } else { next };
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (id, key, value);
    }
}
