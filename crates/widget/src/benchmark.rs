//! `<govlens-benchmark>`: the eGovernment Benchmark of the DPA factsheet: each group's
//! indicators for the country against the EU27+ average, with the growth since the previous
//! measurement.
use crate::bars::{Bar, Bars};
use crate::common::{error_box, need_country, num};
use crate::frame::Frame;
use crate::{Attrs, Data};
use govlens_core::export::{score_rows, to_csv};
use govlens_core::views::BenchmarkView;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BenchmarkProps {
    pub data: Data,
    pub attrs: Attrs,
}

fn table(view: &BenchmarkView, name: &str) -> Html {
    html! {
        <table class="gl-table">
            <caption class="gl-sr">{ format!("eGovernment Benchmark, {name}") }</caption>
            <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Indicator" }</th><th scope="col">{ name }</th><th scope="col">{ "EU27+ average" }</th><th scope="col">{ "Growth" }</th><th scope="col">{ "Measured" }</th></tr></thead>
            <tbody>
                { for view.groups.iter().flat_map(|g| g.indicators.iter().map(move |i| html! {
                    <tr><td>{ &g.group }</td><th scope="row">{ &i.indicator }</th><td>{ num(i.score.value) }</td><td>{ num(i.score.reference_value) }</td>
                        <td>{ i.growth.as_ref().map(|gr| format!("{} ({})", signed(gr.value), gr.period.as_deref().unwrap_or("change"))).unwrap_or_else(|| "—".into()) }</td>
                        <td>{ i.score.period.clone().unwrap_or_default() }</td></tr>
                })) }
            </tbody>
        </table>
    }
}

#[function_component(Benchmark)]
pub fn benchmark(p: &BenchmarkProps) -> Html {
    let c = p.data.corpus();
    let country = match need_country(&p.attrs, "govlens-benchmark") {
        Ok(cc) => cc,
        Err(message) => return message,
    };
    let view = match c.benchmark(country) {
        Ok(v) if !v.groups.is_empty() => v,
        Ok(v) => return error_box("No eGovernment Benchmark", &format!("The corpus has no DPA factsheet with a benchmark for {}.", v.country)),
        Err(e) => return error_box("Unknown country", &e.to_string()),
    };
    let name = govlens_core::countries::name_of(&view.country).unwrap_or(&view.country).to_string();
    let first = &view.groups[0].indicators[0].score;
    let cite = c.cite(&first.provenance, first.year);
    let period = first.period.clone().map(|p| format!(", measured {p}")).unwrap_or_default();
    let source = format!("{} ({}), §1.4 eGovernment State of Play, {}{period}", cite.title, cite.publisher, cite.document);
    let all: Vec<_> = view.groups.iter().flat_map(|g| g.indicators.iter().flat_map(|i| std::iter::once(&i.score).chain(i.growth.as_ref()))).collect();
    let csv = Rc::new(to_csv(&score_rows(all.iter().copied())));
    let description: Vec<String> = view
        .groups
        .iter()
        .map(|g| {
            let items: Vec<String> =
                g.indicators.iter().map(|i| format!("{} {} (EU27+ {})", i.indicator, num(i.score.value), num(i.score.reference_value))).collect();
            format!("{}: {}", g.group, items.join(", "))
        })
        .collect();
    html! {
        <Frame title={format!("{name} in the eGovernment Benchmark")} description={format!("Bar charts of {name}'s eGovernment Benchmark indicators (0 to 100) against the EU27+ average. {}.", description.join("; "))}
               source={source.clone()} csv={csv} filename={format!("govlens-{}-egov-benchmark.csv", view.country.to_ascii_lowercase())} table={table(&view, &name)}>
            <div class="gl-groups">
                { for view.groups.iter().map(|g| {
                    let bars: Vec<Bar> = g.indicators.iter().map(|i| Bar {
                        key: i.indicator.clone(),
                        label: i.indicator.clone(),
                        value: i.score.value,
                        reference: i.score.reference_value,
                        note: i.growth.as_ref().map(|gr| format!("{} since {}", signed(gr.value), gr.period.as_deref().and_then(|p| p.strip_prefix("change since ")).unwrap_or("the previous measurement"))),
                        badge: i.growth.as_ref().map(|gr| signed(gr.value)),
                        source: c.cite(&i.score.provenance, i.score.year).line(),
                    }).collect();
                    html! {
                        <section class="gl-group">
                            <h4 class="gl-subhead">{ &g.group }</h4>
                            <Bars bars={bars} subject={name.clone()} reference="EU27+ average" label={format!("{}: {name} against the EU27+ average", g.group)} />
                        </section>
                    }
                }) }
            </div>
        </Frame>
    }
}

/// `+11`, `-3`, `0`.
pub fn signed(v: Option<f64>) -> String {
    match v {
        Some(x) if x > 0.0 => format!("+{}", govlens_core::format::number(x)),
        other => num(other),
    }
}
