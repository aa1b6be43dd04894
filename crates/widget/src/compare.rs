//! `<govlens-compare>`: two or more countries side by side on the UN questionnaire's 44
//! questions (yes / no / unknown with how each answer was established; the answer's text on
//! expand) and on their headline scores.
use crate::common::{error_box, num};
use crate::frame::Frame;
use crate::{Attrs, Data};
use govlens_core::export::{answer_rows, answer_text, score_rows, to_csv};
use govlens_core::query::{AnswerRow, Comparison, ScoreRow};
use govlens_core::{Answer, AnswerValue, Corpus, Framework, ScoreKind};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub data: Data,
    pub attrs: Attrs,
}

/// `✓ yes`: a symbol and a word, so that the answer never rests on colour.
fn answer_label(a: Option<&Answer>) -> (String, &'static str) {
    match a.map(|a| &a.answer) {
        Some(AnswerValue::Yes) => ("✓ yes".into(), "is-yes"),
        Some(AnswerValue::No) => ("✗ no".into(), "is-no"),
        Some(AnswerValue::Unknown) => ("? unknown".into(), "is-unknown"),
        Some(AnswerValue::Other(s)) => (s.clone(), "is-other"),
        None => ("— not in corpus".into(), "is-missing"),
    }
}

fn basis(a: Option<&Answer>) -> String {
    a.map(|a| a.basis.as_str().to_string()).unwrap_or_default()
}

/// The question's own words, without the "Please provide ..." instruction.
fn asked(text: &str) -> &str {
    match text.split("Please provide").next().map(str::trim) {
        Some(q) if !q.is_empty() => q,
        _ => text.trim(),
    }
}

fn differs(r: &AnswerRow) -> bool {
    r.answers.windows(2).any(|w| w[0].1.as_ref().map(|a| &a.answer) != w[1].1.as_ref().map(|a| &a.answer))
}

fn headline_scores(cmp: &Comparison) -> Vec<&ScoreRow> {
    cmp.scores
        .iter()
        .filter(|r| {
            r.kind == ScoreKind::Headline
                || (r.framework == Framework::EgovBenchmark && r.kind == ScoreKind::Indicator && r.metric.as_deref() == Some("Overall scores"))
        })
        .collect()
}

fn question(c: &Corpus, row: &AnswerRow, items: &[&AnswerRow], names: &[String]) -> Html {
    let chips = row.answers.iter().map(|(cc, a)| {
        let (label, class) = answer_label(a.as_ref());
        html! { <span class={classes!("gl-chip", class)}><span class="gl-chip-cc">{ cc }</span>{ label }</span> }
    });
    html! {
        <details class="gl-question">
            <summary>
                <span class="gl-qno">{ format!("Q{}", row.question) }</span>
                <span class="gl-qtext">{ asked(&row.question_text) }</span>
                <span class="gl-chips">{ for chips }</span>
            </summary>
            <div class="gl-answers">
                { for row.answers.iter().zip(names).map(|((cc, a), name)| {
                    let (label, _) = answer_label(a.as_ref());
                    html! {
                        <div class="gl-answer">
                            <p class="gl-answer-head"><strong>{ format!("{name} ({cc}): {label}") }</strong>
                                { a.as_ref().map(|a| format!(" — {} ", basis(Some(a)))).unwrap_or_default() }</p>
                            if let Some(a) = a {
                                if let Some(r) = &a.reason { <p class="gl-reason">{ r }</p> }
                                if !answer_text(a).is_empty() { <p class="gl-answer-text">{ answer_text(a) }</p> }
                                <p class="gl-cite-line">{ cite(&c.cite(&a.provenance, a.year)) }</p>
                            }
                            { for items.iter().map(|it| {
                                let ia = it.answers.iter().find(|(c2, _)| c2 == cc).and_then(|(_, a)| a.as_ref());
                                let (l, class) = answer_label(ia);
                                html! { <p class="gl-item"><span class={classes!("gl-chip", class)}>{ l }</span>{ " " }{ it.item.clone().unwrap_or_default() }</p> }
                            }) }
                        </div>
                    }
                }) }
            </div>
        </details>
    }
}

fn answers_table(rows: &[&AnswerRow], names: &[String]) -> Html {
    html! {
        <table class="gl-table">
            <caption class="gl-sr">{ "UN questionnaire answers by country" }</caption>
            <thead><tr><th scope="col">{ "Question" }</th>{ for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }</tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr><th scope="row">{ format!("Q{} {}", r.question, r.item.as_deref().map(|i| format!("— {i}")).unwrap_or_else(|| asked(&r.question_text).to_string())) }</th>
                        { for r.answers.iter().map(|(_, a)| { let (l, _) = answer_label(a.as_ref()); html! { <td>{ format!("{l} {}", basis(a.as_ref())) }</td> } }) }</tr>
                }) }
            </tbody>
        </table>
    }
}

