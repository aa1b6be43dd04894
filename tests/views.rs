//! Core's views on the real corpus: what the embed's elements and the command show, decided in
//! core, with values read from the bundled documents.
mod common;
use common::*;
use govlens_core::format::Locale;
use govlens_core::views::card::{CardBlock, ReportBlock, ValueText};
use govlens_core::views::search::{SearchState, SearchView};
use govlens_core::{SearchOptions, Store};

#[test]
fn card_view_writes_values_with_sources_and_leaves_out_personal_data() {
    let card = corpus().card_view(Some("lu"), None, Locale::En).expect("Luxembourg's card");
    assert_eq!((card.country.as_str(), card.name.as_str()), ("LU", "Luxembourg"));
    assert_eq!(card.subtitle, "Digital government and public accountability, from 4 source documents");
    // Every block the country has, in the card's order (the datasets' blocks only where the
    // corpus has datasets: this one has documents only).
    let names: Vec<&str> = card.blocks.iter().map(|b| b.name()).collect();
    assert_eq!(names, ["basic", "portals", "bodies", "cio", "strategies", "ai", "europam", "benchmark", "questionnaire"]);
    let basic = card.sections("basic").next().expect("basic data");
    assert_eq!((basic.title.as_str(), basic.short, basic.show_all.as_str()), ("Basic data", 6, "Show all 20 basic facts"));
    // Both populations, each with its document and year, marked as differing.
    let population: Vec<_> = basic.rows.iter().filter(|r| r.label.starts_with("Population")).collect();
    let shown: Vec<_> = population.iter().map(|r| (&r.value, r.badge.as_deref(), r.cite.short.as_str())).collect();
    assert_eq!(
        shown,
        vec![
            (&ValueText::Text("613,894 inhabitants".into()), Some("sources differ"), "DPA factsheet 2020, §1.1, for 2019"),
            (&ValueText::Text("582,972 inhabitants".into()), Some("sources differ"), "EUROPAM 2020, Country Facts"),
        ]
    );
    assert!(population[0].cite.full.contains("001_58defca00d8e36d5.txt (lines"), "{}", population[0].cite.full);
    // The embed leaves out the CIO's name (the terminal card keeps it).
    assert!(
        card.blocks
            .iter()
            .filter_map(|b| match b {
                CardBlock::Values { section, .. } => Some(section),
                _ => None,
            })
            .flat_map(|s| &s.rows)
            .all(|r| r.label != "Name"),
        "no CIO name on the embed's card"
    );
    let europam = card.sections("europam").next().expect("EUROPAM scores");
    assert_eq!(europam.title, "Public accountability (EUROPAM, 0-100)");
    assert_eq!(europam.rows[3].label, "Freedom of Information");
    assert_eq!(europam.rows[3].value, ValueText::Text("29 (European average 59)".into()));
    let Some(CardBlock::Questionnaire { heading, counts, .. }) = card.blocks.last() else { panic!("the UN questionnaire last: {:?}", card.blocks.last()) };
    assert_eq!((heading.as_str(), counts.as_str()), ("UN E-Government Survey questionnaire", "44 questions: 42 yes, 0 no, 2 unknown"));
}

/// Issue 18, item 3: `sections` picks the card's blocks and their order; a block asked for by
/// name that the country lacks says so; a name the card does not know is an error that lists
/// the ones it does.
#[test]
fn the_card_shows_the_sections_asked_for_in_their_order() {
    let c = corpus();
    let card = c.card_view(Some("LU"), Some("europam, basic"), Locale::En).expect("card");
    let names: Vec<&str> = card.blocks.iter().map(|b| b.name()).collect();
    assert_eq!(names, ["europam", "basic"]);
    let europam = card.sections("europam").next().expect("EUROPAM");
    assert_eq!((europam.rows[3].label.as_str(), &europam.rows[3].value), ("Freedom of Information", &ValueText::Text("29 (European average 59)".into())));
    // Denmark has no EUROPAM page in the bundled documents, and no datasets in this corpus.
    let dk = c.card_view(Some("DK"), Some("Europam datasets"), Locale::En).expect("card");
    let notes: Vec<_> = dk.blocks.iter().map(|b| (b.name(), b)).collect();
    assert!(
        matches!(notes.as_slice(), [("europam", CardBlock::Note { text: a, .. }), ("datasets", CardBlock::Note { text: b, .. })]
            if a == "No EUROPAM scores for Denmark in the corpus." && b == "No dataset values for Denmark in the corpus."),
        "{notes:?}"
    );
    let e = c.card_view(Some("LU"), Some("basic, scores"), Locale::En).unwrap_err();
    assert_eq!(e.title, "Unknown card section");
    assert_eq!(
        e.detail,
        "sections=\"basic, scores\": no section 'scores'; the card has datasets, history, basic, portals, bodies, cio, strategies, ai, europam, benchmark, questionnaire."
    );
    // Blank is the default: every block.
    assert_eq!(c.card_view(Some("LU"), Some(" "), Locale::En), c.card_view(Some("LU"), None, Locale::En));
}

