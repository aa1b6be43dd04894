//! One metric over the years as a small dot-and-line chart (0-100), one per metric, so that
//! seven metrics read as seven small charts rather than seven tangled lines. Years are placed in
//! proportion to time; a value whose year the document does not establish is listed under the
//! chart with its candidate years, never plotted at a guessed year.
use crate::common::{focus_item, roving_step, roving_tabindex};
use govlens_core::format::{length as at, percent as pct};
use govlens_core::views::europam::SeriesChart as Series;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeriesProps {
    pub series: Series,
    /// The x axis: first and last year of all the dimension's series.
    pub years: Vec<u16>,
}

const H: f64 = 126.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 102.0;
const LEFT: f64 = 12.0;
const RIGHT: f64 = 94.0;

fn y_of(v: f64) -> f64 {
    BOTTOM - (v.clamp(0.0, 100.0) / 100.0) * (BOTTOM - TOP)
}

#[function_component(SeriesChart)]
pub fn series_chart(p: &SeriesProps) -> Html {
    let focused = use_state(|| None::<usize>);
    // The chart's one Tab stop (issue 18, item 5): the point last focused, else the first.
    let active = use_state(|| 0usize);
    let (first, last) = (p.years.first().copied().unwrap_or(2012), p.years.last().copied().unwrap_or(2020));
    let span = f64::from(last.saturating_sub(first).max(1));
    let x_of = |y: u16| LEFT + f64::from(y.saturating_sub(first)) / span * (RIGHT - LEFT);
    let known: Vec<(usize, u16, f64)> = p.series.points.iter().enumerate().filter_map(|(i, pt)| Some((i, pt.year?, pt.value?))).collect();
    let metric = &p.series.metric;
    let segments = known.windows(2).map(|w| {
        let (a, b) = (w[0], w[1]);
        html! { <line class="gl-line" x1={pct(x_of(a.1))} y1={at(y_of(a.2))} x2={pct(x_of(b.1))} y2={at(y_of(b.2))} /> }
    });
    let n = known.len();
    let active_at = (*active).min(n.saturating_sub(1));
    let dots = known.iter().enumerate().map(|(k, &(i, year, v))| {
        let point = &p.series.points[i];
        let label = point.label.clone();
        let (f, g, a) = (focused.clone(), focused.clone(), active.clone());
        let on_focus = Callback::from(move |_: FocusEvent| {
            f.set(Some(i));
            a.set(k);
        });
        let on_key = Callback::from(move |e: KeyboardEvent| {
            if let Some(to) = roving_step(&e.key(), k, n) {
                e.prevent_default();
                focus_item(&e, "g.gl-point", to);
            }
        });
        html! {
            <g class="gl-point" tabindex={roving_tabindex(k, active_at)} role="img" aria-label={label} onfocus={on_focus} onblur={Callback::from(move |_: FocusEvent| g.set(None))} onkeydown={on_key}>
                <circle class="gl-dot" cx={pct(x_of(year))} cy={at(y_of(v))} r="5" />
                <text class="gl-dot-value" x={pct(x_of(year))} y={at(y_of(v) - 9.0)} text-anchor="middle">{ &point.text }</text>
            </g>
        }
    });
    let axis = p.years.iter().map(|&y| html! { <text class="gl-axis" x={pct(x_of(y))} y={at(H - 4.0)} text-anchor="middle">{ y }</text> });
    let detail = focused.and_then(|i| p.series.points.get(i)).map(|pt| pt.detail.clone());
    html! {
        <div class="gl-multiple">
            <p class="gl-multiple-title">{ metric }</p>
            <svg class="gl-svg" width="100%" height={at(H)} role="group" aria-label={p.series.label.clone()}>
                <line class="gl-grid" x1={pct(LEFT)} x2={pct(RIGHT)} y1={at(BOTTOM)} y2={at(BOTTOM)} />
                <line class="gl-grid" x1={pct(LEFT)} x2={pct(RIGHT)} y1={at(y_of(50.0))} y2={at(y_of(50.0))} />
                <line class="gl-grid" x1={pct(LEFT)} x2={pct(RIGHT)} y1={at(TOP)} y2={at(TOP)} />
                <text class="gl-axis" x="0" y={at(BOTTOM + 4.0)}>{ "0" }</text>
                <text class="gl-axis" x="0" y={at(TOP + 4.0)}>{ "100" }</text>
                { for segments }
                { for dots }
                { for axis }
            </svg>
            if !p.series.undated.is_empty() {
                <p class="gl-undated">{ for p.series.undated.iter().map(|u| html! { <span>{ u }</span> }) }</p>
            }
            <p class="gl-detail" aria-live="polite">{ detail.unwrap_or_default() }</p>
        </div>
    }
}
