//! The four families in the layouts other countries' documents come in (issue 17): fixture
//! documents written for these tests, each following one layout of `../shared/layouts/` in
//! full, parse with their values; a cut-off copy of each is flagged; a build of good and bad
//! documents reports every problem and keeps the good ones.
mod common;
use common::*;
use govlens_core::format::Locale;
use govlens_core::views::search::{SearchState, SearchView};
use govlens_core::{AnswerValue, Basis, Corpus, Family, Outcome, ScoreKind, SearchOptions, Source, Store, CHECK_NOT_CUT_OFF};
use govlens_ingest::build::{read_corpus, Built};
use govlens_ingest::doc::Doc;
use govlens_ingest::parse::parse;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/layouts")
}

fn built() -> &'static Built {
    static B: OnceLock<Built> = OnceLock::new();
    B.get_or_init(|| read_corpus(&fixtures()).expect("the fixtures build"))
}

fn corpus() -> &'static Corpus {
    &built().corpus
}

fn fact<'a>(c: &'a Corpus, country: &str, fact: &str) -> &'a govlens_core::Fact {
    c.facts.iter().find(|f| f.country == country && f.fact == fact).unwrap_or_else(|| panic!("{country} {fact}"))
}

fn values(c: &Corpus, country: &str, fact: &str) -> Vec<String> {
    c.facts.iter().filter(|f| f.country == country && f.fact == fact).map(|f| f.value.clone()).collect()
}

/// A fixture's manifest entry and text.
fn fixture(file: &str) -> (Source, String) {
    let manifest = std::fs::read_to_string(fixtures().join("manifest.toml")).expect("manifest");
    let (sources, _) = govlens_ingest::manifest::parse_with(&manifest, "manifest.toml", &|f| {
        govlens_ingest::parse::detect(&std::fs::read_to_string(fixtures().join("sources").join(f)).expect("text")).ok_or_else(|| "undetected".to_string())
    })
    .expect("manifest");
    let s = sources.into_iter().find(|s| s.file == file).expect("listed");
    let text = std::fs::read_to_string(fixtures().join("sources").join(file)).expect("text");
    (s, text)
}

#[test]
fn every_fixture_parses_whole_with_its_family_told_where_the_manifest_is_silent() {
    let b = built();
    assert!(b.refused.is_empty(), "{:?}", b.refused);
    assert_eq!(b.problems(), Vec::<String>::new());
    assert_eq!(b.notes(), Vec::<String>::new(), "no fixture is cut off");
    let families: Vec<(&str, Family, &str)> = corpus().sources.iter().map(|s| (s.file.as_str(), s.family, s.country.as_str())).collect();
    assert_eq!(
        families,
        [
            ("FI-aiwatch-table.txt", Family::AiWatch, "FI"),
            // No family in the manifest: told from the content.
            ("NL-aiwatch-bullets.txt", Family::AiWatch, "NL"),
            ("SE-europam-pipes.txt", Family::Europam, "SE"),
            ("EC-europam-commas.txt", Family::Europam, "XC"),
            ("PT-egovfactsheet-2014.txt", Family::DpaFactsheet, "PT"),
            ("EE-dgfactsheet-2019.txt", Family::DpaFactsheet, "EE"),
            ("FI-dpafactsheet-2022.txt", Family::DpaFactsheet, "FI"),
        ]
    );
}

