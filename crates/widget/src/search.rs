//! `<govlens-search>`: full-text search over the corpus as you type, with filters for country
//! and source. Snippets mark the matches from the engine's ranges as text nodes inside `<mark>`,
//! never by building HTML from the documents.
use crate::common::{error_box, use_headings, use_locale};
use crate::{Attrs, Data};
use govlens_core::views::search::{HitText, SearchLabels, SearchState, SearchView};
use govlens_core::{SearchOptions, SearchResults, Step};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchProps {
    pub data: Data,
    pub attrs: Attrs,
}

/// The snippet as text and `<mark>`ed matches: text nodes, never HTML built from a document.
fn marked(h: &HitText) -> Html {
    html! {
        <p class="gl-snippet" lang={h.lang.clone()}>
            if h.cut_start { { "… " } }
            { for h.snippet.iter().map(|(text, hit)| if *hit { html! { <mark>{ text }</mark> } } else { html! { { text } } }) }
            if h.cut_end { { " …" } }
        </p>
    }
}

/// Where a search stands: its results (the last ones while a split folder's files arrive) and
/// whether it waits for files.
struct Searched {
    /// An error as its message and its code.
    results: Option<Result<Rc<SearchResults>, (String, String)>>,
    loading: bool,
}

/// Runs a search (`None`: nothing typed) on the store, fetching the files a split folder needs
/// and running again when they arrive.
#[hook]
fn use_search(data: &Data, search: Option<(String, SearchOptions)>) -> Searched {
    // Files added so far (a split folder's shards and texts): a search that waited for them
    // runs again when they arrive.
    let added = use_state(|| data.added());
    let step = {
        let data = data.clone();
        use_memo((search, *added), move |(search, _)| search.as_ref().map(|(q, options)| data.store().step(q, options)))
    };
    // The files the search waits for, and the last error fetching them.
    let waiting: Option<Vec<String>> = match step.as_ref() {
        Some(Ok(Step::Fetch(paths))) => Some(paths.clone()),
        _ => None,
    };
    let failed = use_state(|| None::<(Vec<String>, String)>);
    {
        let (data, added, failed) = (data.clone(), added.clone(), failed.clone());
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
    let results = match step.as_ref() {
        None => None,
        Some(Ok(Step::Done(r))) => {
            let r = Rc::new(r.clone());
            *shown.borrow_mut() = Some(r.clone());
            Some(Ok(r))
        }
        Some(Ok(Step::Fetch(_))) => match &fetch_error {
            Some(e) => Some(Err((e.clone(), "fetch-failed".to_string()))),
            None => shown.borrow().clone().map(Ok),
        },
        Some(Err(e)) => Some(Err((e.to_string(), govlens_core::Coded::code(e).to_string()))),
    };
    Searched { results, loading: waiting.is_some() && fetch_error.is_none() }
}

#[function_component(Search)]
pub fn search(p: &SearchProps) -> Html {
    let h = use_headings();
    let locale = use_locale();
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
    let limit = SearchView::limit(p.attrs.get("limit"));
    let Searched { results, loading } = use_search(&p.data, SearchView::options(&query, &country, &source, limit));
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_focus = {
        // Building the index takes a moment: start it when the reader heads for the box.
        let data = p.data.clone();
        Callback::from(move |_: FocusEvent| {
            let _ = data.store().index();
        })
    };
    let on_country = {
        let country = country.clone();
        Callback::from(move |e: Event| country.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_source = {
        let source = source.clone();
        Callback::from(move |e: Event| source.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let state = match results.as_ref() {
        _ if loading => SearchState::Loading(results.as_ref().and_then(|r| r.as_deref().ok())),
        None => SearchState::Idle,
        Some(Ok(r)) => SearchState::Done(r),
        Some(Err((e, code))) => SearchState::Failed(e, code),
    };
    let (view, scope) = {
        let store = p.data.store();
        (SearchView::new(state, &query, store.sources(), locale).about(store.corpus(), &query, locale), store.scope(locale))
    };
    let labels = SearchLabels::of(locale);
    html! {
        <div class="gl-search" role="search">
            <@{h.title()} class="gl-title">{ p.attrs.get("title").unwrap_or(&labels.title) }</@>
            <div class="gl-search-controls">
                <label class="gl-field gl-field-query"><span>{ &labels.query }</span>
                    <input type="search" value={(*query).clone()} oninput={on_input} onfocus={on_focus} maxlength="2048" autocomplete="off" spellcheck="false"
                           placeholder={labels.placeholder.clone()} />
                </label>
                <label class="gl-field"><span>{ &labels.country }</span>
                    <select onchange={on_country}>
                        <option value="" selected={country.is_empty()}>{ &labels.all_countries }</option>
                        { for scope.countries.iter().map(|(cc, name)| html! { <option value={cc.clone()} selected={*country == *cc}>{ name }</option> }) }
                    </select>
                </label>
                <label class="gl-field"><span>{ &labels.source }</span>
                    <select onchange={on_source}>
                        <option value="" selected={source.is_empty()}>{ &labels.all_sources }</option>
                        { for scope.families.iter().map(|(slug, label)| html! { <option value={slug.clone()} selected={*source == *slug}>{ label }</option> }) }
                    </select>
                </label>
            </div>
            <p class="gl-status" role="status" aria-live="polite">{ &view.status }{ &view.ignored }</p>
            if let Some(about) = &view.about { <p class="gl-note">{ about }</p> }
            if let Some(problem) = &view.problem {
                { error_box(problem, locale) }
            }
            if let Some(hits) = &view.hits {
                <ol class="gl-hits" aria-busy={loading.to_string()}>
                    { for hits.iter().map(|h| html! {
                        <li class="gl-hit-item" data-passage={h.id.clone()}>
                            <p class="gl-hit-head"><span class="gl-hit-country">{ &h.country }</span>{ " · " }<span lang={h.lang.clone()}>{ &h.section }</span></p>
                            { marked(h) }
                            { for h.flags.iter().map(|f| html! { <p class="gl-note gl-flag">{ f }</p> }) }
                            if let Some(note) = &h.incomplete { <p class="gl-note gl-incomplete">{ note }</p> }
                            <p class="gl-cite">{ &h.cite }</p>
                        </li>
                    }) }
                </ol>
            }
        </div>
    }
}
