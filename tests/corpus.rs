//! The bundled corpus holds the documents' values, to the digit.
mod common;
use common::*;
use govlens_core::{decode, encode, AnswerValue, Basis, Framework, Outcome, Questionnaire, ScoreKind};

/// (year, value) pairs of one EUROPAM metric row.
fn series(dim: &str, metric: &str, kind: ScoreKind) -> Vec<(Option<u16>, f64)> {
    corpus()
        .scores
        .iter()
        .filter(|s| s.framework == Framework::Europam && s.dimension == dim && s.metric.as_deref() == Some(metric) && s.kind == kind)
        .map(|s| (s.year, s.value.expect("value established")))
        .collect()
}

const YEARS: [u16; 5] = [2012, 2015, 2016, 2017, 2020];

fn full(values: [f64; 5]) -> Vec<(Option<u16>, f64)> {
    YEARS.iter().zip(values).map(|(y, v)| (Some(*y), v)).collect()
}

#[test]
fn europam_headlines_with_european_average() {
    let expected = [
        ("Political Financing", 56.0, 66.0),
        ("Financial Disclosure", 32.0, 53.0),
        ("Conflict of Interest", 34.0, 37.0),
        ("Freedom of Information", 29.0, 59.0),
        ("Public Procurement", 62.0, 62.0),
    ];
    let heads: Vec<_> = corpus().scores.iter().filter(|s| s.kind == ScoreKind::Headline).collect();
    assert_eq!(heads.len(), 5);
    for (dim, value, avg) in expected {
        let h = heads.iter().find(|s| s.dimension == dim).unwrap_or_else(|| panic!("headline {dim}"));
        assert_eq!((h.value, h.reference_value), (Some(value), Some(avg)), "{dim}");
        assert_eq!(h.reference_label.as_deref(), Some("European average"));
        assert_eq!(h.year, Some(2020), "{dim}: the headline matches the 2020 column");
        assert_eq!(h.country, "LU");
        assert_eq!(h.provenance.source, LU_EUROPAM);
    }
}

#[test]
fn europam_primary_series_every_row() {
    use ScoreKind::Primary as P;
    let rows: &[(&str, &str, [f64; 5])] = &[
        ("Political Financing", "Bans and limits on private income", [67.0; 5]),
        ("Political Financing", "Public funding", [50.0; 5]),
        ("Political Financing", "Regulations on spending", [25.0; 5]),
        ("Political Financing", "Reporting, oversight and sanctions", [83.0; 5]),
        ("Financial Disclosure", "Disclosure items", [27.0, 25.0, 25.0, 25.0, 35.0]),
        ("Financial Disclosure", "Filing frequency", [12.0, 31.0, 31.0, 31.0, 31.0]),
        ("Financial Disclosure", "Sanctions", [33.0, 50.0, 50.0, 50.0, 33.0]),
        ("Financial Disclosure", "Monitoring and Oversight", [25.0, 38.0, 38.0, 38.0, 31.0]),
        ("Financial Disclosure", "Public access to declarations", [12.0, 38.0, 38.0, 38.0, 31.0]),
        ("Conflict of Interest", "Restrictions", [30.0, 35.0, 35.0, 35.0, 30.0]),
        ("Conflict of Interest", "Sanctions", [33.0; 5]),
        ("Conflict of Interest", "Monitoring and Oversight", [38.0; 5]),
        ("Freedom of Information", "Scope and Coverage", [7.0, 7.0, 7.0, 7.0, 56.0]),
        ("Freedom of Information", "Information access and release", [0.0, 0.0, 0.0, 0.0, 42.0]),
        ("Freedom of Information", "Exceptions and Overrides", [33.0, 17.0, 17.0, 17.0, 50.0]),
        ("Freedom of Information", "Sanctions for non-compliance", [0.0; 5]),
        ("Freedom of Information", "Monitoring and Oversight", [0.0; 5]),
    ];
    for (dim, metric, values) in rows {
        assert_eq!(series(dim, metric, P), full(*values), "{dim} / {metric}");
    }
}

