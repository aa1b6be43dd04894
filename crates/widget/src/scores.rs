//! `<govlens-scores>`: core's EUROPAM chart ([`EuropamChart`]) laid out: the five headline scores
//! against the European average; choosing a dimension (a bar, or the list) shows its
//! sub-metrics over the years, with the alternative metrics per type of official.
use crate::bars::Bars;
use crate::common::{error_box, hash_state, set_hash_state, table, use_locale};
use crate::frame::Frame;
use crate::series::SeriesChart;
use crate::{Attrs, Data};
use govlens_core::views::europam::DimensionChart;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoresProps {
    pub data: Data,
    pub attrs: Attrs,
}

#[function_component(Scores)]
pub fn scores(p: &ScoresProps) -> Html {
    let locale = use_locale();
    let wanted = p.attrs.get("dimension").map(str::to_string);
    // A permalink (the page URL's hash, for an element with an id) opens the dimension the
    // reader had chosen; else the attribute's.
    let id = p.attrs.get("id").map(str::to_string);
    let linked = id.as_deref().and_then(|id| hash_state(id, "dimension"));
    let chosen = use_state(|| linked.clone().or_else(|| wanted.clone()));
    let first = use_mut_ref(|| true);
    {
        // A changed `dimension` attribute wins over what the reader picked before.
        let chosen = chosen.clone();
        use_effect_with(wanted.clone(), move |w| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                chosen.set(w.clone());
            }
        });
    }
    // What the reader picks goes into the hash, so that the page's URL restores it.
    let pick = {
        let (chosen, id) = (chosen.clone(), id.clone());
        Callback::from(move |d: Option<String>| {
            if let Some(id) = &id {
                set_hash_state(id, "dimension", d.as_deref());
            }
            chosen.set(d);
        })
    };
    // Built once per country: choosing a dimension re-renders, and the chart holds every
    // dimension's tables and CSV.
    let chart = use_memo((p.data.clone(), p.attrs.get("country").map(str::to_string), locale), |(data, country, locale)| {
        data.store().corpus().europam_chart(country.as_deref(), *locale)
    });
    let chart = match chart.as_ref() {
        Ok(chart) => chart,
        Err(problem) => return error_box(problem, locale),
    };
    let (selected, unknown) = match chart.chosen((*chosen).as_deref()) {
        Ok(d) => (d, None),
        Err(problem) => (None, Some(problem)),
    };
    let on_select = {
        let pick = pick.clone();
        Callback::from(move |d: String| pick.emit(Some(d)))
    };
    let on_change = Callback::from(move |e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        pick.emit((!v.is_empty()).then_some(v));
    });
    let current = selected.map(|d| d.dimension.clone()).unwrap_or_default();
    let select_id = "gl-dimension";
    let controls = html! {
        <p class="gl-controls">
            <label for={select_id}>{ &chart.choose }</label>
            <select id={select_id} onchange={on_change}>
                <option value="" selected={current.is_empty()}>{ &chart.none }</option>
                { for chart.dimensions.iter().map(|d| html! { <option value={d.dimension.clone()} selected={d.dimension == current} lang={chart.source_lang.clone()}>{ &d.dimension }</option> }) }
            </select>
        </p>
    };
    let f = &chart.frame;
    html! {
        <div class="gl-scores">
            <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()}
                   table={table(&chart.table)} controls={controls} notes={chart.bars.flag_notes()} images=true source_lang={chart.source_lang.clone()} permalink={id.clone()}>
                <Bars bars={chart.bars.clone()} label_lang={chart.source_lang.clone()} selected={selected.map(|d| d.dimension.clone())} on_select={Some(on_select)} />
            </Frame>
            if let Some(problem) = unknown {
                { error_box(&problem, locale) }
            }
            if let Some(d) = selected {
                { dimension(d, chart.source_lang.clone(), id.clone()) }
            }
        </div>
    }
}

fn dimension(d: &DimensionChart, source_lang: Option<String>, permalink: Option<String>) -> Html {
    let f = &d.frame;
    html! {
        <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()} table={table(&d.table)} images=true {source_lang} {permalink} view_key="dimension-view">
            <div class="gl-multiples">
                { for d.primary.iter().map(|s| html! { <SeriesChart series={s.clone()} years={d.years.clone()} /> }) }
            </div>
            if !d.alternative.is_empty() {
                <p class="gl-subhead">{ &d.alternative_heading }</p>
                <div class="gl-multiples">
                    { for d.alternative.iter().map(|s| html! { <SeriesChart series={s.clone()} years={d.years.clone()} /> }) }
                </div>
            }
        </Frame>
    }
}
