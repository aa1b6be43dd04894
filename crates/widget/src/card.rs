//! `<govlens-card>`: core's card view ([`CardView`]) laid out. Long lists start short and open on
//! request; everything they say is chosen in core.
use crate::common::{cite, error_box, use_headings, use_locale};
use crate::{Attrs, Data};
use govlens_core::views::card::{CardBlock, CardRow, CardSection, CardView, StrategyText, ValueText};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub data: Data,
    pub attrs: Attrs,
}

/// One value with its source.
fn row(r: &CardRow) -> Html {
    let value = match &r.value {
        ValueText::Text(t) => html! { { t } },
        ValueText::Link { label, href: Some(href) } => html! { <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ label }</a> },
        ValueText::Link { label, href: None } => html! { <span>{ label }</span> },
    };
    html! {
        <div class={classes!("gl-fact", r.sources_differ.then_some("is-differ"), r.component.then_some("is-component"))}>
            <dt lang={r.label_lang.clone()}>{ &r.label }if let Some(badge) = &r.badge { <span class="gl-badge">{ badge }</span> }</dt>
            <dd>
                <span class="gl-value" lang={r.value_lang.clone()}>{ value }</span>
                if let Some(flag) = &r.flag { <span class="gl-note gl-flag">{ flag }</span> }
                { cite(&r.cite.short, &r.cite.full) }
            </dd>
        </div>
    }
}

/// The "show all" / "show fewer" button of a list.
fn toggle_button(open: &UseStateHandle<bool>, show_all: &str, show_fewer: &str) -> Html {
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <button type="button" class="gl-button gl-more" aria-expanded={ if **open { "true" } else { "false" } } {onclick}>
            { if **open { show_fewer.to_string() } else { show_all.to_string() } }
        </button>
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    section: CardSection,
}

#[function_component(Section)]
fn section(p: &SectionProps) -> Html {
    let open = use_state(|| false);
    let h = use_headings();
    let s = &p.section;
    let limit = if *open { usize::MAX } else { s.short };
    html! {
        <section class="gl-section">
            <@{h.section()} class="gl-subhead" lang={s.title_lang.clone()}>{ &s.title }</@>
            if let Some(empty) = &s.empty {
                <p class="gl-empty">{ empty }</p>
            } else {
                <dl class="gl-facts">{ for s.rows.iter().take(limit).map(row) }</dl>
                if s.rows.len() > s.short { { toggle_button(&open, &s.show_all, &s.show_fewer) } }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StrategyProps {
    strategy: StrategyText,
}

/// An AI strategy with its highlights, the first few until asked for all.
#[function_component(Strategy)]
fn strategy(p: &StrategyProps) -> Html {
    let open = use_state(|| false);
    let h = use_headings();
    let s = &p.strategy;
    let limit = if *open { usize::MAX } else { s.short };
    html! {
        <section class="gl-section">
            <@{h.section()} class="gl-subhead">{ &s.heading }</@>
            <p class="gl-value" lang={s.lang.clone()}>{ &s.title }</p>
            <ul class="gl-list" lang={s.lang.clone()}>{ for s.highlights.iter().take(limit).map(|h| html! { <li>{ h }</li> }) }</ul>
            if s.highlights.len() > s.short { { toggle_button(&open, &s.show_all, &s.show_fewer) } }
            if let Some(note) = &s.incomplete { <p class="gl-note gl-incomplete">{ note }</p> }
            { cite(&s.cite.short, &s.cite.full) }
        </section>
    }
}

/// One of the card's blocks, in the order core put them.
fn block(b: &CardBlock, h: &crate::common::Headings) -> Html {
    match b {
        CardBlock::Values { section, .. } => html! { <Section section={section.clone()} /> },
        CardBlock::Strategy { strategy, .. } => html! { <Strategy strategy={strategy.clone()} /> },
        CardBlock::Questionnaire { heading, counts, cite: source, .. } => html! {
            <section class="gl-section">
                <@{h.section()} class="gl-subhead">{ heading }</@>
                <p class="gl-value">{ counts }</p>
                { cite(&source.short, &source.full) }
            </section>
        },
        CardBlock::Note { text, .. } => html! { <p class="gl-empty">{ text }</p> },
    }
}

#[function_component(Card)]
pub fn card(p: &CardProps) -> Html {
    let h = use_headings();
    let locale = use_locale();
    let card: CardView = match p.data.store().corpus().card_view(p.attrs.get("country"), p.attrs.get("sections"), locale) {
        Ok(card) => card,
        Err(problem) => return error_box(&problem, locale),
    };
    html! {
        <article class="gl-card" aria-label={card.label.clone()}>
            <header class="gl-card-head">
                <@{h.title()} class="gl-title">{ &card.name }<span class="gl-code">{ &card.country }</span></@>
                <p class="gl-sub">{ &card.subtitle }</p>
            </header>
            <div class="gl-card-body">
                { for card.blocks.iter().map(|b| block(b, &h)) }
            </div>
            <p class="gl-foot">{ &card.footer }</p>
        </article>
    }
}