#[test]
fn europam_alternative_metrics_per_type_of_official() {
    use ScoreKind::Alternative as A;
    let rows: &[(&str, &str, [f64; 5])] = &[
        ("Financial Disclosure", "Head of State", [0.0; 5]),
        ("Financial Disclosure", "Ministers", [0.0, 53.0, 53.0, 53.0, 37.0]),
        ("Financial Disclosure", "Members of Parliament", [49.0, 53.0, 53.0, 53.0, 53.0]),
        ("Financial Disclosure", "Civil servants", [40.0; 5]),
        ("Conflict of Interest", "Head of State", [0.0; 5]),
        ("Conflict of Interest", "Ministers", [38.0, 41.0, 41.0, 41.0, 38.0]),
        ("Conflict of Interest", "Members of Parliament", [38.0, 41.0, 41.0, 41.0, 38.0]),
        ("Conflict of Interest", "Civil servants", [59.0; 5]),
    ];
    for (dim, metric, values) in rows {
        assert_eq!(series(dim, metric, A), full(*values), "{dim} / {metric}");
    }
    assert!(series("Political Financing", "Ministers", A).is_empty());
}

#[test]
fn public_procurement_has_four_values_and_says_which_years_are_unknown() {
    let rows = [
        ("Scope", [29.0, 36.0, 51.0], 99.0),
        ("Information availability", [94.0; 3], 44.0),
        ("Evaluation", [100.0; 3], 75.0),
        ("Open competition", [83.0; 3], 61.0),
        ("Institutional arrangements", [36.0; 3], 29.0),
    ];
    for (metric, earlier, latest) in rows {
        let mut want: Vec<(Option<u16>, f64)> = earlier.iter().map(|v| (None, *v)).collect();
        want.push((Some(2020), latest));
        assert_eq!(series("Public Procurement", metric, ScoreKind::Primary), want, "{metric}");
        let s = corpus()
            .scores
            .iter()
            .find(|s| s.metric.as_deref() == Some(metric) && s.dimension == "Public Procurement" && s.year.is_none())
            .expect("undated value");
        assert_eq!(s.year_candidates, vec![2012, 2015, 2016, 2017]);
        assert!(
            corpus().unknowns.iter().any(|u| u.what.contains(&format!("Public Procurement / {metric}: years of the values"))),
            "{metric}: the unknown years are recorded"
        );
    }
}

#[test]
fn repairs_pin_the_split_of_run_together_cells() {
    let repaired = |orig: &str| corpus().repairs.iter().find(|r| r.original == orig).map(|r| r.repaired.clone());
    assert_eq!(repaired("Ministers053535337").as_deref(), Some("Ministers: 0, 53, 53, 53, 37"));
    assert_eq!(repaired("Scope and Coverage777756").as_deref(), Some("Scope and Coverage: 7, 7, 7, 7, 56"));
    assert_eq!(repaired("Evaluation10010010075").as_deref(), Some("Evaluation: 100, 100, 100, 75"));
    // Every EUROPAM table row is accounted for: 4+5+4+3+4+5+5 = 30 rows.
    assert_eq!(corpus().repairs.iter().filter(|r| r.source == LU_EUROPAM).count(), 30);
    // Each headline check passed.
    let checks: Vec<_> = corpus().checks.iter().filter(|c| c.what.starts_with("headline equals the mean")).collect();
    assert_eq!(checks.len(), 5);
    assert!(checks.iter().all(|c| c.outcome == Outcome::Passed), "{checks:#?}");
}