/// Issue 18, item 3: `differences-only` starts the filter on and `limit` caps the list; the
/// button says how many there are; a limit that is no number is an error.
#[test]
fn the_comparison_starts_with_only_the_differences_and_at_most_limit_questions() {
    use govlens_core::views::compare::CompareOptions;
    let c = corpus();
    let options = CompareOptions::from_attributes(Some(""), Some("5")).expect("options");
    let view = c.compare_view(&["LU".into(), "DK".into()], options).expect("comparison");
    assert!(view.differences_only);
    let differing: Vec<&str> = view.questions.iter().filter(|q| q.differs).map(|q| q.number.as_str()).collect();
    assert!(differing.len() > 5 && differing.contains(&"Q21"), "{differing:?}");
    let shown = view.shown(true, false);
    let numbers: Vec<&str> = shown.questions.iter().map(|q| q.number.as_str()).collect();
    assert_eq!(numbers, differing[..5]);
    assert_eq!(shown.toggle, Some(format!("Show all {} questions answered differently", differing.len())));
    assert_eq!(view.shown(true, true).questions.len(), differing.len());
    let all = view.shown(false, false);
    assert_eq!((all.questions.len(), all.toggle.as_deref(), all.empty), (5, Some("Show all 44 questions"), None));
    // Without options: every question, no button.
    let plain = c.compare_view(&["LU".into(), "DK".into()], CompareOptions::default()).expect("comparison");
    assert_eq!((plain.shown(false, false).questions.len(), plain.shown(false, false).toggle), (44, None));
    // sections: the blocks asked for, in that order.
    let blocks = CompareOptions::from_attributes_with(None, None, Some("scores questions")).expect("options");
    assert_eq!(c.compare_view(&["LU".into(), "DK".into()], blocks).expect("comparison").blocks, ["scores", "questions"]);
    assert_eq!(plain.blocks, ["questions", "scores", "datasets"]);
    let e = CompareOptions::from_attributes(None, Some("0")).unwrap_err();
    assert_eq!(
        (e.title.as_str(), e.detail.as_str()),
        ("Unusable limit", "limit=\"0\": give how many questions to show before \"Show all\", a whole number of 1 or more (limit=\"10\").")
    );
}

#[test]
fn a_view_says_what_is_wrong() {
    let c = corpus();
    let e = c.card_view(Some("XX"), None, Locale::En).unwrap_err();
    assert_eq!((e.title.as_str(), e.detail.as_str()), ("Unknown country", "no country 'XX' in the corpus; it holds DK, LU"));
    assert_eq!(c.card_view(None, None, Locale::En).unwrap_err().title, "govlens-card needs a country");
    let e = c.europam_chart(Some("DK"), Locale::En).unwrap_err();
    assert_eq!((e.title.as_str(), e.detail.as_str()), ("No EUROPAM scores", "The corpus has no EUROPAM page for DK."));
    let e = c.benchmark_chart(Some("DK"), Locale::En).unwrap_err();
    assert_eq!(e.detail, "The corpus has no DPA factsheet with a benchmark for DK.");
    assert_eq!(c.compare_view(&["LU".into()], Default::default()).unwrap_err().title, "govlens-compare needs two or more countries");
    let chart = c.europam_chart(Some("LU"), Locale::En).expect("EUROPAM chart");
    let e = chart.chosen(Some("Sport")).unwrap_err();
    assert!(e.detail.starts_with("There is no EUROPAM dimension 'Sport'; choose one of Political Financing, "), "{}", e.detail);
    assert_eq!(chart.chosen(Some("freedom of information")).expect("case-insensitive").map(|d| d.dimension.as_str()), Some("Freedom of Information"));
}

#[test]
fn benchmark_chart_cites_the_factsheet_section_and_growth() {
    let chart = corpus().benchmark_chart(Some("LU"), Locale::En).expect("the benchmark");
    assert_eq!(chart.frame.title, "Luxembourg in the eGovernment Benchmark");
    assert!(chart.frame.source.contains("§1.4 eGovernment State of Play, DPA factsheet 2020, measured 2018-2019"), "{}", chart.frame.source);
    assert_eq!(chart.groups.len(), 5);
    // The legend of the growth badges, with the chart's first as its example (issue 18, item 5).
    assert_eq!(chart.badges.as_deref(), Some("+11 beside a score: its change in points since 2016-2017, as the factsheet gives it."));
    let (group, bars) = &chart.groups[0];
    assert_eq!(group, "User Centricity");
    let overall = &bars.bars[0];
    assert_eq!((overall.label.as_str(), overall.value, overall.reference), ("Overall scores", Some(92.0), Some(86.5)));
    assert_eq!(overall.numbers(), "92 · avg 86.5 · +11");
    assert_eq!(overall.note.as_deref(), Some("+11 since 2016-2017"));
    assert!(chart.frame.csv.starts_with("country,framework,dimension,metric,year,value,reference_value,reference_label,source,locator\n"));
}