#[test]
fn ai_watch_current_layout_table_with_empty_cells_and_a_closing_comment() {
    let c = corpus();
    let s = c.ai_strategies.iter().find(|s| s.country == "FI").expect("FI strategy");
    assert_eq!(s.highlights.len(), 5);
    assert_eq!(s.highlights[2], "Civil servants need stronger skills to work with AI");
    let analysis: Vec<(&str, Vec<&str>)> = s.analysis.iter().map(|c| (c.category.as_str(), c.measures.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        analysis,
        [
            ("Learning by doing", vec![]),
            ("Stimulating awareness and knowledge sharing", vec!["Networks of public-sector AI practitioners"]),
            ("Ethical and legal framework", vec!["Ethical guidelines for AI in the public sector", "Review of the legal basis for the use of data"]),
            ("Improving data access and quality", vec![]),
            ("Funding and procurement", vec!["Review of the Public Procurement Act"]),
            ("Improving internal capacity", vec!["Training for civil servants"]),
        ]
    );
    // The empty cells are unknowns on their category's own line (the issue saw the error point
    // at the "Strategy analysis" heading).
    let empty: Vec<(u32, &str)> =
        c.unknowns.iter().filter(|u| u.country == "FI" && u.reason.contains("table cell is empty")).map(|u| (u.lines.start, u.what.as_str())).collect();
    assert_eq!(empty, [(10, "AI strategy measures for 'Learning by doing'"), (16, "AI strategy measures for 'Improving data access and quality'")]);
    // "Comment" is the summary; the layout gives no title or release date, which are unknowns.
    assert_eq!(s.summary.len(), 4);
    assert!(s.summary[3].starts_with("Finally, the strategy recommends reviewing procurement"));
    assert_eq!((s.title.as_str(), s.released.as_deref(), s.year), ("", None, None));
    assert_eq!(c.unknowns.iter().filter(|u| u.country == "FI" && u.reason.contains("does not give it")).count(), 2);
    // The card says the title is not given rather than showing nothing.
    let card = c.card_view(Some("FI"), None, Locale::En).expect("FI card");
    assert_eq!(card.strategies().next().expect("a strategy").title, "National AI strategy (the page does not give its title)");
    assert_eq!(card.strategies().next().expect("a strategy").incomplete, None);
}

#[test]
fn ai_watch_older_layout_categories_right_after_bullets() {
    let s = corpus().ai_strategies.iter().find(|s| s.country == "NL").expect("NL strategy");
    assert_eq!(s.title, "Strategic Action Plan for Artificial Intelligence");
    assert_eq!((s.released.as_deref(), s.year), (Some("October 2019"), Some(2019)));
    assert_eq!(s.highlights.len(), 6);
    let counts: Vec<(&str, usize)> = s.analysis.iter().map(|c| (c.category.as_str(), c.measures.len())).collect();
    assert_eq!(
        counts,
        [
            ("Learning by doing", 1),
            ("Stimulating awareness and knowledge sharing", 2),
            ("Ethical and legal framework", 1),
            ("Improving data access and quality", 3),
            ("Funding and procurement", 1),
            ("Improving internal capacity", 1)
        ]
    );
    assert_eq!(s.analysis[3].measures[2], "Access to data held by the private sector");
    assert_eq!(s.summary.len(), 3);
    assert_eq!(s.public_sector_actions.len(), 2);
}

#[test]
fn europam_pipe_rows_without_banner_or_headline_values() {
    let c = corpus();
    assert_eq!(values(c, "SE", "population"), ["9903122"]);
    assert_eq!(fact(c, "SE", "gni_per_capita_ppp").number, Some(47377.63));
    assert_eq!(fact(c, "SE", "income_group").value, "High");
    assert_eq!(c.facts.iter().filter(|f| f.country == "SE").count(), 8);
    // No headline values: one unknown for the list, one per dimension, and no headline score.
    assert!(c.scores.iter().all(|s| !(s.country == "SE" && s.kind == ScoreKind::Headline)));
    let headline_unknowns = c.unknowns.iter().filter(|u| u.country == "SE" && u.locator.starts_with("Country score")).count();
    assert_eq!(headline_unknowns, 6);
    // The score tables in pipe rows: read cell by cell, every year known, nothing repaired.
    let pf: Vec<(Option<u16>, f64)> = c
        .scores
        .iter()
        .filter(|s| s.country == "SE" && s.metric.as_deref() == Some("Reporting, oversight and sanctions"))
        .map(|s| (s.year, s.value.unwrap()))
        .collect();
    assert_eq!(pf, [(Some(2015), 40.0), (Some(2017), 55.0), (Some(2020), 60.0)]);
    assert_eq!(c.scores.iter().filter(|s| s.country == "SE").count(), 33);
    assert!(c.repairs.iter().all(|r| r.country != "SE"));
    let answers: Vec<(&str, &AnswerValue)> = c.answers.iter().filter(|a| a.country == "SE").map(|a| (a.question.as_str(), &a.answer)).collect();
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[1], ("Is there a ban on corporate donations to political parties?", &AnswerValue::No));
}

#[test]
fn europam_facts_as_label_colon_value_and_the_score_lists_footnote() {
    let (meta, text) = fixture("SE-europam-pipes.txt");
    let variant = text
        .replace("Income | High |", "Income: High")
        .replace("Population, total | 9903122.00 |", "Population, total: 9903122.00")
        .replace("Country score (European Average*)\n", "Country score (European Average*)\n*European average of the countries the project covers\n");
    let ex = parse(&Doc::new(&meta, &variant)).expect("parses");
    let value = |f: &str| ex.facts.iter().find(|x| x.fact == f).map(|x| x.value.clone());
    assert_eq!((value("income_group"), value("population")), (Some("High".into()), Some("9903122".into())));
    assert!(ex.unknowns.iter().all(|u| !u.what.contains("European average of the countries")), "the footnote is no score");
}

