//! What every chart owes its reader: a title, a text description for screen readers, the source
//! line under it, "show as table" and "download CSV" (the columns of `govlens export`).
use govlens_core::views::FrameLabels;
use web_sys::{Blob, BlobPropertyBag, Url};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    pub title: AttrValue,
    /// What the chart shows, in sentences, for screen readers.
    pub description: AttrValue,
    /// Documents and years, one line.
    pub source: AttrValue,
    /// The chart's data as CSV, and the file name to save it as.
    pub csv: std::rc::Rc<String>,
    pub filename: AttrValue,
    /// The same data as a table.
    pub table: Html,
    /// Offer "show as table"; off when the chart already is a table.
    #[prop_or(true)]
    pub toggle: bool,
    /// Controls shown above the chart (a dimension picker).
    #[prop_or_default]
    pub controls: Html,
    /// Offer the chart as SVG and PNG images (the loader draws them from the chart's SVG, with
    /// the title and source line): for charts drawn as one SVG or a few.
    #[prop_or_default]
    pub images: bool,
    /// What checks found about its values (core's `Bars::flag_notes`), under the chart or the
    /// table, whichever shows.
    #[prop_or_default]
    pub notes: Vec<String>,
    /// The language of the source line where it is not the element's (the citations are
    /// English).
    #[prop_or_default]
    pub source_lang: Option<String>,
    /// The element's id, for a permalink to the table view (`#map-egdi.view=table`).
    #[prop_or_default]
    pub permalink: Option<String>,
    /// The permalink's key: `view`, or the second figure's of an element with two
    /// (`dimension-view`, the scores' dimension).
    #[prop_or(AttrValue::Static("view"))]
    pub view_key: AttrValue,
    pub children: Html,
}

/// An object URL for the CSV, revoked when the data changes or the element goes away.
fn csv_url(csv: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(csv));
    let bag = BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

#[function_component(Frame)]
pub fn frame(p: &FrameProps) -> Html {
    let h = crate::common::use_headings();
    let as_table = use_state(|| crate::common::linked(p.permalink.as_deref(), &p.view_key).as_deref() == Some("table"));
    let url = use_state(|| None::<String>);
    {
        let url = url.clone();
        use_effect_with(p.csv.clone(), move |csv| {
            let made = csv_url(csv);
            url.set(made.clone());
            move || {
                if let Some(u) = made {
                    let _ = Url::revoke_object_url(&u);
                }
            }
        });
    }
    let toggle = {
        let (as_table, id, key) = (as_table.clone(), p.permalink.clone(), p.view_key.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = &id {
                crate::common::set_hash_state(id, &key, (!*as_table).then_some("table"));
            }
            as_table.set(!*as_table)
        })
    };
    let labels = FrameLabels::of(crate::common::use_locale());
    // The images' file name: the CSV's without `.csv` (`govlens-lu-europam`).
    let stem = p.filename.trim_end_matches(".csv").to_string();
    html! {
        <figure class="gl-figure">
            <figcaption class="gl-head">
                <@{h.title()} class="gl-title">{ p.title.clone() }</@>
                <p class="gl-sr">{ p.description.clone() }</p>
            </figcaption>
            { p.controls.clone() }
            if *as_table {
                <div class="gl-table-wrap">{ p.table.clone() }</div>
            } else {
                { p.children.clone() }
            }
            { for p.notes.iter().map(|n| html! { <p class="gl-note gl-flag">{ n }</p> }) }
            <p class="gl-source">{ &labels.source }<span lang={p.source_lang.clone()}>{ p.source.clone() }</span></p>
            <div class="gl-actions">
                if p.toggle {
                    <button type="button" class="gl-button" aria-pressed={ if *as_table { "true" } else { "false" } } onclick={toggle}>
                        { if *as_table { &labels.show_chart } else { &labels.show_table } }
                    </button>
                }
                if let Some(href) = (*url).clone() {
                    <a class="gl-button" href={href} download={p.filename.clone()}>{ &labels.download }</a>
                }
                if p.images && !*as_table {
                    <button type="button" class="gl-button" data-gl-export="svg" data-gl-file={stem.clone()}>{ &labels.download_svg }</button>
                    <button type="button" class="gl-button" data-gl-export="png" data-gl-file={stem}>{ &labels.download_png }</button>
                }
            </div>
        </figure>
    }
}