#[test]
fn egov_benchmark_table_with_slipped_group_labels_repaired() {
    let rows: &[(&str, &str, f64, f64, f64)] = &[
        ("User Centricity", "Overall scores", 86.5, 92.0, 11.0),
        ("User Centricity", "Online availability", 86.8, 90.0, 8.0),
        ("User Centricity", "Usability", 90.5, 95.0, 7.0),
        ("User Centricity", "Mobile friendliness", 76.3, 97.0, 32.0),
        ("Transparency", "Overall scores", 65.6, 73.0, 23.0),
        ("Transparency", "Service delivery", 57.8, 60.0, 22.0),
        ("Transparency", "Public organisations", 74.4, 65.0, 2.0),
        ("Transparency", "Personal data", 64.8, 94.0, 45.0),
        ("Citizen Cross Border Mobility", "Overall scores", 50.8, 75.0, 24.0),
        ("Citizen Cross Border Mobility", "Online availability", 62.3, 84.0, 11.0),
        ("Citizen Cross Border Mobility", "Usability", 65.0, 83.0, 25.0),
        ("Citizen Cross Border Mobility", "eID", 9.3, 38.0, 38.0),
        ("Citizen Cross Border Mobility", "eDocuments", 24.3, 56.0, 56.0),
        ("Business Cross Border Mobility", "Overall scores", 67.0, 91.0, 26.0),
        ("Business Cross Border Mobility", "Online availability", 75.5, 98.0, 22.0),
        ("Business Cross Border Mobility", "Usability", 75.5, 84.0, -16.0),
        ("Business Cross Border Mobility", "eID", 36.0, 78.0, 72.0),
        ("Business Cross Border Mobility", "eDocuments", 51.0, 75.0, 75.0),
        ("Key Enablers", "Overall scores", 61.4, 75.0, 24.0),
        ("Key Enablers", "eID", 57.4, 61.0, 18.0),
        ("Key Enablers", "eDocuments", 68.4, 71.0, 30.0),
        ("Key Enablers", "Authentic sources", 56.9, 67.0, 17.0),
        ("Key Enablers", "Digital post", 67.3, 100.0, 31.0),
    ];
    let bench: Vec<_> = corpus().scores.iter().filter(|s| s.framework == Framework::EgovBenchmark).collect();
    assert_eq!(bench.iter().filter(|s| s.kind == ScoreKind::Indicator).count(), rows.len());
    for (group, ind, eu, value, growth) in rows {
        let find = |kind| {
            bench.iter().find(|s| s.dimension == *group && s.metric.as_deref() == Some(*ind) && s.kind == kind).unwrap_or_else(|| panic!("{group} / {ind}"))
        };
        let v = find(ScoreKind::Indicator);
        assert_eq!((v.value, v.reference_value), (Some(*value), Some(*eu)), "{group} / {ind}");
        assert_eq!((v.year, v.period.as_deref()), (Some(2019), Some("2018-2019")));
        assert_eq!(v.reference_label.as_deref(), Some("EU27+ average"));
        assert_eq!(find(ScoreKind::Growth).value, Some(*growth), "{group} / {ind} growth");
    }
    let slips: Vec<_> = corpus().repairs.iter().filter(|r| r.source == LU_DPA).map(|r| (r.original.as_str(), r.repaired.as_str())).collect();
    assert_eq!(
        slips,
        vec![
            ("Business Cross Border Mobility / eDocuments", "Citizen Cross Border Mobility / eDocuments"),
            ("Key Enablers / eDocuments", "Business Cross Border Mobility / eDocuments"),
        ]
    );
}

#[test]
fn both_populations_stay_each_with_its_source_and_year() {
    let pops: Vec<_> = corpus().facts.iter().filter(|f| f.country == "LU" && f.fact == "population").collect();
    assert_eq!(pops.len(), 2);
    let dpa = pops.iter().find(|f| f.provenance.source == LU_DPA).expect("DPA population");
    assert_eq!((dpa.number, dpa.year, dpa.unit.as_deref()), (Some(613_894.0), Some(2019), Some("inhabitants")));
    assert_eq!(dpa.provenance.lines.start, 37);
    let europam = pops.iter().find(|f| f.provenance.source == LU_EUROPAM).expect("EUROPAM population");
    assert_eq!((europam.number, europam.year), (Some(582_972.0), None));
    assert!(corpus().unknowns.iter().any(|u| u.source == LU_EUROPAM && u.what == "year of the country facts"));
    let check = corpus().checks.iter().find(|c| c.locator == "population").expect("population cross-check");
    assert_eq!(check.outcome, Outcome::Flagged);
}