#[test]
fn europam_entity_page_with_thousands_separators() {
    let c = corpus();
    // "35,133" and "18,202,441" in an English page: thousands separators.
    assert_eq!(fact(c, "XC", "gni_per_capita_ppp").number, Some(35133.0));
    assert_eq!(fact(c, "XC", "population").number, Some(18202441.0));
    assert_eq!(fact(c, "XC", "urban_population").number, Some(73.3));
    type Headline<'a> = (&'a str, Option<f64>, Option<f64>, Option<u16>);
    let headlines: Vec<Headline> = c
        .scores
        .iter()
        .filter(|s| s.country == "XC" && s.kind == ScoreKind::Headline)
        .map(|s| (s.dimension.as_str(), s.value, s.reference_value, s.year))
        .collect();
    assert_eq!(
        headlines,
        [
            ("Political Financing", Some(42.0), Some(67.0), Some(2017)),
            ("Financial Disclosure", Some(12.0), Some(50.0), Some(2017)),
            ("Conflict of Interest", Some(9.0), Some(41.0), Some(2017)),
            ("Freedom of Information", Some(50.0), Some(56.0), Some(2017)),
            ("Public Procurement", Some(78.0), Some(65.0), Some(2017)),
        ]
    );
    assert!(c.checks.iter().filter(|k| k.source == "EC-europam-commas.txt" && k.what.starts_with("headline equals")).all(|k| k.outcome == Outcome::Passed));
}

#[test]
fn entities_have_cards_search_and_comparison() {
    let store = Store::new(corpus().clone());
    let c = store.corpus();
    let card = c.card_view(Some("XC"), None, Locale::En).expect("the Commission's card");
    assert_eq!(card.name, "European Commission");
    assert_eq!(card.label, "European Commission: digital government facts");
    let europam = card.sections("europam").next().expect("EUROPAM scores");
    assert_eq!(europam.rows.len(), 5);
    // Search within the entity, and with it as a filter.
    let options = SearchOptions { countries: vec!["XC".into()], ..SearchOptions::default() };
    let r = store.search("code of conduct", &options).expect("searches");
    assert_eq!(r.hits.first().map(|h| (h.country.as_str(), h.section.join(" > "))), Some(("XC", "Conflict of Interest > Summary".to_string())));
    let view = SearchView::new(SearchState::Done(&r), "code of conduct", store.sources(), Locale::En);
    assert_eq!(view.hits.as_ref().unwrap()[0].country, "European Commission");
    // A comparison of a country and the entity.
    let cmp = c.compare(&["SE", "XC"]).expect("compares");
    assert_eq!(cmp.countries, ["SE", "XC"]);
}

#[test]
fn factsheet_2014_edition_in_plain_text_with_site_header_toc_and_page_furniture() {
    let c = corpus();
    let p = fact(c, "PT", "population");
    assert_eq!((p.label.as_str(), p.number, p.unit.as_deref(), p.year), ("Population (1 000)", Some(10487.3), Some("thousand inhabitants"), Some(2013)));
    assert_eq!(p.note.as_deref(), Some("Source: Eurostat"));
    assert_eq!(fact(c, "PT", "gdp").number, Some(165666.3));
    assert_eq!(fact(c, "PT", "government_deficit").number, Some(-4.9));
    let area = fact(c, "PT", "area");
    assert_eq!((area.number, area.unit.as_deref(), area.note.as_deref()), (Some(92072.0), Some("km²"), Some("Source: European Commission")));
    assert_eq!(fact(c, "PT", "capital").value, "Lisbon");
    assert_eq!(c.facts.iter().filter(|f| f.country == "PT" && f.provenance.locator == "Country Profile / Basic data").count(), 12);
    assert_eq!(values(c, "PT", "strategy"), ["Digital Agenda for Portugal", "Global Strategic Plan to Rationalise and Reduce ICT Costs"]);
    assert_eq!(fact(c, "PT", "strategy").period.as_deref(), Some("2012-2020"));
    // The national bodies, one per name with every role; the regional part's are not national.
    let bodies: Vec<(String, Option<String>)> =
        c.facts.iter().filter(|f| f.country == "PT" && f.fact == "egov_body").map(|f| (f.value.clone(), f.note.clone())).collect();
    assert_eq!(bodies.len(), 5);
    assert_eq!(bodies[1], ("Agency for Administrative Modernisation (AMA)".into(), Some("role: Coordination, Implementation".into())));
    assert!(!bodies.iter().any(|(b, _)| b == "Municipalities"));
    let portals: Vec<(String, Option<String>)> =
        c.facts.iter().filter(|f| f.country == "PT" && f.fact == "portal").map(|f| (f.value.clone(), f.url.clone())).collect();
    assert_eq!(
        portals,
        [
            ("Citizen's Portal (Portal do Cidadão)".into(), Some("http://www.portaldocidadao.pt".into())),
            ("Business Portal (Portal da Empresa)".into(), Some("http://www.portaldaempresa.pt".into()))
        ]
    );
    // The site's header, the table of contents and the page furniture are in no passage.
    let texts: Vec<&str> = c.passages.iter().filter(|p| p.country == "PT").map(|p| p.text.as_str()).collect();
    assert!(texts.iter().all(|t| !t.contains("Embed Size") && !t.contains("......") && !t.contains("June 2014")), "{texts:?}");
    assert!(c.passages.iter().any(|p| p.section == ["eGovernment Infrastructure", "eID and Trust Services"]));
}

