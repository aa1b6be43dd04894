//! `<govlens-search>`: full-text search over the corpus as you type, with filters for country
//! and source. Snippets mark the matches from the engine's ranges as text nodes inside `<mark>`,
//! never by building HTML from the documents.
use crate::common::error_box;
use crate::{Attrs, Data};
use govlens_core::layout::Step;
use govlens_core::search::snippet::Snippet;
use govlens_core::{Family, SearchOptions, SearchResults};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub data: Data,
    pub attrs: Attrs,
}

/// The snippet as text and `<mark>`ed matches.
pub fn marked(s: &Snippet) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut at = 0;
    for r in &s.ranges {
        let (Some(before), Some(hit)) = (s.text.get(at..r.start), s.text.get(r.start..r.end)) else { continue };
        parts.push(html! { { before.to_string() } });
        parts.push(html! { <mark>{ hit.to_string() }</mark> });
        at = r.end;
    }
    parts.push(html! { { s.text.get(at..).unwrap_or_default().to_string() } });
    html! {
        <p class="gl-snippet">
            if s.cut_start { { "… " } }
            { for parts }
            if s.cut_end { { " …" } }
        </p>
    }
}

fn family_label(f: Family) -> &'static str {
    match f {
        Family::UnMsq => "UN questionnaire",
        Family::DpaFactsheet => "DPA factsheet",
        Family::AiWatch => "AI Watch",
        Family::Europam => "EUROPAM",
    }
}