fn scores_table(rows: &[&ScoreRow], names: &[String]) -> Html {
    html! {
        <table class="gl-table">
            <caption class="gl-sr">{ "Headline scores by country" }</caption>
            <thead><tr><th scope="col">{ "Score" }</th>{ for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }</tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr><th scope="row">{ format!("{} — {}", if r.framework == Framework::Europam { "EUROPAM" } else { "eGovernment Benchmark" }, r.dimension) }</th>
                        { for r.values.iter().map(|(_, s)| html! { <td>{ match s {
                            Some(s) => format!("{}{}", num(s.value), s.year.map(|y| format!(" ({y})")).unwrap_or_default()),
                            None => "— not in corpus".into(),
                        } }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    }
}

#[function_component(Compare)]
pub fn compare(p: &CompareProps) -> Html {
    let only_diff = use_state(|| false);
    let c = p.data.corpus();
    let wanted = p.attrs.list("countries");
    if wanted.len() < 2 {
        return error_box("govlens-compare needs two or more countries", "Add a countries attribute with ISO codes, e.g. countries=\"LU,DK\".");
    }
    let codes: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let cmp = match c.compare(&codes) {
        Ok(cmp) => cmp,
        Err(e) => return error_box("Cannot compare", &e.to_string()),
    };
    let names: Vec<String> = cmp.countries.iter().map(|cc| govlens_core::countries::name_of(cc).unwrap_or(cc).to_string()).collect();
    let questions: Vec<&AnswerRow> = cmp.answers.iter().filter(|r| r.item.is_none()).collect();
    let shown: Vec<&&AnswerRow> = questions.iter().filter(|r| !*only_diff || differs(r)).collect();
    let counts: Vec<String> = cmp
        .countries
        .iter()
        .zip(&names)
        .map(|(cc, n)| {
            let of =
                |v: AnswerValue| questions.iter().filter(|r| r.answers.iter().any(|(c2, a)| c2 == cc && a.as_ref().is_some_and(|a| a.answer == v))).count();
            format!("{n}: {} yes, {} no, {} unknown", of(AnswerValue::Yes), of(AnswerValue::No), of(AnswerValue::Unknown))
        })
        .collect();
    let all_answers: Vec<&Answer> = cmp.answers.iter().flat_map(|r| r.answers.iter().filter_map(|(_, a)| a.as_ref())).collect();
    let csv = Rc::new(to_csv(&answer_rows(all_answers.iter().copied())));
    let sources: Vec<String> =
        all_answers.iter().map(|a| c.cite(&a.provenance, None).document).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let toggle = {
        let only_diff = only_diff.clone();
        Callback::from(move |_: Event| only_diff.set(!*only_diff))
    };
    let file = format!("govlens-compare-{}.csv", cmp.countries.join("-").to_ascii_lowercase());
    let head_scores = headline_scores(&cmp);
    let score_csv = Rc::new(to_csv(&score_rows(head_scores.iter().flat_map(|r| r.values.iter().filter_map(|(_, s)| s.as_ref())))));
    let title = names.join(" and ");
    let controls = html! {
        <p class="gl-controls">
            <input type="checkbox" id="gl-only-diff" checked={*only_diff} onchange={toggle} />
            <label for="gl-only-diff">{ format!("Only questions answered differently ({} of {})", questions.iter().filter(|r| differs(r)).count(), questions.len()) }</label>
        </p>
    };
    html! {
        <div class="gl-compare">
            <Frame title={format!("{title}: the UN e-government questionnaire compared")}
                   description={format!("{} questions of the UN E-Government Survey questionnaire, answered yes, no or unknown. {}.", questions.len(), counts.join("; "))}
                   source={sources.join("; ")} csv={csv} filename={file} table={answers_table(&cmp.answers.iter().collect::<Vec<_>>(), &names)} controls={controls}>
                <p class="gl-counts">{ counts.join(" · ") }</p>
                <div class="gl-questions">
                    { for shown.iter().map(|r| {
                        let items: Vec<&AnswerRow> = cmp.answers.iter().filter(|i| i.item.is_some() && i.question == r.question).collect();
                        question(c, r, &items, &names)
                    }) }
                </div>
            </Frame>
            if !head_scores.is_empty() {
                <Frame title={format!("{title}: headline scores")} description="EUROPAM and eGovernment Benchmark headline scores per country; a dash where the corpus has no such document for a country."
                       source="EUROPAM country pages and DPA factsheets, latest year each" csv={score_csv} filename={format!("govlens-compare-{}-scores.csv", cmp.countries.join("-").to_ascii_lowercase())}
                       table={html! {}} toggle={false}>
                    { scores_table(&head_scores, &names) }
                </Frame>
            }
        </div>
    }
}

/// The source line under a value; the full section, title and lines on hover.
fn cite(c: &govlens_core::views::Citation) -> Html {
    let full = format!("{}. {} ({}), {}", c.line(), c.title, c.publisher, c.file);
    html! { <span class="gl-cite" title={full}>{ c.line() }</span> }
}