#[test]
fn factsheet_title_with_an_article_and_a_value_wrapped_to_the_next_line() {
    let (mut meta, text) = fixture("PT-egovfactsheet-2014.txt");
    // "eGovernment in the Czech Republic": the article is not part of the name.
    meta.country = "CZ".into();
    let czech = text.replace("eGovernment in Portugal", "eGovernment in the Czech Republic");
    // The conversion wraps a long label's value onto the next line.
    let czech = czech.replace("EU-27 = 100): 76.0 (2012)", "EU-27 = 100):\n76.0 (2012)");
    let ex = parse(&Doc::new(&meta, &czech)).expect("parses");
    let pps = ex.facts.iter().find(|f| f.fact == "gdp_per_inhabitant_pps").expect("the wrapped value");
    assert_eq!((pps.number, pps.year), (Some(76.0), Some(2012)));
    assert_eq!(ex.facts.iter().filter(|f| f.provenance.locator == "Country Profile / Basic data").count(), 12);
    assert!(ex.sources[0].missing_sections.is_empty() && ex.sources[0].cut_off_after.is_none());
}

#[test]
fn factsheet_2019_edition_with_numbered_plain_chapters() {
    let c = corpus();
    assert_eq!(fact(c, "EE", "population").number, Some(1319133.0));
    assert_eq!(fact(c, "EE", "gdp").unit.as_deref(), Some("million Euros"));
    assert_eq!(fact(c, "EE", "government_debt").number, Some(8.4));
    assert_eq!(values(c, "EE", "strategy"), ["Digital Agenda 2020 for Estonia"]);
    assert_eq!(fact(c, "EE", "strategy").period.as_deref(), Some("2014-2020"));
    assert_eq!(values(c, "EE", "egov_body"), ["Ministry of Economic Affairs and Communications", "Information System Authority"]);
    assert_eq!(fact(c, "EE", "portal").url.as_deref(), Some("https://www.eesti.ee"));
}

#[test]
fn factsheet_2022_edition_as_pdf_text_with_numbered_sections_wrapped_lines_and_running_footers() {
    let c = corpus();
    let p = fact(c, "FI", "population");
    assert_eq!((p.number, p.year, p.note.as_deref()), (Some(5533793.0), Some(2021), Some("Source: Eurostat (last update: 18 March 2022)")));
    assert_eq!(fact(c, "FI", "government_deficit").number, Some(-2.6));
    assert_eq!(fact(c, "FI", "official_languages").value, "Finnish, Swedish");
    // The strategy under its numbered section, its paragraph wrapped over three lines.
    let s = fact(c, "FI", "strategy");
    assert_eq!((s.value.as_str(), s.period.as_deref()), ("Digital Compass for Finland", Some("2022-2030")));
    // National bodies only: the subnational association is left out.
    assert_eq!(values(c, "FI", "egov_body"), ["Ministry of Finance", "Digital and Population Data Services Agency"]);
    assert_eq!(fact(c, "FI", "egov_body").note.as_deref(), Some("role: Policy"));
    // "6.1 Portals" is a heading, not a portal; the portal has its address.
    let portals: Vec<(String, Option<String>)> =
        c.facts.iter().filter(|f| f.country == "FI" && f.fact == "portal").map(|f| (f.value.clone(), f.url.clone())).collect();
    assert_eq!(portals, [("Suomi.fi portal".to_string(), Some("https://www.suomi.fi".to_string()))]);
    // The running footer and page numbers are in no passage; the wrapped paragraph is one.
    let fi: Vec<&govlens_core::Passage> = c.passages.iter().filter(|p| p.source == "FI-dpafactsheet-2022.txt").collect();
    assert!(fi.iter().all(|p| !p.text.contains("Factsheets - Finland")), "{fi:?}");
    assert!(fi.iter().any(|p| p.text.starts_with("The ministry steers the digitalisation of public services and the use of information management")));
    assert!(fi.iter().any(|p| p.section == ["Cross-border Digital Public Administration Services"]));
}

