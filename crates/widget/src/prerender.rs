//! A country's card rendered ahead of time, natively, by the same component the browser mounts
//! (Yew's server renderer): `govlens-prerender` writes it beside the card's part in a split
//! folder, and the loader shows it while the wasm downloads and starts, then mounts the live
//! card in its place. Same data, same component: the two are the same markup (held in
//! tests/npm/e2e.mjs).
use crate::{Attrs, Data, Kind, Widget, WidgetProps};

/// The card of `country` from `corpus` (a split folder's card part), as the HTML the
/// element's root holds once the component has rendered.
pub fn card_html(corpus: govlens_core::Corpus, country: &str) -> String {
    let country = country.to_string();
    let renderer = yew::ServerRenderer::<Widget>::with_props(move || WidgetProps {
        kind: Kind::Card,
        data: Data::new(govlens_core::Store::new(corpus)),
        attrs: Attrs::from_pairs(vec!["country".into(), country]),
        parked: false,
        generation: 0,
    })
    // No hydration markers: the loader does not hydrate it, it swaps in the live card.
    .hydratable(false);
    futures::executor::block_on(renderer.render())
}
