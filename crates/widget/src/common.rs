//! Pieces every component lays out: a citation under a value, the error box, a table.
// A build with some elements only (govlens_search has no card) leaves some of them unused.
#![cfg_attr(not(all(feature = "card", feature = "charts", feature = "compare")), allow(dead_code))]
use govlens_core::views::{Problem, Table};
use yew::prelude::*;

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