/// `text` cut after its first line containing `needle`, that line cut at `keep` characters.
fn cut(text: &str, needle: &str, keep: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.contains(needle)).expect(needle);
    let mut out: Vec<String> = lines[..at].iter().map(|l| l.to_string()).collect();
    out.push(lines[at].chars().take(keep).collect());
    out.join("\n")
}

#[test]
fn cut_off_documents_are_flagged_after_their_last_line() {
    // (fixture, where the copy stops, characters kept of that line, the reason expected)
    let cases = [
        // The Netherlands' excerpt stops inside the summary: "...incentivises the us".
        ("NL-aiwatch-bullets.txt", "To encourage partnerships", 60, "its last line ends mid-sentence ('…"),
        // Sweden's stops inside Political Financing's summary.
        ("SE-europam-pipes.txt", "Party financing is governed", 70, "its last line ends mid-sentence"),
        // A clean cut at a line's end, before the family's closing section.
        ("PT-egovfactsheet-2014.txt", "The Presidency sets", 200, "it has no 'The Digital Public Administration Factsheets' or 'The Digital Government Factsheets' or 'The eGovernment Factsheets' or 'eGovernment Services for Businesses'"),
        ("FI-aiwatch-table.txt", "Improving internal capacity", 200, "it has no 'General Information' or 'Comment'"),
        ("EC-europam-commas.txt", "Public Procurement", 200, "it has no 'Public Procurement'"),
    ];
    for (file, needle, keep, reason) in cases {
        let (meta, text) = fixture(file);
        let cut_text = cut(&text.lines().skip(if file.starts_with("EC") { 12 } else { 0 }).collect::<Vec<_>>().join("\n"), needle, keep);
        let cut_text = if file.starts_with("EC") { format!("{}\n{cut_text}", text.lines().take(12).collect::<Vec<_>>().join("\n")) } else { cut_text };
        let last = cut_text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).last().map(|(i, _)| i + 1).unwrap();
        let ex = parse(&Doc::new(&meta, &cut_text)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(ex.sources[0].cut_off_after, Some(last as u32), "{file}");
        let check = ex.checks.iter().find(|k| k.what == CHECK_NOT_CUT_OFF).unwrap_or_else(|| panic!("{file}: no cut-off check"));
        assert_eq!(check.outcome, Outcome::Flagged);
        assert!(check.detail.starts_with(&format!("appears cut off after line {last}: ")) && check.detail.contains(reason), "{file}: {}", check.detail);
    }
}

#[test]
fn a_short_last_line_broken_off_its_sentence_is_read_with_the_line_before() {
    let (meta, text) = fixture("EE-dgfactsheet-2019.txt");
    // "...with public services that are convenient," then "secure": the text stops there.
    let stopped = format!("{}\nsecure", cut(&text, "The agenda sets the goals", 110));
    let ex = parse(&Doc::new(&meta, &stopped)).expect("parses");
    let check = ex.checks.iter().find(|k| k.what == CHECK_NOT_CUT_OFF).expect("flagged");
    assert!(check.detail.contains("its last line ends mid-sentence ('…"), "{}", check.detail);
    // A document that ends with a short item after a full sentence is not cut off.
    let ended = format!("{text}\nContact");
    let ex = parse(&Doc::new(&meta, &ended)).expect("parses");
    assert!(ex.checks.iter().all(|k| k.what != CHECK_NOT_CUT_OFF));
}

