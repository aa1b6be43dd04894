//! `<govlens-benchmark>`: core's benchmark chart ([`BenchmarkChart`]) laid out: a bar chart per
//! group of the DPA factsheet's eGovernment Benchmark, against the EU27+ average.
use crate::bars::Bars;
use crate::common::{error_box, table, use_headings, use_locale};
use crate::frame::Frame;
use crate::{Attrs, Data};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BenchmarkProps {
    pub data: Data,
    pub attrs: Attrs,
}

#[function_component(Benchmark)]
pub fn benchmark(p: &BenchmarkProps) -> Html {
    let h = use_headings();
    let locale = use_locale();
    let chart = match p.data.store().corpus().benchmark_chart(p.attrs.get("country"), locale) {
        Ok(chart) => chart,
        Err(problem) => return error_box(&problem, locale),
    };
    let f = &chart.frame;
    html! {
        <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()} table={table(&chart.table)}
               source_lang={chart.source_lang.clone()} notes={chart.groups.iter().flat_map(|(_, bars)| bars.flag_notes()).collect::<Vec<_>>()} images=true permalink={p.attrs.get("id").map(str::to_string)}>
            if let Some(legend) = &chart.badges { <p class="gl-legend gl-badge-legend">{ legend }</p> }
            <div class="gl-groups">
                { for chart.groups.iter().map(|(group, bars)| html! {
                    <section class="gl-group">
                        <@{h.section()} class="gl-subhead" lang={chart.source_lang.clone()}>{ group }</@>
                        <Bars bars={bars.clone()} label_lang={chart.source_lang.clone()} />
                    </section>
                }) }
            </div>
        </Frame>
    }
}
