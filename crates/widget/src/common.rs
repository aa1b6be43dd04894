//! Pieces every component lays out: a citation under a value, the error box, a table.
// A build with some elements only (govlens_search has no card) leaves some of them unused.
#![cfg_attr(not(all(feature = "card", feature = "charts", feature = "compare")), allow(dead_code))]
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

/// A source line: the short form shown, the whole citation on hover.
pub fn cite(shown: &str, full: &str) -> Html {
    html! { <span class="gl-cite" title={full.to_string()}>{ shown }</span> }
}

/// A message in the element instead of its content: what went wrong and what to do.
pub fn error_box(p: &Problem) -> Html {
    html! {
        <div class="gl-error" role="alert">
            <p class="gl-error-title">{ &p.title }</p>
            <p>{ &p.detail }</p>
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