#[test]
fn a_cut_off_passage_is_marked_incomplete_in_search_and_on_the_card() {
    // The bundled Luxembourg AI Watch page ends mid-sentence ("...questions to the Public").
    let c = common::corpus();
    let s = c.sources.iter().find(|s| s.file == LU_AIWATCH).unwrap();
    assert_eq!(s.cut_off_after, Some(74));
    let store = Store::new(c.clone());
    let r = store.search("CivicTech", &SearchOptions::default()).expect("searches");
    let view = SearchView::new(SearchState::Done(&r), "CivicTech", store.sources(), Locale::En);
    let hit = &view.hits.as_ref().unwrap()[0];
    assert_eq!(hit.incomplete.as_deref(), Some("Possibly incomplete: the document appears cut off after line 74, so this text may stop mid-way."));
    // A passage of a complete document carries no note.
    let r = store
        .search("guichet", &SearchOptions { countries: vec!["LU".into()], sources: vec!["dpa-factsheet".into()], ..SearchOptions::default() })
        .expect("searches");
    let view = SearchView::new(SearchState::Done(&r), "guichet", store.sources(), Locale::En);
    assert!(view.hits.as_ref().unwrap().iter().all(|h| h.incomplete.is_none()));
    let card = c.card_view(Some("LU"), None, Locale::En).expect("LU card");
    assert!(card.strategies().next().expect("a strategy").incomplete.as_deref().is_some_and(|n| n.contains("after line 74")));
    // `govlens stats` lists it.
    assert_eq!(c.stats().incomplete.len(), 1);
    assert!(c.stats().incomplete[0].starts_with("002_64b588f5f71a6838.txt (AI Watch, LU): cut off: appears cut off after line 74"));
}

#[test]
fn a_flagged_passage_says_so_beside_the_hit_in_both_layouts() {
    // Issue 18's misleading top hit: "freedom of information" finds first the Luxembourg page's
    // summary that describes Malta's law; the check that flagged it is now said beside it.
    let c = common::corpus();
    let flagged: Vec<(&str, &[String])> = c.passages.iter().filter(|p| !p.flags.is_empty()).map(|p| (p.id.as_str(), p.flags.as_slice())).collect();
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    let note = "Check this passage: it names Malta and not Luxembourg: the summary text may belong to another country's page; kept as published.";
    let whole = Store::new(c.clone());
    let split = {
        let files = govlens_core::layout::split(c);
        let manifest = files.iter().find(|(p, _)| p == govlens_core::layout::MANIFEST_FILE).map(|(_, b)| b.clone()).unwrap();
        let mut store = Store::from_manifest(&manifest).expect("manifest");
        for (path, bytes) in &files {
            if path != govlens_core::layout::MANIFEST_FILE {
                store.add(path, bytes).expect("part");
            }
        }
        store
    };
    for store in [whole, split] {
        let r = store.search("freedom of information", &SearchOptions::default()).expect("searches");
        assert_eq!(r.hits[0].section, ["Freedom of Information", "Summary"], "{}", store.is_split());
        let view = SearchView::new(SearchState::Done(&r), "freedom of information", store.sources(), Locale::En);
        let hits = view.hits.unwrap();
        assert_eq!(hits[0].flags, [note], "split: {}", store.is_split());
        assert!(hits[1..].iter().all(|h| h.flags.is_empty()));
    }
}

#[test]
fn questionnaire_tick_box_renderings_read_the_same() {
    let (meta, text) = source(LU_MSQ);
    let original = parse(&Doc::new(&meta, &text)).expect("parses");
    let basis =
        |ex: &govlens_ingest::Extract, q: &str| ex.answers.iter().find(|a| a.question == q && a.item.is_none()).map(|a| (a.answer.clone(), a.basis)).unwrap();
    // The two ticks that survive in this conversion: "• Yes  No" and "■ Yes  No".
    let line = |needle: &str| text.lines().position(|l| l == needle).unwrap() as u32 + 1;
    let covers = |a: &govlens_core::Answer, n: u32| a.provenance.lines.start <= n && n <= a.provenance.lines.end;
    let ticked: Vec<String> = [line("• Yes  No"), line("■ Yes  No")]
        .iter()
        .map(|&n| original.answers.iter().find(|a| a.item.is_none() && covers(a, n)).map(|a| a.question.clone()).unwrap())
        .collect();
    assert_eq!(ticked, ["35", "36"]);
    assert_eq!(basis(&original, "35"), (AnswerValue::Yes, Basis::Ticked));
    let renderings = [
        ("☒ Yes ☐ No", "☐ Yes ☒ No"),
        ("[x] Yes [ ] No", "[ ] Yes [x] No"),
        ("Yes ☑ No ☐", "Yes ☐ No ☑"),
        ("X Yes No", "Yes X No"),
        // Each box on its own line.
        ("☒ Yes\n☐ No", "☐ Yes\n☒ No"),
    ];
    for (yes, no) in renderings {
        let rendered = text.replace("• Yes  No", yes).replace("■ Yes  No", no);
        let ex = parse(&Doc::new(&meta, &rendered)).expect("parses");
        assert_eq!(basis(&ex, &ticked[0]), (AnswerValue::Yes, Basis::Ticked), "{yes}");
        assert_eq!(basis(&ex, &ticked[1]), (AnswerValue::No, Basis::Ticked), "{no}");
        // Every other answer is as before.
        let others = |ex: &govlens_ingest::Extract| -> Vec<(String, AnswerValue)> {
            ex.answers.iter().filter(|a| !ticked.contains(&a.question)).map(|a| (a.question.clone(), a.answer.clone())).collect()
        };
        assert_eq!(others(&ex), others(&original), "{yes}");
    }
}