#[test]
fn country_profile_and_europam_facts() {
    let fact = |src: &str, key: &str| corpus().facts.iter().find(|f| f.provenance.source == src && f.fact == key).unwrap_or_else(|| panic!("{key}"));
    let f = fact(LU_DPA, "gdp");
    assert_eq!((f.number, f.unit.as_deref(), f.year), (Some(63_516.3), Some("million Euros"), Some(2019)));
    assert_eq!((fact(LU_DPA, "gdp_per_inhabitant_pps").number, fact(LU_DPA, "gdp_per_inhabitant_pps").year), (Some(263.0), Some(2018)));
    for (key, v) in [("gdp_growth", 2.3), ("inflation", 1.6), ("unemployment", 5.6), ("government_debt", 22.1), ("government_deficit", 2.2)] {
        let f = fact(LU_DPA, key);
        assert_eq!((f.number, f.unit.as_deref(), f.year), (Some(v), Some("%"), Some(2019)), "{key}");
    }
    assert_eq!((fact(LU_DPA, "area").number, fact(LU_DPA, "area").unit.as_deref()), (Some(2600.0), Some("km²")));
    assert_eq!(fact(LU_DPA, "capital").value, "Luxembourg");
    assert_eq!(fact(LU_DPA, "official_languages").value, "French, German");
    assert_eq!(fact(LU_DPA, "currency").value, "Euro");
    assert_eq!(fact(LU_EUROPAM, "income_group").value, "High");
    for (key, v) in [
        ("gni_per_capita_ppp", 45986.99),
        ("urban_population", 90.43),
        ("internet_users", 97.49),
        ("life_expectancy", 82.23),
        ("mean_years_schooling", 12.0),
        ("global_competitiveness_index", 5.2),
    ] {
        assert_eq!(fact(LU_EUROPAM, key).number, Some(v), "{key}");
    }
}

#[test]
fn portals_bodies_cio_and_strategies() {
    let facts = |cc: &str, key: &str| corpus().facts.iter().filter(move |f| f.country == cc && f.fact == key).collect::<Vec<_>>();
    let lu_portals = facts("LU", "portal");
    assert!(lu_portals
        .iter()
        .any(|p| p.value == "Guichet.lu portal" && p.url.as_deref() == Some("https://guichet.public.lu/en.html") && p.provenance.source == LU_MSQ));
    assert!(lu_portals.iter().any(|p| p.value == "data.public.lu" && p.url.as_deref() == Some("https://data.public.lu") && p.provenance.source == LU_DPA));
    // eDouane's link in the factsheet is no address: kept without a URL, recorded as unknown.
    assert!(lu_portals.iter().any(|p| p.value == "eDouane" && p.url.is_none()));
    assert!(corpus().unknowns.iter().any(|u| u.what == "web address of portal 'eDouane'"));
    let dk_portals: Vec<_> = facts("DK", "portal").iter().map(|p| p.url.clone().unwrap_or_default()).collect();
    assert_eq!(&dk_portals[..3], ["https://www.borger.dk", "https://www.virk.dk", "https://www.sundhed.dk"]);

    let dk_bodies: Vec<_> = facts("DK", "egov_body").iter().map(|b| (b.value.clone(), b.url.clone())).collect();
    assert_eq!(
        dk_bodies,
        vec![
            ("Agency for Digitisation".into(), Some("https://digst.dk/".into())),
            ("Danish Business Authority".into(), Some("https://erhvervsstyrelsen.dk/".into()))
        ]
    );
    assert!(facts("LU", "egov_body").iter().any(|b| b.value == "Ministry for Digitalisation" && b.provenance.source == LU_MSQ));

    let cio = |cc: &str, key: &str| facts(cc, key).first().map(|f| f.value.clone());
    assert_eq!(cio("DK", "cio_name").as_deref(), Some("Tanja Franck"));
    assert_eq!(cio("DK", "cio_title").as_deref(), Some("Director-General"));
    assert_eq!(cio("DK", "cio_organisation").as_deref(), Some("Agency for Digitisation, Ministry of Finance"));
    assert_eq!(cio("LU", "cio_title").as_deref(), Some("Director"));
    assert_eq!(cio("LU", "cio_organisation").as_deref(), Some("Government IT Center"));
    // No e-mail address is kept anywhere in the facts.
    assert!(corpus().facts.iter().all(|f| !f.value.contains('@')));

    let strat = facts("LU", "strategy");
    assert!(strat.iter().any(|s| s.value == "Electronic Governance 2021-2025" && s.period.as_deref() == Some("2021-2025")));
    assert!(strat.iter().any(|s| s.value == "Third National Cybersecurity Strategy" && s.period.as_deref() == Some("2018-2020")));
    assert!(corpus().unknowns.iter().any(|u| u.country == "DK" && u.what == "period of the national e-government strategy"));
}

