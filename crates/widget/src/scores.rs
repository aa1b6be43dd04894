//! `<govlens-scores>`: a country's five EUROPAM headline scores against the European average;
//! choosing a dimension (a bar, or the list) shows its sub-metrics over the years, with the
//! alternative metrics per type of official.
use crate::bars::{Bar, Bars};
use crate::common::{error_box, need_country, num};
use crate::frame::Frame;
use crate::series::SeriesChart;
use crate::{Attrs, Data};
use govlens_core::export::{score_rows, to_csv};
use govlens_core::views::{DimensionView, EuropamView};
use govlens_core::Corpus;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScoresProps {
    pub data: Data,
    pub attrs: Attrs,
}

fn source_line(c: &Corpus, view: &EuropamView) -> String {
    match view.headlines.first() {
        Some(s) => {
            let cite = c.cite(&s.provenance, s.year);
            format!(
                "{}, {} ({}), scores for {}",
                cite.title,
                cite.publisher,
                cite.document,
                view.years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ")
            )
        }
        None => "EUROPAM".into(),
    }
}

fn headline_table(view: &EuropamView, name: &str) -> Html {
    html! {
        <table class="gl-table">
            <caption class="gl-sr">{ format!("EUROPAM headline scores, {name}") }</caption>
            <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ name }</th><th scope="col">{ "European average" }</th><th scope="col">{ "Year" }</th></tr></thead>
            <tbody>
                { for view.headlines.iter().map(|s| html! {
                    <tr><th scope="row">{ &s.dimension }</th><td>{ num(s.value) }</td><td>{ num(s.reference_value) }</td><td>{ s.year.map(|y| y.to_string()).unwrap_or_else(|| "not given".into()) }</td></tr>
                }) }
            </tbody>
        </table>
    }
}

fn dimension_table(d: &DimensionView, years: &[u16]) -> Html {
    let rows = d.primary.iter().map(|s| ("Primary", s)).chain(d.alternative.iter().map(|s| ("By official", s)));
    html! {
        <table class="gl-table">
            <caption class="gl-sr">{ format!("{} sub-metrics by year", d.dimension) }</caption>
            <thead><tr><th scope="col">{ "Metric" }</th><th scope="col">{ "Kind" }</th>{ for years.iter().map(|y| html! { <th scope="col">{ y }</th> }) }<th scope="col">{ "Year not established" }</th></tr></thead>
            <tbody>
                { for rows.map(|(kind, s)| {
                    let at = |y: u16| s.points.iter().find(|p| p.year == Some(y)).map(|p| num(p.value)).unwrap_or_else(|| "—".into());
                    let undated: Vec<String> = s.points.iter().filter(|p| p.year.is_none()).map(|p| num(p.value)).collect();
                    html! { <tr><th scope="row">{ &s.metric }</th><td>{ kind }</td>{ for years.iter().map(|&y| html! { <td>{ at(y) }</td> }) }<td>{ undated.join(", ") }</td></tr> }
                }) }
            </tbody>
        </table>
    }
}

fn describe(view: &EuropamView, name: &str) -> String {
    let parts: Vec<String> = view.headlines.iter().map(|s| format!("{} {} (European average {})", s.dimension, num(s.value), num(s.reference_value))).collect();
    format!("Bar chart of {name}'s EUROPAM headline scores on a scale of 0 to 100, each against the European average: {}.", parts.join("; "))
}