#[test]
fn numbers_follow_the_documents_language() {
    let (mut meta, text) = fixture("EC-europam-commas.txt");
    // The same page in a German conversion: `.` groups thousands, `,` is the decimal comma.
    meta.language = "de".into();
    let german = text.replace("35,133", "35.133").replace("18,202,441", "18.202.441").replace("73.3", "73,3");
    let ex = parse(&Doc::new(&meta, &german)).expect("parses");
    let num = |ex: &govlens_ingest::Extract, f: &str| ex.facts.iter().find(|x| x.fact == f).and_then(|x| x.number);
    assert_eq!((num(&ex, "gni_per_capita_ppp"), num(&ex, "population"), num(&ex, "urban_population")), (Some(35133.0), Some(18202441.0), Some(73.3)));
    // The English writing in a German page is ambiguous or wrong: unknown, never a guess.
    let ex = parse(&Doc::new(&meta, &text.replace("73.3", "73.30.1"))).expect("parses");
    assert_eq!(num(&ex, "population"), None);
    let u = ex.unknowns.iter().find(|u| u.what == "Population, total").expect("population unknown");
    assert!(u.reason.contains("'18,202,441' is not a number as a text in 'de' writes one"), "{}", u.reason);
}

#[test]
fn factsheet_numbers_follow_the_documents_language() {
    // The bundled factsheet, as a German conversion would print its profile.
    let (mut meta, text) = source(LU_DPA);
    meta.language = "de".into();
    let german = text.replace("63 516.3", "63.516,3");
    let ex = parse(&Doc::new(&meta, &german)).expect("parses");
    let gdp = ex.facts.iter().find(|f| f.fact == "gdp").expect("gdp");
    assert_eq!((gdp.number, gdp.value.as_str()), (Some(63516.3), "63516.3"));
    // Read as English, the German writing is no number: the value stays as printed, unparsed.
    meta.language = "en".into();
    let ex = parse(&Doc::new(&meta, &german)).expect("parses");
    assert_eq!(ex.facts.iter().find(|f| f.fact == "gdp").map(|f| (f.number, f.value.as_str())), Some((None, "63.516,3 million Euros (2019)")));
    let u = ex.unknowns.iter().find(|u| u.what == "country profile: GDP at market prices: the number").expect("an unknown");
    assert!(u.reason.contains("'63.516,3' groups digits in a way a text in 'en' does not (or uses a decimal comma): ambiguous"), "{}", u.reason);
}

/// A corpus folder of the fixtures plus `extra` (file, manifest entry, contents).
fn mixed(dir: &Path, extra: &[(&str, &str, &[u8])]) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    let mut manifest = std::fs::read_to_string(fixtures().join("manifest.toml")).unwrap();
    for f in std::fs::read_dir(fixtures().join("sources")).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), dir.join("sources").join(f.file_name())).unwrap();
    }
    for (file, entry, bytes) in extra {
        std::fs::write(dir.join("sources").join(file), bytes).unwrap();
        manifest.push_str(&format!(
            "\n[[source]]\nfile = \"{file}\"\n{entry}\ntitle = \"t\"\npublisher = \"p\"\nedition = \"e\"\nyear = 2020\nlanguage = \"en\"\n"
        ));
    }
    std::fs::write(dir.join("manifest.toml"), manifest).unwrap();
}

pub const BAD: &[(&str, &str, &[u8])] = &[
    // Another family's text under ai-watch.
    ("bad-family.txt", "family = \"ai-watch\"\ncountry = \"LU\"", b"EUROPAM\n\nEuropean Public Accountability Mechanisms\n\nLuxembourg\n"),
    // No family given and none to tell.
    ("bad-unknown.txt", "country = \"LU\"", b"Minutes of a meeting\n\nNothing here belongs to a family.\n"),
    // Not UTF-8.
    ("bad-bytes.txt", "family = \"europam\"\ncountry = \"LU\"", b"EUROPAM\n\xff\xfe\x00broken\n"),
    // An AI Watch page of another country than the manifest says, named on line 3.
    ("bad-country.txt", "family = \"ai-watch\"\ncountry = \"DK\"", b"AI Watch\n\nSweden: Public Sector dimension of AI Strategy\n\nMain highlights\n- One\n"),
    // A partial page: highlights only.
    (
        "partial.txt",
        "family = \"ai-watch\"\ncountry = \"DK\"",
        b"Main highlights\n- Denmark plans AI for public services.\n- Citizens are involved in the design.\n",
    ),
];

