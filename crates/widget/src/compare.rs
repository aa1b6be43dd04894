//! `<govlens-compare>`: core's comparison ([`CompareView`]) laid out: the UN questionnaire's
//! questions with each country's answer (yes / no / unknown, how it was established, its text on
//! expand), a filter for the questions answered differently, the headline scores, and the
//! datasets' indicators side by side.
use crate::common::{cite, error_box, table, use_locale};
use crate::frame::Frame;
use crate::{Attrs, Data};
use govlens_core::views::compare::CompareOptions;
use govlens_core::views::compare::{Chip, QuestionText};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub data: Data,
    pub attrs: Attrs,
}

fn chip_class(c: &Chip) -> Classes {
    classes!("gl-chip", format!("is-{}", c.state))
}

fn question(q: &QuestionText, lang: &Option<String>) -> Html {
    let chips = q.chips.iter().map(|c| html! { <span class={chip_class(c)}><span class="gl-chip-cc">{ &c.country }</span>{ &c.label }</span> });
    html! {
        <details class="gl-question">
            <summary>
                <span class="gl-qno">{ &q.number }</span>
                <span class="gl-qtext" lang={lang.clone()}>{ &q.asked }</span>
                <span class="gl-chips">{ for chips }</span>
            </summary>
            <div class="gl-answers">
                { for q.answers.iter().map(|a| html! {
                    <div class="gl-answer">
                        <p class="gl-answer-head"><strong>{ &a.head }</strong>{ &a.basis }</p>
                        if let Some(r) = &a.reason { <p class="gl-reason">{ r }</p> }
                        if let Some(t) = &a.text { <p class="gl-answer-text" lang={lang.clone()}>{ t }</p> }
                        if let Some((line, full)) = &a.cite { <p class="gl-cite-line">{ cite(line, full) }</p> }
                        { for a.items.iter().map(|(c, item)| html! { <p class="gl-item"><span class={chip_class(c)}>{ &c.label }</span>{ " " }<span lang={lang.clone()}>{ item }</span></p> }) }
                    </div>
                }) }
            </div>
        </details>
    }
}

#[function_component(Compare)]
pub fn compare(p: &CompareProps) -> Html {
    let locale = use_locale();
    let options = CompareOptions::from_attributes_with(p.attrs.raw("differences-only"), p.attrs.get("limit"), p.attrs.get("sections"))
        .map(|o| CompareOptions { locale, ..o });
    // Built once per set of countries and options: the filter and "show all" re-render, and
    // the view holds every question, both tables and both CSVs.
    let view = use_memo((p.data.clone(), p.attrs.list("countries"), options.clone()), |(data, countries, options)| {
        options.clone().and_then(|o| data.store().corpus().compare_view(countries, o))
    });
    let starts_filtered = view.as_ref().as_ref().is_ok_and(|v| v.differences_only);
    let only_diff = use_state_eq(|| starts_filtered);
    let expanded = use_state(|| false);
    // The attribute changed: the filter follows it.
    {
        let only_diff = only_diff.clone();
        use_effect_with(starts_filtered, move |on| only_diff.set(*on));
    }
    let view = match view.as_ref() {
        Ok(view) => view,
        Err(problem) => return error_box(problem, locale),
    };
    let shown = view.shown(*only_diff, *expanded);
    let more = shown.toggle.as_ref().map(|label| {
        let open = if *expanded { "true" } else { "false" };
        let expanded = expanded.clone();
        let onclick = Callback::from(move |_: MouseEvent| expanded.set(!*expanded));
        html! { <button type="button" class="gl-button gl-more" aria-expanded={open} {onclick}>{ label }</button> }
    });
    let toggle = {
        let only_diff = only_diff.clone();
        Callback::from(move |_: Event| only_diff.set(!*only_diff))
    };
    let controls = html! {
        <p class="gl-controls">
            <input type="checkbox" id="gl-only-diff" checked={*only_diff} onchange={toggle} />
            <label for="gl-only-diff">{ &view.only_differing }</label>
        </p>
    };
    // The way past the questions: a button (shown when focused) that moves focus to the end
    // of the list, from where Tab goes on to what follows.
    let end = use_node_ref();
    let skip = {
        let end = end.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = end.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    let f = &view.frame;
    let questions = html! {
        <>
            // Countries without a UN questionnaire in the corpus (most of the datasets' 214) are
            // compared on the datasets alone.
            if !view.questions.is_empty() {
                <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()}
                       table={table(&view.table)} controls={controls}>
                    <p class="gl-counts">{ &view.counts }</p>
                    <button type="button" class="gl-button gl-skip" onclick={skip}>{ &view.skip }</button>
                    <div class="gl-questions">
                        { for shown.questions.iter().map(|q| question(q, &view.source_lang)) }
                        if let Some(empty) = &shown.empty { <p class="gl-empty">{ empty }</p> }
                    </div>
                    { for more }
                    <span class="gl-sr" tabindex="-1" ref={end}>{ &view.end_of_list }</span>
                </Frame>
            }
        </>
    };
    let scores = html! {
        <>
            if let Some((f, scores)) = &view.scores {
                <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()}
                       table={html! {}} toggle={false}>
                    <div class="gl-table-wrap">{ table(scores) }</div>
                </Frame>
            }
        </>
    };
    let datasets = html! {
        <>
            if let Some((f, values)) = &view.datasets {
                <Frame title={f.title.clone()} description={f.description.clone()} source={f.source.clone()} csv={Rc::new(f.csv.clone())} filename={f.filename.clone()}
                       table={html! {}} toggle={false}>
                    <div class="gl-table-wrap">{ table(values) }</div>
                </Frame>
            }
        </>
    };
    // The blocks in the order core put them (the `sections` attribute's).
    let blocks = view.blocks.iter().map(|b| match b.as_str() {
        "questions" => questions.clone(),
        "scores" => scores.clone(),
        "datasets" => datasets.clone(),
        _ => html! {},
    });
    html! { <div class="gl-compare">{ for blocks }</div> }
}
