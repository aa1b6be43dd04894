//! Horizontal bars on a 0-100 scale, each with its reference value (an average) as a tick.
//! Positions are percentages, so the chart fills any width from 320 px up without scaling its
//! text; every bar says its value, its reference and its source when focused; the chart is one
//! Tab stop, the arrow keys move between its bars.
use crate::common::{focus_item, roving_step, roving_tabindex};
use govlens_core::format::{length as at, percent as pct};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarsProps {
    /// The bars with their legend and name, as core wrote them.
    pub bars: govlens_core::views::Bars,
    #[prop_or_default]
    pub selected: Option<String>,
    /// Makes the bars buttons that choose what the chart below shows.
    #[prop_or_default]
    pub on_select: Option<Callback<String>>,
    /// The language of the bars' labels where it is not the element's (a dataset's names).
    #[prop_or_default]
    pub label_lang: Option<String>,
}

const ROW: f64 = 50.0;

fn share(v: f64) -> String {
    pct(v.clamp(0.0, 100.0))
}

#[function_component(Bars)]
pub fn bars(p: &BarsProps) -> Html {
    let focused = use_state(|| None::<usize>);
    let chart = &p.bars;
    // The chart's one Tab stop: the bar last focused, else the selected one, else the first.
    let selected_at = chart.bars.iter().position(|b| p.selected.as_deref() == Some(b.key.as_str())).unwrap_or(0);
    let active = use_state(|| selected_at);
    let n = chart.bars.len();
    let active_at = (*active).min(n.saturating_sub(1));
    let height = ROW * chart.bars.len() as f64 + 8.0;
    let rows = chart.bars.iter().enumerate().map(|(i, b)| {
        let y = ROW * i as f64;
        let text = b.describe(&chart.subject, &chart.reference);
        let selected = p.selected.as_deref() == Some(b.key.as_str());
        let (on_focus, on_blur) = {
            let (f, g, a) = (focused.clone(), focused.clone(), active.clone());
            (
                Callback::from(move |_: FocusEvent| {
                    f.set(Some(i));
                    a.set(i);
                }),
                Callback::from(move |_: FocusEvent| g.set(None)),
            )
        };
        let on_click = match &p.on_select {
            Some(cb) => {
                let (cb, key) = (cb.clone(), b.key.clone());
                Callback::from(move |_: MouseEvent| cb.emit(key.clone()))
            }
            None => Callback::noop(),
        };
        // Enter or Space chooses a bar (where bars can be chosen); the arrows move focus.
        let on_key = {
            let (select, key) = (p.on_select.clone(), b.key.clone());
            Callback::from(move |e: KeyboardEvent| match (&select, roving_step(&e.key(), i, n)) {
                (Some(cb), _) if e.key() == "Enter" || e.key() == " " => {
                    e.prevent_default();
                    cb.emit(key.clone());
                }
                (_, Some(to)) => {
                    e.prevent_default();
                    focus_item(&e, "g.gl-bar", to);
                }
                _ => {}
            })
        };
        let role = if p.on_select.is_some() { "button" } else { "img" };
        let numbers = b.numbers();
        let class = classes!("gl-bar", selected.then_some("is-selected"), p.on_select.is_some().then_some("is-button"));
        html! {
            <g class={class} tabindex={roving_tabindex(i, active_at)} role={role} aria-label={text} aria-pressed={p.on_select.as_ref().map(|_| if selected { "true" } else { "false" })}
               onfocus={on_focus} onblur={on_blur} onclick={on_click} onkeydown={on_key}>
                <rect class="gl-hit" x="0" y={at(y)} width="100%" height={at(ROW - 4.0)} />
                // One text element, so that the visible text reads "label numbers" as the name does.
                <text class="gl-bar-label" x="0" y={at(y + 15.0)}><tspan lang={p.label_lang.clone()}>{ &b.label }</tspan>
                    <tspan class="gl-bar-value" x="100%" text-anchor="end">{ format!(" {numbers}") }</tspan>
                </text>
                <rect class="gl-track" x="0" y={at(y + 22.0)} width="100%" height="16" />
                if let Some(v) = b.value {
                    <rect class="gl-mark" x="0" y={at(y + 22.0)} width={share(v)} height="16" />
                }
                if let Some(r) = b.reference {
                    // A halo in the background colour keeps the tick visible on the bar (3:1).
                    <line class="gl-ref-halo" x1={share(r)} x2={share(r)} y1={at(y + 18.0)} y2={at(y + 42.0)} />
                }
                if let Some(r) = b.reference {
                    <line class="gl-ref" x1={share(r)} x2={share(r)} y1={at(y + 18.0)} y2={at(y + 42.0)} />
                }
            </g>
        }
    });
    let detail = focused.and_then(|i| chart.bars.get(i)).map(|b| b.detail(&chart.subject, &chart.reference));
    html! {
        <div class="gl-chart">
            <p class="gl-legend" aria-hidden="true">
                <span class="gl-key gl-key-mark"></span>{ &chart.subject }
                <span class="gl-key gl-key-ref"></span>{ &chart.reference }
            </p>
            <svg class="gl-svg" width="100%" height={at(height)} role="group" aria-label={chart.label.clone()}>
                { for rows }
            </svg>
            <p class="gl-detail" aria-live="polite">{ detail.unwrap_or_default() }</p>
        </div>
    }
}
