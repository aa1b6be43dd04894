//! `<govlens-map>`: core's map view ([`MapView`]) drawn: each country's shape in its class's
//! shade (a dot where it is too small to see), the legend, the host's country outlined; the
//! map is one Tab stop and the arrow keys go from country to country, west to east, each saying
//! its value and rank; the year and area pickers re-ask core.
use crate::common::{error_box, focus_item, linked, picker, roving_step, roving_tabindex, table, use_locale};
use crate::frame::Frame;
use crate::{Attrs, Data};
use govlens_core::views::map::{MapCountry, MapView};
use govlens_core::views::ranking::year_attribute;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub data: Data,
    pub attrs: Attrs,
}

/// A dot's radius in the map's units (a few pixels at the width of a column).
const DOT: &str = "4";

#[function_component(Map)]
pub fn map(p: &MapProps) -> Html {
    let locale = use_locale();
    // The reader's choices start from a permalink (the page URL's hash, for an element with an
    // id), else the host's attributes, and are kept while they stay.
    let id = p.attrs.get("id").map(str::to_string);
    let year = use_state(|| linked(id.as_deref(), "year").and_then(|y| y.parse::<u16>().ok()));
    let area = use_state(|| linked(id.as_deref(), "area"));
    let focused = use_state(|| None::<usize>);
    let active = use_state(|| None::<usize>);
    // Built once per choice: pointing at or focusing a country re-renders the map, and the view
    // (every country's class, label and path) stays the same.
    let view = use_memo((p.data.clone(), p.attrs.clone(), *year, (*area).clone(), locale), |(data, attrs, year, area, locale)| {
        let attr_year = year_attribute(attrs.get("year"))?;
        let store = data.store();
        let corpus = store.corpus();
        let chosen_area = area.as_deref().or(attrs.get("area"));
        match corpus.map_view_in(attrs.get("indicator"), year.or(attr_year), chosen_area, attrs.get("highlight"), *locale) {
            // A permalink to a year or area this page cannot show (an old link; a split folder,
            // which loaded the attribute's year): the attributes' map.
            Err(_) if year.is_some() || area.is_some() => {
                corpus.map_view_in(attrs.get("indicator"), attr_year, attrs.get("area"), attrs.get("highlight"), *locale)
            }
            view => view,
        }
    });
    let view = match view.as_ref() {
        Ok(v) => v,
        Err(problem) => return error_box(problem, locale),
    };
    // What the reader picks goes into the hash, so that the page's URL restores it; another
    // area gives the Tab stop back to the highlighted country.
    let on_year = picker(&year, &id, "year", |v| v.parse().ok());
    let on_area = {
        let (pick, active) = (picker(&area, &id, "area", |v| Some(v.to_string())), active.clone());
        Callback::from(move |e: Event| {
            active.set(None);
            pick.emit(e);
        })
    };
    let controls = html! {
        <div class="gl-controls">
            <label class="gl-label">{ &view.labels.year }{ " " }
                <select class="gl-select" onchange={on_year}>
                    { for view.years.iter().rev().map(|y| html! { <option value={y.to_string()} selected={*y == view.year}>{ y }</option> }) }
                </select>
            </label>
            <label class="gl-label">{ &view.labels.area }{ " " }
                <select class="gl-select" onchange={on_area}>
                    { for view.labels.areas.iter().map(|(slug, name)| html! { <option value={slug.clone()} selected={*slug == view.area}>{ name }</option> }) }
                </select>
            </label>
        </div>
    };
    let f = &view.frame;
    let notes: Vec<String> = view.off_map.iter().cloned().collect();
    html! {
        <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()} table={table(&view.table)} {controls} images=true {notes} source_lang={view.source_lang.clone()} permalink={id.clone()}>
            <p class="gl-note">{ &view.note }</p>
            if let Some(h) = &view.highlight { <p class="gl-focus">{ h }</p> }
            { legend(view) }
            { shapes(view, &focused, &active) }
            <p class="gl-detail" aria-live="polite">{ focused.and_then(|i| view.countries.get(i)).map(|c| c.label.clone()).unwrap_or_default() }</p>
        </Frame>
    }
}

