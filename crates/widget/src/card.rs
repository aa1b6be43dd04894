//! `<govlens-card>`: a country's fact card. Every value carries its document and year; a fact
//! two documents disagree on shows both values, each with its own source. Long lists start
//! short and open on request.
use crate::common::{cite_short as cite, error_box, grouped, link, need_country, num};
use crate::{Attrs, Data};
use govlens_core::views::{CardFact, CardGroup};
use govlens_core::{Corpus, Fact, Score};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub data: Data,
    pub attrs: Attrs,
}

/// How many entries a list shows before "show all".
const SHORT_LIST: usize = 3;
/// Basic data: population, GDP and the like, before "show all".
const BASIC_LIST: usize = 6;

fn value_text(f: &Fact) -> String {
    let mut v = if f.number.is_some() { grouped(&f.value) } else { f.value.clone() };
    if let Some(u) = &f.unit {
        v = format!("{v} {u}");
    }
    if let Some(p) = f.period.as_ref().filter(|p| !f.value.contains(p.as_str())) {
        v = format!("{v} ({p})");
    }
    v
}

/// One value with its source. Notes (a portal's purpose, a body's role) are left to the
/// documents: the card stays short enough to sit in an article.
fn fact_row(c: &Corpus, cf: &CardFact) -> Html {
    let f = &cf.fact;
    let value = if f.fact == "portal" {
        link(&f.value, f.url.as_deref())
    } else {
        html! { { value_text(f) } }
    };
    html! {
        <div class={classes!("gl-fact", cf.sources_differ.then_some("is-differ"))}>
            <dt>{ &f.label }if cf.sources_differ { <span class="gl-badge">{ "sources differ" }</span> }</dt>
            <dd>
                <span class="gl-value">{ value }</span>
                { cite(&c.cite(&f.provenance, f.year)) }
            </dd>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    data: Data,
    group: CardGroup,
}

#[function_component(Group)]
fn group(p: &GroupProps) -> Html {
    let open = use_state(|| false);
    let c = p.data.corpus();
    let g = &p.group;
    let short = if g.title == "Basic data" { BASIC_LIST } else { SHORT_LIST };
    let limit = if *open { usize::MAX } else { short };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <section class="gl-section">
            <h4 class="gl-subhead">{ &g.title }</h4>
            <dl class="gl-facts">{ for g.facts.iter().take(limit).map(|f| fact_row(c, f)) }</dl>
            if g.facts.len() > short {
                <button type="button" class="gl-button gl-more" aria-expanded={ if *open { "true" } else { "false" } } onclick={toggle}>
                    { if *open { "Show fewer".to_string() } else { format!("Show all {} {}", g.facts.len(), if g.title == "Basic data" { "basic facts".to_string() } else { g.title.to_lowercase() }) } }
                </button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct HighlightsProps {
    items: Vec<String>,
}

/// An AI strategy's highlights, the first few until asked for all.
#[function_component(Highlights)]
fn highlights(p: &HighlightsProps) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let limit = if *open { usize::MAX } else { SHORT_LIST };
    html! {
        <>
            <ul class="gl-list">{ for p.items.iter().take(limit).map(|h| html! { <li>{ h }</li> }) }</ul>
            if p.items.len() > SHORT_LIST {
                <button type="button" class="gl-button gl-more" aria-expanded={ if *open { "true" } else { "false" } } onclick={toggle}>
                    { if *open { "Show fewer".to_string() } else { format!("Show all {} highlights", p.items.len()) } }
                </button>
            }
        </>
    }
}

/// One framework's headline scores, each against the average its document gives beside it.
fn score_section(c: &Corpus, title: &str, average: &str, scores: &[Score]) -> Html {
    if scores.is_empty() {
        return html! {};
    }
    html! {
        <section class="gl-section">
            <h4 class="gl-subhead">{ title }</h4>
            <dl class="gl-facts">
                { for scores.iter().map(|s| html! {
                    <div class="gl-fact"><dt>{ &s.dimension }</dt><dd><span class="gl-value">{ format!("{} ({average} {})", num(s.value), num(s.reference_value)) }</span>{ cite(&c.cite(&s.provenance, s.year)) }</dd></div>
                }) }
            </dl>
        </section>
    }
}

#[function_component(CardView)]
pub fn card_view(p: &CardProps) -> Html {
    let c = p.data.corpus();
    let country = match need_country(&p.attrs, "govlens-card") {
        Ok(cc) => cc,
        Err(message) => return message,
    };
    let card = match c.card(country) {
        Ok(card) => card.for_embed(),
        Err(e) => return error_box("Unknown country", &e.to_string()),
    };
    let documents = c.sources.iter().filter(|s| s.country == card.country).count();
    html! {
        <article class="gl-card" aria-label={format!("{}: digital government facts", card.name)}>
            <header class="gl-card-head">
                <h3 class="gl-title">{ &card.name }<span class="gl-code">{ &card.country }</span></h3>
                <p class="gl-sub">{ format!("Digital government and public accountability, from {documents} source document{}", if documents == 1 { "" } else { "s" }) }</p>
            </header>
            <div class="gl-card-body">
                if card.basic.facts.is_empty() {
                    <section class="gl-section">
                        <h4 class="gl-subhead">{ "Basic data" }</h4>
                        <p class="gl-empty">{ format!("None in the corpus: no DPA factsheet or EUROPAM page for {} yet.", card.name) }</p>
                    </section>
                } else {
                    <Group data={p.data.clone()} group={card.basic.clone()} />
                }
                { for card.groups.iter().map(|g| html! { <Group data={p.data.clone()} group={g.clone()} /> }) }
                { for card.ai_strategies.iter().map(|s| html! {
                    <section class="gl-section">
                        <h4 class="gl-subhead">{ "AI strategy" }</h4>
                        <p class="gl-value">{ &s.title }{ s.released.as_ref().map(|r| format!(" (released {r})")).unwrap_or_default() }</p>
                        <Highlights items={s.highlights.clone()} />
                        { cite(&c.cite(&s.provenance, s.year)) }
                    </section>
                }) }
                { score_section(c, "Public accountability (EUROPAM, 0-100)", "European average", &card.europam) }
                { score_section(c, "eGovernment Benchmark, overall scores", "EU27+ average", &card.benchmark) }
                if let Some(m) = &card.msq {
                    <section class="gl-section">
                        <h4 class="gl-subhead">{ "UN E-Government Survey questionnaire" }</h4>
                        <p class="gl-value">{ format!("{} questions: {} yes, {} no, {} unknown", m.questions, m.yes, m.no, m.unknown) }</p>
                        { cite(&c.cite(&m.provenance, m.year)) }
                    </section>
                }
            </div>
            <p class="gl-foot">{ format!("{} values for {} could not be established from the documents and are not shown.", card.unknowns, card.name) }</p>
        </article>
    }
}
