//! The elements in French, German and Danish (issue 18, item 2): core writes every view in the
//! element's locale (its words, number formats and country names) and marks the documents' and
//! datasets' own English words, on the real corpus. English is what every other test holds.
mod common;
use common::*;
use govlens_core::format::Locale;
use govlens_core::views::card::{CardBlock, CardSection, CardView, ValueText};
use govlens_core::views::compare::CompareOptions;

fn section<'a>(card: &'a CardView, block: &'a str) -> &'a CardSection {
    card.sections(block).next().unwrap_or_else(|| panic!("the card's {block} block"))
}

fn text(v: &ValueText) -> &str {
    match v {
        ValueText::Text(t) => t,
        ValueText::Link { label, .. } => label,
    }
}

/// The rows of a section as `label = value (cite)`.
fn rows(s: &CardSection) -> Vec<(String, String, String)> {
    s.rows.iter().map(|r| (r.label.clone(), text(&r.value).to_string(), r.cite.short.clone())).collect()
}

#[test]
fn a_french_card_writes_its_words_numbers_and_dates_in_french() {
    let card = corpus().card_view(Some("LU"), None, Locale::Fr).expect("LU's card in French");
    assert_eq!(card.lang, "fr");
    assert_eq!(card.label, "Luxembourg\u{a0}: l'administration numérique en chiffres");
    assert_eq!(card.subtitle, "Administration numérique et redevabilité publique, d'après 4 documents sources");
    let basic = section(&card, "basic");
    assert_eq!((basic.title.as_str(), basic.show_all.as_str(), basic.title_lang.as_deref()), ("Données de base", "Afficher les 20 données de base", None));
    let r = rows(basic);
    // The DPA factsheet's 613,894 with French grouping (a narrow no-break space), its unit and
    // citation in French; the badge says the two documents differ.
    assert_eq!(r[0], ("Population".into(), "613\u{202f}894 habitants".into(), "DPA factsheet 2020, §1.1, chiffre de 2019".into()));
    assert_eq!(basic.rows[0].badge.as_deref(), Some("les sources divergent"));
    assert_eq!(r[2].1, "63\u{202f}516,3 millions d'euros");
    assert_eq!(r[4], ("Taux de croissance du PIB".into(), "2,3 %".into(), "DPA factsheet 2020, §1.1, chiffre de 2019".into()));
    // A document's own words (a portal's name) stay as written and are marked English.
    let portals = section(&card, "portals");
    assert_eq!((text(&portals.rows[0].value), portals.rows[0].value_lang.as_deref()), ("Guichet.lu portal", Some("en")));
    // The AI strategy's release date in French, its title and highlights marked English.
    let ai = card
        .blocks
        .iter()
        .find_map(|b| match b {
            CardBlock::Strategy { strategy, .. } => Some(strategy),
            _ => None,
        })
        .expect("the AI strategy");
    assert_eq!(ai.heading, "Stratégie d'IA");
    assert!(ai.title.ends_with("(publiée en mai 2019)"), "{}", ai.title);
    assert_eq!(ai.lang.as_deref(), Some("en"));
    // EUROPAM against the European average, in French words and decimals.
    let europam = section(&card, "europam");
    assert_eq!(text(&europam.rows[0].value), "56 (moyenne européenne 66)");
    // With the datasets, the check that found the page's 56 is of other years: its note's
    // lead in French (the finding itself is the check's, in English).
    let full = full_corpus().card_view(Some("LU"), None, Locale::Fr).expect("LU's card in French");
    let flag = section(&full, "europam").rows[0].flag.clone();
    assert!(flag.as_deref().is_some_and(|f| f.starts_with("Valeur à vérifier\u{a0}: the page's 56")), "{flag:?}");
    let benchmark = section(&card, "benchmark");
    assert_eq!(text(&benchmark.rows[0].value), "92 (moyenne UE27+ 86,5)");
}

#[test]
fn no_english_ui_words_are_left_in_a_french_german_or_danish_card() {
    // Words the English card shows that belong to govlens, not to the documents.
    // (Not "Basic data": a citation names the factsheet's own section, "§1.1 Basic data".)
    let english = ["Show all", "sources differ", ", for 20", "inhabitants", "million Euros", "Check this value", "rank ", "European average", "questions:"];
    for locale in [Locale::Fr, Locale::De, Locale::Da] {
        let card = full_corpus().card_view(Some("LU"), None, locale).expect("LU's card");
        let json = serde_json::to_string(&card).expect("the card as JSON");
        for e in english {
            assert!(!json.contains(e), "{locale:?}: the card still says {e:?}");
        }
    }
}

#[test]
fn german_and_danish_cards_name_countries_and_rank_in_their_language() {
    let de = full_corpus().card_view(Some("DK"), None, Locale::De).expect("DK's card in German");
    assert_eq!(de.name, "Dänemark");
    let egdi = de.sections("datasets").next().expect("the datasets' first block");
    assert_eq!(
        rows(egdi)[0],
        ("E-Government Development Index (EGDI)".into(), "0,9847 (2024; Rang 1 von 193)".into(), "UN E-Government Survey 2024, Stand 2024".into())
    );
    // The dataset's own names (its title, its indicators) stay English, and are marked so.
    assert_eq!((egdi.title_lang.as_deref(), egdi.rows[0].label_lang.as_deref()), (Some("en"), Some("en")));
    let da = full_corpus().card_view(Some("LU"), None, Locale::Da).expect("LU's card in Danish");
    let r = rows(section(&da, "basic"));
    assert_eq!((r[0].1.as_str(), r[0].2.as_str()), ("613.894 indbyggere", "DPA factsheet 2020, §1.1, tal for 2019"));
    let egdi = rows(da.sections("datasets").next().expect("the datasets' first block"));
    assert_eq!(egdi[4].1, "0,6301 (2024; nr. 68 af 193, delt)");
    // French ordinals: the first is `1er`.
    let fr = full_corpus().card_view(Some("DK"), None, Locale::Fr).expect("DK's card in French");
    assert_eq!(fr.name, "Danemark");
    assert_eq!(rows(fr.sections("datasets").next().expect("EGDI"))[0].1, "0,9847 (2024; 1er sur 193)");
}