fn msq(cc: &str, q: &str, item: Option<&str>) -> &'static govlens_core::Answer {
    corpus()
        .answers
        .iter()
        .find(|a| a.country == cc && a.questionnaire == Questionnaire::UN_MSQ_2022 && a.question == q && a.item.as_deref() == item)
        .unwrap_or_else(|| panic!("{cc} Q{q} {item:?}"))
}

#[test]
fn all_44_questions_for_each_country() {
    for cc in ["LU", "DK"] {
        let qs: Vec<_> = corpus().answers.iter().filter(|a| a.country == cc && a.questionnaire == Questionnaire::UN_MSQ_2022 && a.item.is_none()).collect();
        assert_eq!(qs.len(), 44, "{cc}");
        let numbers: Vec<String> = (1..=44).map(|n| n.to_string()).collect();
        assert_eq!(qs.iter().map(|a| a.question.clone()).collect::<Vec<_>>(), numbers);
        assert!(qs.iter().all(|a| !a.question_text.is_empty()));
    }
}

#[test]
fn answers_of_each_basis_for_both_countries() {
    use AnswerValue::*;
    let is = |a: &govlens_core::Answer, v: AnswerValue, b: Basis| {
        assert_eq!((&a.answer, a.basis), (&v, b), "{} Q{} {:?}: {}", a.country, a.question, a.item, a.text)
    };
    // Ticks that survived the Markdown conversion.
    is(msq("LU", "35", None), Yes, Basis::Ticked);
    is(msq("LU", "36", None), Yes, Basis::Ticked);
    is(msq("LU", "29", Some("Artificial intelligence (AI)")), Yes, Basis::Ticked);
    is(msq("LU", "29", Some("Blockchains")), Yes, Basis::Ticked);
    // Lost ticks, answered by the detail.
    is(msq("LU", "9", None), Yes, Basis::Inferred);
    assert!(msq("LU", "9", None).text.contains("transparent and open administration was adopted on 14 September 2018"));
    is(msq("DK", "9", None), Yes, Basis::Inferred);
    assert!(msq("DK", "9", None).text.contains("Offentlighedsloven"));
    is(msq("DK", "12", None), Yes, Basis::Inferred);
    is(msq("DK", "21", None), No, Basis::Inferred);
    is(msq("DK", "29", Some("5G")), Yes, Basis::Inferred);
    is(msq("LU", "20", Some("Other")), Yes, Basis::Inferred);
    assert_eq!(msq("LU", "20", Some("Other")).text, "Four year, from 2021-2025.");
    is(msq("LU", "20", Some("Two-year")), No, Basis::Inferred);
    // Nothing establishes these.
    is(msq("LU", "44", None), Unknown, Basis::None);
    is(msq("DK", "40", None), Unknown, Basis::None);
    is(msq("DK", "20", None), Unknown, Basis::None);
    is(msq("DK", "29", Some("Robotics")), Unknown, Basis::None);
    is(msq("LU", "29", Some("Robotics")), Unknown, Basis::None);
    // Qualified answers are not forced into yes or no.
    is(msq("DK", "22", None), Unknown, Basis::Inferred);
    is(msq("LU", "23", None), Unknown, Basis::Inferred);
    for a in corpus().answers.iter().filter(|a| a.answer == Unknown) {
        assert!(a.reason.is_some(), "{} Q{} has its reason", a.country, a.question);
    }
}