#[test]
fn a_build_of_good_and_bad_documents_reports_every_problem_and_keeps_the_good() {
    let dir = std::env::temp_dir().join(format!("govlens-layouts-mixed-{}", std::process::id()));
    mixed(&dir, BAD);
    let b = read_corpus(&dir).expect("builds from the good ones");
    assert_eq!(b.listed, 12);
    let refused: Vec<String> = b.refused.iter().map(ToString::to_string).collect();
    assert_eq!(
        refused,
        [
            "bad-family.txt: not an AI Watch strategy page: neither 'Main highlights' nor 'Strategy analysis' (and no '<Country>: Public Sector dimension of AI Strategy' title)",
            "bad-bytes.txt: not UTF-8 text (invalid byte at offset 8)",
            "bad-country.txt:3: page is about Sweden (SE) but the manifest says DK",
            "bad-unknown.txt: no family given, and the content matches none (no questionnaire, factsheet, AI Watch or EUROPAM title or headings)",
        ]
    );
    // The six fixtures and the partial page are in the corpus; the partial one is reported.
    let files: Vec<&str> = b.corpus.sources.iter().map(|s| s.file.as_str()).collect();
    assert_eq!(files.len(), 8, "{files:?}");
    assert!(files.contains(&"partial.txt") && files.contains(&"EC-europam-commas.txt"));
    let problems = b.problems();
    assert_eq!(problems.len(), 6, "{problems:#?}");
    assert_eq!(problems[4], "partial.txt:3: partial: Strategy analysis: the page has no 'Strategy analysis' section; the rest of the document is read");
    assert_eq!(
        problems[5],
        "partial.txt:3: partial: General Information: the page has neither 'General Information' nor a closing 'Comment'; the rest of the document is read"
    );
    assert_eq!(b.corpus.ai_strategies.iter().find(|s| s.country == "DK").map(|s| s.highlights.len()), Some(2));
    // The strict library build lists every refused document at once.
    let e = govlens_ingest::build_corpus(&dir).expect_err("refused documents fail it").to_string();
    assert!(e.starts_with("4 documents could not be read:\n  bad-family.txt: not an AI Watch"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fixtures_cut_anywhere_or_mutated_never_panic() {
    let files = [
        "FI-aiwatch-table.txt",
        "NL-aiwatch-bullets.txt",
        "SE-europam-pipes.txt",
        "EC-europam-commas.txt",
        "PT-egovfactsheet-2014.txt",
        "EE-dgfactsheet-2019.txt",
        "FI-dpafactsheet-2022.txt",
    ];
    // A small deterministic generator: the same mutations every run.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    let pieces = [
        "|",
        " | ",
        "•",
        "- ",
        "☒",
        "[x]",
        "Strategy analysis",
        "Comment",
        "Country Facts",
        "Quantitative Data",
        "Primary Metric",
        "1.1",
        ": ",
        "……",
        "\u{202e}",
        "9999999999999999999",
        "12,34.5",
        "eGovernment Actors",
    ];
    for file in files {
        let (meta, text) = fixture(file);
        let lines: Vec<&str> = text.lines().collect();
        for cut in 0..=lines.len() {
            // Either outcome is fine; a panic fails the test.
            let _ = parse(&Doc::new(&meta, &lines[..cut].join("\n")));
        }
        for _ in 0..150 {
            let mut ls: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            for _ in 0..1 + next(4) {
                let i = next(ls.len());
                match next(4) {
                    0 => {
                        ls.remove(i);
                    }
                    1 => ls.insert(i, pieces[next(pieces.len())].to_string()),
                    2 => {
                        let at = ls[i].char_indices().map(|(k, _)| k).nth(next(ls[i].chars().count() + 1)).unwrap_or(ls[i].len());
                        ls[i].insert_str(at, pieces[next(pieces.len())]);
                    }
                    _ => {
                        let j = next(ls.len());
                        ls.swap(i, j);
                    }
                }
                if ls.is_empty() {
                    break;
                }
            }
            let _ = parse(&Doc::new(&meta, &ls.join("\n")));
        }
    }
}