#[function_component(Search)]
pub fn search(p: &SearchProps) -> Html {
    let query = use_state(|| p.attrs.get("query").unwrap_or_default().to_string());
    let country = use_state(|| p.attrs.get("country").unwrap_or_default().to_ascii_uppercase());
    let source = use_state(|| p.attrs.get("source").unwrap_or_default().to_string());
    {
        // Changed attributes replace what the reader typed or picked.
        let (q, c, s) = (query.clone(), country.clone(), source.clone());
        let deps = (p.attrs.get("query").map(str::to_string), p.attrs.get("country").map(str::to_string), p.attrs.get("source").map(str::to_string));
        use_effect_with(deps, move |(aq, ac, asrc)| {
            q.set(aq.clone().unwrap_or_default());
            c.set(ac.clone().unwrap_or_default().to_ascii_uppercase());
            s.set(asrc.clone().unwrap_or_default());
        });
    }
    let limit: usize = p.attrs.get("limit").and_then(|l| l.parse().ok()).filter(|l| (1..=50).contains(l)).unwrap_or(10);
    // Files added so far (a split folder's shards and texts): a search that waited for them
    // runs again when they arrive.
    let added = use_state(|| p.data.added());
    let data = p.data.clone();
    let step = use_memo(((*query).clone(), (*country).clone(), (*source).clone(), limit, *added), move |(q, cc, src, limit, _)| {
        if q.trim().is_empty() {
            return None;
        }
        let options = SearchOptions {
            countries: if cc.is_empty() { vec![] } else { vec![cc.clone()] },
            sources: if src.is_empty() { vec![] } else { vec![src.clone()] },
            limit: *limit,
            ..SearchOptions::default()
        };
        Some(data.search(q, &options))
    });
    // The files the search waits for, and the last error fetching them.
    let waiting: Option<Vec<String>> = match step.as_ref() {
        Some(Ok(Step::Fetch(paths))) => Some(paths.clone()),
        _ => None,
    };
    let failed = use_state(|| None::<(Vec<String>, String)>);
    {
        let (data, added, failed) = (p.data.clone(), added.clone(), failed.clone());
        use_effect_with(waiting.clone(), move |waiting| {
            if let Some(paths) = waiting.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    match data.fetch(&paths).await {
                        Ok(()) => added.set(data.added()),
                        Err(e) => failed.set(Some((paths, e))),
                    }
                });
            }
        });
    }
    let fetch_error = match (&waiting, failed.as_ref()) {
        (Some(w), Some((paths, e))) if w == paths => Some(e.clone()),
        _ => None,
    };
    // While files arrive, the last results stay on screen.
    let shown = use_mut_ref(|| None::<Rc<SearchResults>>);
    let results: Option<Result<Rc<SearchResults>, String>> = match step.as_ref() {
        None => None,
        Some(Ok(Step::Done(r))) => {
            let r = Rc::new(r.clone());
            *shown.borrow_mut() = Some(r.clone());
            Some(Ok(r))
        }
        Some(Ok(Step::Fetch(_))) => match &fetch_error {
            Some(e) => Some(Err(e.clone())),
            None => shown.borrow().clone().map(Ok),
        },
        Some(Err(e)) => Some(Err(e.to_string())),
    };
    let loading = waiting.is_some() && fetch_error.is_none();
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_focus = {
        // Building the index takes a moment: start it when the reader heads for the box.
        let data = p.data.clone();
        Callback::from(move |_: FocusEvent| data.warm_index())
    };
    let on_country = {
        let country = country.clone();
        Callback::from(move |e: Event| country.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_source = {
        let source = source.clone();
        Callback::from(move |e: Event| source.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let (countries, families) = p.data.scope();
    let status = match results.as_ref() {
        _ if loading => "Searching…".to_string(),
        None => "Type to search the documents.".to_string(),
        Some(Ok(r)) if r.hits.is_empty() => format!("No passage matches “{}”.", query.trim()),
        Some(Ok(r)) if r.total > r.hits.len() => format!("{} passages match; the best {} are shown.", r.total, r.hits.len()),
        Some(Ok(r)) => format!("{} passage{} match{}.", r.total, if r.total == 1 { "" } else { "s" }, if r.total == 1 { "es" } else { "" }),
        Some(Err(_)) => String::new(),
    };
    let ignored = match results.as_ref() {
        Some(Ok(r)) if !loading && !r.ignored.is_empty() => format!(" Ignored: {}.", r.ignored.join(", ")),
        _ => String::new(),
    };
    html! {
        <div class="gl-search" role="search">
            <h3 class="gl-title">{ p.attrs.get("title").unwrap_or("Search the documents") }</h3>
            <div class="gl-search-controls">
                <label class="gl-field gl-field-query"><span>{ "Search" }</span>
                    <input type="search" value={(*query).clone()} oninput={on_input} onfocus={on_focus} maxlength="2048" autocomplete="off" spellcheck="false"
                           placeholder="e.g. digital identity, open data" />
                </label>
                <label class="gl-field"><span>{ "Country" }</span>
                    <select onchange={on_country}>
                        <option value="" selected={country.is_empty()}>{ "All countries" }</option>
                        { for countries.iter().map(|cc| html! { <option value={cc.clone()} selected={*country == *cc}>{ govlens_core::countries::name_of(cc).unwrap_or(cc) }</option> }) }
                    </select>
                </label>
                <label class="gl-field"><span>{ "Source" }</span>
                    <select onchange={on_source}>
                        <option value="" selected={source.is_empty()}>{ "All sources" }</option>
                        { for families.iter().map(|f| html! { <option value={f.slug()} selected={*source == f.slug()}>{ family_label(*f) }</option> }) }
                    </select>
                </label>
            </div>
            <p class="gl-status" role="status" aria-live="polite">{ status }{ ignored }</p>
            if let Some(Err(e)) = results.as_ref() {
                { error_box("The search could not run", e) }
            }
            if let Some(Ok(r)) = results.as_ref() {
                <ol class="gl-hits" aria-busy={loading.to_string()}>
                    { for r.hits.iter().map(|h| {
                        let name = govlens_core::countries::name_of(&h.country).unwrap_or(&h.country);
                        html! {
                            <li class="gl-hit-item" data-passage={h.id.clone()}>
                                <p class="gl-hit-head"><span class="gl-hit-country">{ name }</span>{ " · " }{ h.section.join(" › ") }</p>
                                { marked(&h.snippet) }
                                <p class="gl-cite">{ p.data.cite(h) }</p>
                            </li>
                        }
                    }) }
                </ol>
            }
        </div>
    }
}