#[test]
fn pdf_damage_is_mended_in_answers() {
    // A URL broken across lines, completed from the page's link list.
    assert!(msq("DK", "4", None).links.iter().any(|l| l == "https://en.digst.dk/policy-and-strategy/digital-strategy/"));
    // Two URLs cut at the same prefix ("https://digst.dk/om-") both come back.
    let q24 = &msq("DK", "24", None).links;
    assert!(q24.contains(&"https://digst.dk/om-os/organisation/kontor-for-digital-service/".to_string()), "{q24:?}");
    assert!(q24.contains(&"https://digst.dk/om-os/organisation/kontor-for-digital-inklusion/".to_string()), "{q24:?}");
    // The reviewer's comment is not part of the answer.
    let q11 = &msq("DK", "11", None).text;
    assert!(!q11.contains("ASKN1") && !q11.contains("official translations"), "{q11}");
    assert!(q11.contains("Center for Cybersikkerhed"));
    assert!(corpus().repairs.iter().any(|r| r.original.starts_with("Kommenterede [ASKN1]")));
}

#[test]
fn europam_qualitative_answers_with_citations() {
    let find = |q: &str, item: Option<&str>| {
        corpus()
            .answers
            .iter()
            .find(|a| a.questionnaire == Questionnaire::Europam && a.question == q && a.item.as_deref() == item)
            .unwrap_or_else(|| panic!("{q}"))
    };
    let a = find("Is there a ban on vote buying?", None);
    assert_eq!((&a.answer, a.basis), (&AnswerValue::Yes, Basis::Stated));
    assert_eq!(a.citation.as_deref(), Some("Loi Electoral, Article 97, 2003, amended 2015"));
    assert_eq!(a.text, "Fine from 251 to 2000 euros and improsonment from 8 hours to one month");
    assert_eq!(a.section, vec!["Political Financing", "Regulations on spending"]);
    assert_eq!(a.year, Some(2017));
    let a = find("Real estate", Some("Ministers"));
    assert_eq!(a.answer, AnswerValue::No);
    assert_eq!(a.section, vec!["Financial Disclosure", "Ministers", "Disclosure items", "Income and Assets"]);
    assert_eq!(find("Is there a preferential treatment for small-to-medium enterprises (SMEs)?", None).answer, AnswerValue::No);
    let t = find("What are the minimum application thresholds for the procurement type? (Entity: UTILITIES)", None);
    assert_eq!(t.answer, AnswerValue::Other("EUR 428000".into()));
    let pi = corpus()
        .answers
        .iter()
        .find(|a| a.questionnaire == Questionnaire::Europam && a.question.starts_with("Public Interest test"))
        .expect("public interest test");
    assert_eq!((&pi.answer, pi.basis), (&AnswerValue::Unknown, Basis::None));
    // The FOI summary names Malta on Luxembourg's page: flagged, kept as published.
    assert!(corpus().checks.iter().any(|c| c.locator == "Freedom of Information / summary" && c.outcome == Outcome::Flagged && c.detail.contains("Malta")));
}

