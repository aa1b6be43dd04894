//! `<govlens-trend>`: core's trend view ([`TrendView`]) laid out as an SVG line chart in core's
//! view box: grid lines at core's ticks, a line per country labelled at its end, the data's
//! aggregate dashed, every point with its value and source as its title.
use crate::common::{error_box, table, use_locale};
use crate::frame::Frame;
use crate::{Attrs, Data};
use govlens_core::format::length as at;
use govlens_core::views::trend::TREND_BOX;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    pub data: Data,
    pub attrs: Attrs,
}

#[function_component(Trend)]
pub fn trend(p: &TrendProps) -> Html {
    let countries: Vec<&str> =
        p.attrs.get("countries").or(p.attrs.get("country")).unwrap_or_default().split(',').map(str::trim).filter(|c| !c.is_empty()).collect();
    let locale = use_locale();
    let view = match p.data.store().corpus().trend_view_in(p.attrs.get("indicator"), &countries, p.attrs.get("reference"), locale) {
        Ok(v) => v,
        Err(problem) => return error_box(&problem, locale),
    };
    let (w, h) = TREND_BOX;
    let f = &view.frame;
    html! {
        <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()} table={table(&view.table)} images=true source_lang={view.source_lang.clone()} permalink={p.attrs.get("id").map(str::to_string)}>
            <svg class="gl-trend" viewBox={format!("0 0 {} {}", at(w), at(h))} width="100%" role="img" aria-label={f.description.clone()}>
                { for view.y_ticks.iter().map(|(y, label)| html! {
                    <g class="gl-grid">
                        <line x1="52" x2={at(w - 150.0)} y1={at(*y)} y2={at(*y)} />
                        <text x="46" y={at(*y + 4.0)} text-anchor="end">{ label }</text>
                    </g>
                }) }
                { for view.x_ticks.iter().map(|(x, label)| html! {
                    <text class="gl-axis" x={at(*x)} y={at(h - 10.0)} text-anchor="middle">{ label }</text>
                }) }
                { for view.lines.iter().map(|l| html! {
                    <g class={classes!("gl-tline", format!("gl-c{}", l.colour), l.reference.then_some("is-reference"))}>
                        <path d={l.path.clone()} />
                        { for l.points.iter().map(|pt| html! {
                            <circle cx={at(pt.x)} cy={at(pt.y)} r="3"><title>{ &pt.label }</title></circle>
                        }) }
                        <text class="gl-end" x={at(l.end.0)} y={at(l.end.1 + 4.0)}>{ &l.end.2 }</text>
                    </g>
                }) }
            </svg>
            <p class="gl-note">{ &view.note }</p>
        </Frame>
    }
}