#[test]
fn compare_view_counts_and_flags_the_questions_answered_differently() {
    let view = corpus().compare_view(&["LU".into(), "DK".into()], Default::default()).expect("comparison");
    assert_eq!(view.counts, "Luxembourg: 42 yes, 0 no, 2 unknown · Denmark: 38 yes, 1 no, 5 unknown");
    let differing = view.questions.iter().filter(|q| q.differs).count();
    assert_eq!(view.only_differing, format!("Only questions answered differently ({differing} of 44)"));
    let q21 = view.questions.iter().find(|q| q.number == "Q21").expect("Q21");
    let chips: Vec<_> = q21.chips.iter().map(|c| (c.country.as_str(), c.label.as_str(), c.state.as_str())).collect();
    assert_eq!(chips, vec![("LU", "✓ yes", "yes"), ("DK", "✗ no", "no")]);
    assert!(q21.differs);
    // Denmark has no EUROPAM page or factsheet: a dash in its column.
    let (_, table) = view.scores.as_ref().expect("Luxembourg's headline scores");
    assert!(table.rows.iter().all(|r| r[2] == "— not in corpus"), "{:?}", table.rows);
}

#[test]
fn search_view_cites_hits_and_marks_matches() {
    let store = Store::new(corpus().clone());
    let results = store.search("Offentlighedsloven", &SearchOptions::default()).expect("search");
    let view = SearchView::new(SearchState::Done(&results), "Offentlighedsloven", store.sources(), Locale::En);
    let hits = view.hits.expect("hits");
    assert_eq!(hits[0].id, "DK-003-0009");
    assert_eq!(hits[0].country, "Denmark");
    assert!(hits[0].snippet.iter().any(|(t, m)| *m && t == "Offentlighedsloven"), "{:?}", hits[0].snippet);
    assert!(hits[0].cite.starts_with("UN E-Government Survey 2022 questionnaire (2021), lines "), "{}", hits[0].cite);
    assert_eq!(SearchView::new(SearchState::Idle, "", store.sources(), Locale::En).status, "Type to search the documents.");
    assert_eq!(SearchView::limit(Some("500")), 10);
    let scope = store.scope(Locale::En);
    assert_eq!(scope.countries, vec![("DK".to_string(), "Denmark".to_string()), ("LU".to_string(), "Luxembourg".to_string())]);
    assert_eq!(scope.families.iter().map(|(slug, _)| slug.as_str()).collect::<Vec<_>>(), vec!["un-msq", "dpa-factsheet", "ai-watch", "europam"]);
}

#[test]
fn terminal_card_keeps_notes_and_the_documents_number_style() {
    let report = corpus().card_report("LU").expect("card");
    assert_eq!(report.title, "Luxembourg (LU)");
    let population = report.blocks.iter().find_map(|b| match b {
        ReportBlock::Row { label, value, cite } if label.starts_with("Population (") => Some((value.as_str(), cite.as_str())),
        _ => None,
    });
    assert_eq!(population, Some(("613 894 inhabitants", "[dpa-factsheet 001_58defca00d8e36d5.txt · §1.1 Basic data · 2019]")));
}

/// Issue 20, finding 14: an unterminated right-to-left override in a document's value reversed
/// the card's own text after it ("(released May 2019)" shown as "(9102 yaM desaeler)"). Values
/// with a bidi control are isolated and closed; the others are unchanged.
#[test]
fn document_values_with_bidi_controls_are_isolated_on_the_card() {
    let mut c = corpus().clone();
    let before = c.card_view(Some("LU"), None, Locale::En).expect("card");
    let s = c.ai_strategies.iter_mut().find(|s| s.country == "LU").expect("LU's AI strategy");
    let title = s.title.clone();
    s.title = format!("{title}\u{202e}");
    let f = c.facts.iter_mut().find(|f| f.country == "LU" && f.fact == "portal").expect("a portal");
    let portal = f.value.clone();
    f.value = format!("\u{202e}{portal}");
    let card = c.card_view(Some("LU"), None, Locale::En).expect("card");
    let strategy = card.strategies().next().expect("a strategy");
    assert_eq!(strategy.title, format!("\u{2068}{title}\u{202e}\u{202c}\u{2069} (released May 2019)"));
    assert_eq!(before.strategies().next().expect("a strategy").title, format!("{title} (released May 2019)"), "without a control, unchanged");
    let link = card.sections("portals").flat_map(|s| &s.rows).find_map(|r| match &r.value {
        ValueText::Link { label, .. } if label.contains(&portal) => Some(label.clone()),
        _ => None,
    });
    assert_eq!(link, Some(format!("\u{2068}\u{202e}{portal}\u{202c}\u{2069}")));
}
