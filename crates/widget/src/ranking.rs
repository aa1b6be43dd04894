//! `<govlens-ranking>`: core's ranking view ([`RankingView`]) laid out: a bar per country, best
//! first, the host's country highlighted, ties marked; the year and region pickers re-ask core.
use crate::common::{error_box, linked, picker, use_locale};
use crate::frame::Frame;
use crate::{Attrs, Data};
use govlens_core::views::ranking::year_attribute;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RankingProps {
    pub data: Data,
    pub attrs: Attrs,
}

#[function_component(Ranking)]
pub fn ranking(p: &RankingProps) -> Html {
    let locale = use_locale();
    // The reader's choices start from a permalink (the page URL's hash, for an element with an
    // id), else the host's attributes, and are kept while they stay.
    let id = p.attrs.get("id").map(str::to_string);
    let year = use_state(|| linked(id.as_deref(), "year").and_then(|y| y.parse::<u16>().ok()));
    let region = use_state(|| linked(id.as_deref(), "region"));
    let attr_year = match year_attribute(p.attrs.get("year")) {
        Ok(y) => y,
        Err(problem) => return error_box(&problem, locale),
    };
    let chosen_region = (*region).clone().or_else(|| p.attrs.get("region").map(str::to_string));
    let store = p.data.store();
    let corpus = store.corpus();
    let (indicator, highlight) = (p.attrs.get("indicator"), p.attrs.get("highlight"));
    let view = match corpus.ranking_view_in(indicator, (*year).or(attr_year), chosen_region.as_deref(), highlight, locale) {
        Ok(v) => v,
        // A permalink to a year or region this page cannot show (an old link; a split folder,
        // which loaded the attribute's year): the attributes' ranking.
        Err(_) if year.is_some() || region.is_some() => match corpus.ranking_view_in(indicator, attr_year, p.attrs.get("region"), highlight, locale) {
            Ok(v) => v,
            Err(problem) => return error_box(&problem, locale),
        },
        Err(problem) => return error_box(&problem, locale),
    };
    // What the reader picks goes into the hash, so that the page's URL restores it.
    let on_year = picker(&year, &id, "year", |v| v.parse().ok());
    let on_region = picker(&region, &id, "region", |v| Some(v.to_string()));
    let selected_region = view.region.clone().unwrap_or_default();
    let controls = html! {
        <div class="gl-controls">
            <label class="gl-label">{ &view.labels.year }{ " " }
                <select class="gl-select" onchange={on_year}>
                    { for view.years.iter().rev().map(|y| html! { <option value={y.to_string()} selected={*y == view.year}>{ y }</option> }) }
                </select>
            </label>
            <label class="gl-label">{ &view.labels.region }{ " " }
                <select class="gl-select" onchange={on_region}>
                    <option value="" selected={selected_region.is_empty()}>{ &view.labels.all_regions }</option>
                    { for view.regions.iter().map(|r| html! { <option value={r.clone()} selected={*r == selected_region} lang={view.source_lang.clone()}>{ r }</option> }) }
                </select>
            </label>
        </div>
    };
    let f = &view.frame;
    html! {
        <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()} table={crate::common::table(&view.table)} {controls} source_lang={view.source_lang.clone()} permalink={id.clone()}>
            <p class="gl-note">{ &view.note }</p>
            if let Some(h) = &view.highlight { <p class="gl-focus">{ h }</p> }
            <ol class="gl-ranking">
                { for view.rows.iter().map(|r| html! {
                    <li class={classes!("gl-rank-row", r.highlighted.then_some("is-highlight"))} title={r.cite_full.clone()}>
                        <span class="gl-rank">{ &r.rank }</span>
                        <span class="gl-rank-name">{ &r.name }</span>
                        // Percent widths in SVG, not a style attribute: a strict CSP allows them.
                        <svg class="gl-rank-bar" width="100%" height="12" aria-hidden="true">
                            <rect class="gl-track" x="0" y="0" width="100%" height="12" />
                            <rect class="gl-mark" x="0" y="0" width={govlens_core::format::percent(r.bar)} height="12" />
                        </svg>
                        <span class="gl-rank-value">{ &r.value }</span>
                    </li>
                }) }
            </ol>
        </Frame>
    }
}