#[test]
fn charts_ranking_and_trend_follow_the_locale() {
    let c = full_corpus();
    let ranking = c.ranking_view_in(Some("un-egdi.egdi"), None, Some("Europe"), Some("LU"), Locale::Fr).expect("EGDI ranking in Europe");
    assert_eq!(ranking.frame.title, "E-Government Development Index (EGDI), 2024\u{a0}: Luxembourg est 26e sur 43 (Europe)");
    assert_eq!((ranking.rows[0].name.as_str(), ranking.rows[0].value.as_str()), ("Danemark", "0,9847"));
    assert_eq!(ranking.table.head, ["Rang", "Pays", "Valeur", "Source"]);
    assert_eq!(ranking.source_lang.as_deref(), Some("en"));
    let world = c.ranking_view_in(Some("un-egdi.egdi"), None, None, Some("DK"), Locale::Fr).expect("EGDI ranking");
    assert!(world.frame.title.ends_with(": Danemark est 1er sur 193"), "{}", world.frame.title);
    let trend = c.trend_view_in(Some("un-egdi.egdi"), &["LU", "DK"], None, Locale::De).expect("EGDI trend");
    assert_eq!(
        trend.frame.description,
        "E-Government Development Index (EGDI) von 2003 bis 2024: Luxemburg 0,6562 im Jahr 2003, 0,8466 im Jahr 2024; Dänemark 0,8205 im Jahr 2003, 0,9847 im Jahr 2024."
    );
    assert_eq!(trend.table.head[0], "Jahr");
    assert_eq!(trend.y_ticks.last().map(|(_, l)| l.as_str()), Some("1,0"));
    let europam = c.europam_chart(Some("LU"), Locale::Da).expect("LU's EUROPAM chart in Danish");
    assert_eq!(europam.frame.title, "Offentlig ansvarlighed i Luxembourg: EUROPAM-scorer");
    assert_eq!(europam.bars.bars[0].numbers(), "56 · gns. 66 · ⚑");
    let benchmark = c.benchmark_chart(Some("LU"), Locale::Fr).expect("LU's benchmark in French");
    assert_eq!(benchmark.frame.title, "Luxembourg dans l'eGovernment Benchmark");
}

#[test]
fn a_danish_comparison_answers_in_danish_and_keeps_the_questions_english() {
    let countries = vec!["LU".to_string(), "DK".to_string()];
    let view = corpus().compare_view(&countries, CompareOptions { locale: Locale::Da, ..Default::default() }).expect("LU and DK");
    assert_eq!(view.source_lang.as_deref(), Some("en"));
    let q1 = &view.questions[0];
    let chips: Vec<&str> = q1.chips.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(chips, ["✓ ja", "✓ ja"]);
    assert!(q1.asked.starts_with("What is the official e-government portal at the national level?"), "{}", q1.asked);
    let (scores_frame, scores) = view.scores.as_ref().expect("the scores table");
    assert_eq!(scores_frame.title, "Luxembourg og Danmark: hovedscorer");
    assert_eq!(scores.rows[0][2], "— ikke i korpusset");
}

#[test]
fn errors_read_in_the_readers_language_with_the_detail_in_english() {
    use govlens_core::i18n::words;
    let e = corpus().card_view(Some("Atlantis"), None, Locale::Fr).unwrap_err();
    assert_eq!(words(Locale::Fr).problem(&e.title).as_deref(), Some("Pays inconnu"));
    let e = corpus().compare_view(&["LU".to_string()], CompareOptions { locale: Locale::De, ..Default::default() }).unwrap_err();
    assert_eq!(words(Locale::De).problem(&e.title).as_deref(), Some("govlens-compare braucht mindestens zwei Länder"));
    // The detail is the developer's, in English, whatever the locale.
    assert!(e.detail.starts_with("Add a countries attribute"), "{}", e.detail);
    // The title as the error box shows it, and its lang where it stays English.
    assert_eq!(e.title_in(Locale::Da), ("govlens-compare skal have mindst to lande".to_string(), None));
    let odd = govlens_core::Problem::new("Something new", "detail");
    assert_eq!(odd.title_in(Locale::Fr), ("Something new".to_string(), Some("en".to_string())));
    assert_eq!(odd.title_in(Locale::En), ("Something new".to_string(), None));
}

#[test]
fn a_language_govlens_has_no_words_for_falls_back_to_english() {
    assert_eq!(Locale::of_attribute(Some("lb")), Locale::En);
    assert_eq!(Locale::of_attribute(Some("fr-LU")), Locale::Fr);
    assert_eq!(Locale::of_attribute(None), Locale::En);
    let card = corpus().card_view(Some("LU"), None, Locale::of_attribute(Some("lb"))).expect("LU's card");
    assert_eq!((card.lang.as_str(), card.subtitle.as_str()), ("en", "Digital government and public accountability, from 4 source documents"));
}