#[function_component(Scores)]
pub fn scores(p: &ScoresProps) -> Html {
    let c = p.data.corpus();
    let wanted = p.attrs.get("dimension").map(str::to_string);
    let chosen = use_state(|| wanted.clone());
    {
        // A changed `dimension` attribute wins over what the reader picked before.
        let chosen = chosen.clone();
        use_effect_with(wanted.clone(), move |w| {
            chosen.set(w.clone());
        });
    }
    let country = match need_country(&p.attrs, "govlens-scores") {
        Ok(cc) => cc,
        Err(message) => return message,
    };
    let view = match c.europam(country) {
        Ok(v) if !v.headlines.is_empty() => v,
        Ok(v) => return error_box("No EUROPAM scores", &format!("The corpus has no EUROPAM page for {}.", v.country)),
        Err(e) => return error_box("Unknown country", &e.to_string()),
    };
    let name = govlens_core::countries::name_of(&view.country).unwrap_or(&view.country).to_string();
    let source = source_line(c, &view);
    let bars: Vec<Bar> = view
        .headlines
        .iter()
        .map(|s| Bar {
            key: s.dimension.clone(),
            label: s.dimension.clone(),
            value: s.value,
            reference: s.reference_value,
            note: None,
            badge: None,
            source: c.cite(&s.provenance, s.year).line(),
        })
        .collect();
    let selected = (*chosen).as_ref().and_then(|want| view.dimensions.iter().find(|d| d.dimension.eq_ignore_ascii_case(want)));
    let unknown_dim = (*chosen).as_ref().filter(|_| selected.is_none()).map(|want| {
        let names: Vec<&str> = view.dimensions.iter().map(|d| d.dimension.as_str()).collect();
        format!("There is no EUROPAM dimension '{want}'; choose one of {}.", names.join(", "))
    });
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |d: String| chosen.set(Some(d)))
    };
    let on_change = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            chosen.set((!v.is_empty()).then_some(v));
        })
    };
    let csv = Rc::new(to_csv(&score_rows(&view.headlines)));
    let file = format!("govlens-{}-europam.csv", view.country.to_ascii_lowercase());
    let current = selected.map(|d| d.dimension.clone()).unwrap_or_default();
    let select_id = "gl-dimension";
    let controls = html! {
        <p class="gl-controls">
            <label for={select_id}>{ "Sub-metrics of " }</label>
            <select id={select_id} onchange={on_change}>
                <option value="" selected={current.is_empty()}>{ "choose a dimension" }</option>
                { for view.dimensions.iter().map(|d| html! { <option value={d.dimension.clone()} selected={d.dimension == current}>{ &d.dimension }</option> }) }
            </select>
        </p>
    };
    html! {
        <div class="gl-scores">
            <Frame title={format!("Public accountability in {name}: EUROPAM scores")} description={describe(&view, &name)} source={source.clone()} csv={csv} filename={file}
                   table={headline_table(&view, &name)} controls={controls}>
                <Bars bars={bars} subject={name.clone()} reference="European average" label={format!("EUROPAM headline scores, {name}; choose a bar to see its sub-metrics")}
                      selected={selected.map(|d| d.dimension.clone())} on_select={Some(on_select)} />
            </Frame>
            if let Some(msg) = unknown_dim {
                { error_box("Unknown dimension", &msg) }
            }
            if let Some(d) = selected {
                { dimension_view(c, &view, d, &name) }
            }
        </div>
    }
}

fn dimension_view(c: &Corpus, view: &EuropamView, d: &DimensionView, name: &str) -> Html {
    let first = view.years.first().copied().unwrap_or_default();
    let last = view.years.last().copied().unwrap_or_default();
    let source = d.scores.first().map(|s| {
        let cite = c.cite(&s.provenance, None);
        format!("{}, {} ({}), {} sub-metrics {first}-{last}", cite.title, cite.publisher, cite.document, d.dimension)
    });
    let source = source.unwrap_or_default();
    let csv = Rc::new(to_csv(&score_rows(&d.scores)));
    let file = format!("govlens-{}-europam-{}.csv", view.country.to_ascii_lowercase(), d.dimension.to_ascii_lowercase().replace(' ', "-"));
    let summary: Vec<String> = d
        .primary
        .iter()
        .chain(&d.alternative)
        .map(|s| {
            let pts: Vec<String> = s.points.iter().filter_map(|p| Some(format!("{} {}", p.year?, num(p.value)))).collect();
            format!("{}: {}", s.metric, pts.join(", "))
        })
        .collect();
    let description = format!("Dot charts of {name}'s {} sub-metrics from {first} to {last}, 0 to 100. {}.", d.dimension, summary.join("; "));
    html! {
        <Frame title={format!("{}: sub-metrics, {first}–{last}", d.dimension)} description={description} source={source.clone()} csv={csv} filename={file} table={dimension_table(d, &view.years)}>
            <div class="gl-multiples">
                { for d.primary.iter().map(|s| html! { <SeriesChart series={s.clone()} years={view.years.clone()} source={source.clone()} /> }) }
            </div>
            if !d.alternative.is_empty() {
                <p class="gl-subhead">{ "By type of official (alternative metrics)" }</p>
                <div class="gl-multiples">
                    { for d.alternative.iter().map(|s| html! { <SeriesChart series={s.clone()} years={view.years.clone()} source={source.clone()} /> }) }
                </div>
            }
        </Frame>
    }
}