#[test]
fn ai_strategy() {
    let s = &corpus().ai_strategies[0];
    assert_eq!(s.country, "LU");
    assert_eq!(s.title, "Artificial Intelligence: a strategic vision for Luxembourg");
    assert_eq!((s.released.as_deref(), s.year), (Some("May 2019"), Some(2019)));
    assert_eq!(s.highlights.len(), 5);
    assert_eq!(s.highlights[3], "Engage in peer-learning activities with other EU Member States");
    let cats: Vec<(&str, Vec<&str>)> = s.analysis.iter().map(|c| (c.category.as_str(), c.measures.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        cats,
        vec![
            ("Learning by doing", vec!["Pilot projects"]),
            ("Stimulating awareness and knowledge sharing", vec!["Awareness campaigns", "Building an international community"]),
            ("Ethical and legal framework", vec!["n/a"]),
            ("Improving data access and quality", vec!["Improving data quality", "Improving data access"]),
            ("Funding and procurement", vec!["Stimulation of GovTech startups"]),
            ("Improving internal capacity", vec!["n/a"]),
        ]
    );
    assert_eq!(s.public_sector_actions[0], "Focus Area 5: AI for the public sector");
}

#[test]
fn passages_have_heading_paths_and_unique_ids() {
    let c = corpus();
    let mut ids: Vec<&str> = c.passages.iter().map(|p| p.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), c.passages.len());
    for src in [LU_MSQ, LU_DPA, LU_AIWATCH, DK_MSQ, LU_EUROPAM] {
        assert!(c.passages.iter().filter(|p| p.source == src).count() >= 4, "{src}");
    }
    let dk9 = c.passages.iter().find(|p| p.country == "DK" && p.section.get(1).is_some_and(|s| s.starts_with("9. "))).expect("DK Q9 passage");
    assert_eq!(dk9.section[0], "Legal Framework");
    assert!(dk9.text.contains("Offentlighedsloven"));
    let einfach = c.passages.iter().find(|p| p.section.last().is_some_and(|s| s == "Einfach Lëtzebuerg")).expect("DPA section");
    assert_eq!(einfach.section[0], "3 Digital Public Administration Political Communications");
    assert!(c.passages.iter().all(|p| !p.text.trim().is_empty()));
}

#[test]
fn artifact_round_trips_and_rejects_damage() {
    let c = corpus();
    let bytes = encode(c);
    assert_eq!(&decode(&bytes).expect("decodes"), c);
    assert!(matches!(decode(&bytes[..bytes.len() / 2]), Err(govlens_core::CorpusError::Truncated { .. })));
    let mut bad = bytes.clone();
    bad[bytes.len() / 2] ^= 0xff;
    assert!(matches!(decode(&bad), Err(govlens_core::CorpusError::Corrupted { .. })));
    assert_eq!(decode(b"{\"sources\": []}"), Err(govlens_core::CorpusError::Foreign));
}

#[test]
fn every_unknown_is_listed_with_its_reason() {
    let c = corpus();
    // Multi-choice items that nothing establishes are unknowns of their own.
    for (cc, item) in [("LU", "Robotics"), ("LU", "5G"), ("LU", "Others"), ("DK", "Robotics"), ("DK", "Blockchains"), ("DK", "Two-year")] {
        assert!(c.unknowns.iter().any(|u| u.country == cc && u.what.ends_with(&format!("item '{item}'"))), "{cc} {item}");
    }
    // The factsheet's charts: titles survive the conversion, values do not.
    let charts: Vec<_> = c.unknowns.iter().filter(|u| u.source == LU_DPA && u.what.starts_with("values of the chart")).collect();
    assert_eq!(charts.len(), 6);
    assert!(charts[0].what.contains("Percentage of individuals using the Internet for interacting with public authorities"));
    // Every answer whose value is unknown is an unknown of the corpus.
    let unknown_answers = c.answers.iter().filter(|a| a.answer == AnswerValue::Unknown).count();
    let answer_unknowns = c.unknowns.iter().filter(|u| u.what.starts_with("MSQ answer") || u.what.contains(" answer: ")).count();
    assert_eq!(unknown_answers, answer_unknowns);
    assert!(c.unknowns.iter().all(|u| !u.reason.is_empty() && !u.what.is_empty()));
}

/// Every table the corpus exports is written as the csv crate would write it (govlens writes its
/// CSV by hand, for the widget's size: crates/core/src/export.rs).
#[test]
fn exported_csv_is_what_the_csv_crate_writes() {
    use govlens_core::export::{answer_rows, fact_rows, passage_rows, score_rows, to_csv};
    let c = corpus();
    for (name, table) in
        [("scores", score_rows(&c.scores)), ("facts", fact_rows(&c.facts)), ("answers", answer_rows(&c.answers)), ("passages", passage_rows(&c.passages))]
    {
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in &table {
            w.write_record(r.iter().map(|f| govlens_core::export::neutralised(f).into_owned())).expect("in memory");
        }
        let expected = String::from_utf8(w.into_inner().expect("in memory")).expect("utf-8");
        assert!(table.len() > 40, "{name}: {} rows", table.len());
        assert_eq!(to_csv(&table), expected, "{name}");
    }
}