/// The classes' shades with their ranges and counts, then no value and other land.
fn legend(view: &MapView) -> Html {
    html! {
        <p class="gl-legend gl-map-legend">
            { for view.legend.iter().map(|c| html! {
                <span class="gl-map-key"><span class={classes!("gl-key", "gl-swatch", format!("gl-t{}", c.tone))}></span>{ &c.label }{ format!(" ({})", c.count) }</span>
            }) }
            if let Some(no_value) = &view.no_value {
                <span class="gl-map-key"><span class="gl-key gl-swatch gl-none"></span>{ no_value }</span>
            }
            if let Some(other) = &view.other {
                <span class="gl-map-key"><span class="gl-key gl-swatch gl-land"></span>{ other }</span>
            }
        </p>
    }
}

/// A country's shape: its path, and its dot where it is too small to see.
fn shape(c: &MapCountry) -> Html {
    html! {
        <>
            if !c.path.is_empty() { <path d={c.path.clone()} /> }
            if let Some((x, y)) = c.dot { <circle class="gl-spot" cx={x.to_string()} cy={y.to_string()} r={DOT} /> }
        </>
    }
}

/// The country an event comes from: its `g.gl-country`'s place in the arrow keys' order.
fn country_at(e: &Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let el: web_sys::Element = e.target()?.dyn_into().ok()?;
    el.closest("g.gl-country").ok()??.get_attribute("data-i")?.parse().ok()
}

/// The map: land first, then the countries in the arrow keys' order, then the host's country's
/// outline on top (drawn apart, so that the countries' order stays the keys').
fn shapes(view: &MapView, focused: &UseStateHandle<Option<usize>>, active: &UseStateHandle<Option<usize>>) -> Html {
    let n = view.countries.len();
    let lead = view.countries.iter().position(|c| c.highlighted).unwrap_or(0);
    let active_at = active.unwrap_or(lead).min(n.saturating_sub(1));
    let tone = |class: Option<u8>| match class.and_then(|c| view.legend.get(c as usize)) {
        Some(c) => format!("gl-t{}", c.tone),
        None => "gl-none".to_string(),
    };
    // One handler of each kind on the map, not five per country (209 countries): the country
    // an event is about is the `g.gl-country` it comes from, by its `data-i`.
    let on_focus = {
        let (f, a) = (focused.clone(), active.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(i) = country_at(&e) {
                f.set(Some(i));
                a.set(Some(i));
            }
        })
    };
    let on_blur = {
        let f = focused.clone();
        Callback::from(move |_: FocusEvent| f.set(None))
    };
    // Pointing at a country (or tapping it) says it in the line under the map.
    let on_point = {
        let f = focused.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = country_at(&e) {
                f.set(Some(i));
            }
        })
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if let Some(to) = country_at(&e).and_then(|i| roving_step(&e.key(), i, n)) {
            e.prevent_default();
            focus_item(&e, "g.gl-country", to);
        }
    });
    let countries = view.countries.iter().enumerate().map(|(i, c)| {
        let title = match &c.cite_full {
            Some(cite) => format!("{}\n{cite}", c.label),
            None => c.label.clone(),
        };
        html! {
            <g class={classes!("gl-country", tone(c.class))} data-i={i.to_string()} tabindex={roving_tabindex(i, active_at)} role="img" aria-label={c.label.clone()}>
                <title>{ title }</title>
                { shape(c) }
            </g>
        }
    });
    let blank = view.blank.iter().map(|c| {
        html! {
            <g class="gl-blank gl-none"><title>{ &c.label }</title>{ shape(c) }</g>
        }
    });
    let highlighted = view.countries.iter().filter(|c| c.highlighted);
    html! {
        <svg class="gl-svg gl-map" viewBox={format!("0 0 {} {}", view.width, view.height)} width="100%" role="group" aria-label={view.frame.title.clone()}
             onfocusin={on_focus} onfocusout={on_blur} onmouseover={on_point.clone()} onclick={on_point} onkeydown={on_key}>
            <g class="gl-land" aria-hidden="true">{ for view.land.iter().map(|d| html! { <path d={d.clone()} /> }) }</g>
            <g aria-hidden="true">{ for blank }</g>
            { for countries }
            { for highlighted.map(|c| html! {
                <g class="gl-map-highlight" aria-hidden="true">{ shape(c) }</g>
            }) }
        </svg>
    }
}
