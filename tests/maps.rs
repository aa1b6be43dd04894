//! `<govlens-map>`'s view on the real corpus and datasets: the shapes of corpus/basemaps
//! (Natural Earth 1:50m by way of world-atlas), the EGDI's classes, Europe by default for a
//! European dataset, a Europe map of a world dataset, the reader's language, the errors.
mod common;
use common::full_corpus;
use govlens_core::format::Locale;
use govlens_core::MapArea;

#[test]
fn the_egdi_world_map_colours_every_country_with_a_value() {
    let c = full_corpus();
    let m = c.map_view_in(Some("un-egdi.egdi"), None, None, Some("LU"), Locale::En).expect("EGDI map");
    assert_eq!((m.area.as_str(), m.year, m.width, m.height), ("world", 2024, 960, 429));
    // 2024's 193 values, from 0.1013 to Denmark's 0.9847, in fifths.
    let legend: Vec<(&str, usize)> = m.legend.iter().map(|l| (l.label.as_str(), l.count)).collect();
    assert_eq!(legend, [("0.0–0.2", 5), ("0.2–0.4", 28), ("0.4–0.6", 45), ("0.6–0.8", 52), ("0.8–1.0", 62)]);
    // 192 drawn (Natural Earth's 1:50m has no Tuvalu), said under the map with its value.
    assert_eq!(m.legend.iter().map(|l| l.count).sum::<usize>(), 192);
    assert_eq!(m.off_map.as_deref(), Some("Not drawn on this map (no shape at its scale): Tuvalu (0.4042)."));
    // Countries on the map with no 2024 value are drawn grey and named, not keyboard stops.
    assert_eq!(m.no_value.as_deref(), Some("No value for 2024 (17)"));
    assert_eq!((m.countries.len(), m.blank.len()), (192, 17));
    let of = |code: &str| m.countries.iter().chain(&m.blank).find(|k| k.code == code).unwrap_or_else(|| panic!("{code} on the map"));
    assert_eq!((of("DK").class, of("DK").label.as_str()), (Some(4), "Denmark: rank 1 of 193 (0.9847)"));
    let lu = of("LU");
    assert_eq!((lu.class, lu.highlighted, lu.label.as_str()), (Some(4), true, "Luxembourg: rank 45 of 193 (0.8466)"));
    // Luxembourg and Malta are a few pixels at this scale: dots at their centroids.
    assert_eq!((lu.dot, of("MT").dot), (Some((494, 66)), Some((516, 109))));
    assert_eq!((of("GL").class, of("GL").label.as_str()), (None, "Greenland has no value for EGDI in 2024"));
    assert_eq!(m.highlight.as_deref(), Some("Luxembourg: rank 45 of 193 (0.8466)"));
    // West to east, the arrow keys' order.
    assert!(m.countries.windows(2).all(|w| centroid_x(c, &w[0].code) <= centroid_x(c, &w[1].code)));
    // Every number with its source and year; the shapes' source too.
    assert!(m.frame.source.starts_with("UN E-Government Survey 2024 (UN DESA"), "{}", m.frame.source);
    assert!(m.frame.source.ends_with("Natural Earth 1:50m Cultural Vectors, Admin 0 countries (public domain), via world-atlas 2.0.2 (Equal Earth)"));
    assert!(m.frame.description.starts_with(
        "A map of 193 countries coloured by EGDI in 2024, a shade per class from the lowest to the highest; countries per class: 0.0–0.2 (5), 0.2–0.4 (28)"
    ));
    assert_eq!(m.frame.filename, "govlens-map-un-egdi-egdi-2024.csv");
    assert_eq!(m.table.rows.len(), 193);
    assert_eq!(m.table.rows[44], ["45", "Luxembourg", "0.8466", "UN E-Government Survey 2024, for 2024"]);
}

fn centroid_x(c: &govlens_core::Corpus, code: &str) -> i16 {
    c.basemap(MapArea::World).and_then(|m| m.shapes.iter().find(|s| s.code.as_deref() == Some(code))).map(|s| s.centroid.0).expect("a shape")
}

#[test]
fn a_european_dataset_is_drawn_on_europe() {
    let c = full_corpus();
    let m = c.map_view_in(Some("egov-benchmark.overall"), None, None, Some("LU"), Locale::En).expect("benchmark map");
    assert_eq!((m.area.as_str(), m.year, m.width), ("europe", 2023, 800));
    let legend: Vec<(&str, usize)> = m.legend.iter().map(|l| (l.label.as_str(), l.count)).collect();
    assert_eq!(legend, [("20–40", 2), ("40–60", 5), ("60–80", 16), ("80–100", 14)]);
    assert_eq!(m.off_map, None);
    // Europe's countries outside the Benchmark (Russia, Ukraine, Belarus...) say they have no value.
    let ru = m.blank.iter().find(|k| k.code == "RU").expect("Russia is on the Europe map, grey");
    assert_eq!(ru.label, "Russian Federation has no value for eGov Benchmark in 2023");
    assert_eq!(m.no_value.as_deref(), Some("No value for 2023 (27)"));
    assert!(m.frame.source.ends_with("(Lambert azimuthal equal-area, 10°E 52°N)"), "{}", m.frame.source);
    // The EUROPAM scores too.
    assert_eq!(c.map_view_in(Some("europam.FOI-Score"), None, None, None, Locale::En).map(|m| m.area), Ok("europe".to_string()));
}

#[test]
fn a_europe_map_of_a_world_dataset_ranks_europe_in_french() {
    let c = full_corpus();
    let m = c.map_view_in(Some("un-egdi.egdi"), None, Some("europe"), Some("LU"), Locale::Fr).expect("EGDI map of Europe");
    assert_eq!(m.area, "europe");
    assert_eq!(m.frame.title, "E-Government Development Index (EGDI), 2024\u{a0}: Luxembourg est 26e sur 43 (Europe)");
    let legend: Vec<(&str, usize)> = m.legend.iter().map(|l| (l.label.as_str(), l.count)).collect();
    assert_eq!(legend, [("0,6–0,7", 3), ("0,7–0,8", 6), ("0,8–0,9", 20), ("0,9–1,0", 14)]);
    // Land outside the UN region (Turkey, North Africa) is drawn plain, named in the legend.
    assert_eq!(m.other.as_deref(), Some("Autres pays"));
    assert!(!m.countries.iter().any(|k| k.code == "TR" || k.code == "DZ"));
    assert_eq!(m.labels.areas, [("world".to_string(), "Monde".to_string()), ("europe".to_string(), "Europe".to_string())]);
    assert_eq!(m.source_lang.as_deref(), Some("en"));
    // Two of the map's European places have no 2024 value; the WGI has one for each of them
    // (the legend then has no "no value" entry).
    assert_eq!(m.no_value.as_deref(), Some("Pas de valeur pour 2024 (2)"));
    let wgi = c.map_view_in(Some("wb-wgi.ge"), Some(2023), Some("europe"), Some("DK"), Locale::En).expect("WGI map of Europe");
    assert_eq!((wgi.no_value, wgi.frame.title.as_str()), (None, "Government Effectiveness, 2023: Denmark ranks 3 of 45 in Europe"));
}

#[test]
fn negative_values_are_written_with_minus_signs() {
    let m = full_corpus().map_view_in(Some("wb-wgi.ge"), Some(2023), None, None, Locale::En).expect("WGI map");
    assert_eq!(m.legend.first().map(|l| l.label.as_str()), Some("\u{2212}3 – \u{2212}2"));
    assert_eq!(m.legend.last().map(|l| l.label.as_str()), Some("2 – 3"));
    // Natural Earth draws French Guiana, Martinique and Réunion as France; their own values are said.
    assert_eq!(
        m.off_map.as_deref(),
        Some("Not drawn on this map (no shape at its scale): French Guiana (1.28), Martinique (0.65), Réunion (0.65), Tuvalu (-0.45).")
    );
}

#[test]
fn wrong_attributes_are_problems_that_say_what() {
    let c = full_corpus();
    let e = c.map_view_in(Some("un-egdi.egdi"), None, Some("asia"), None, Locale::En).expect_err("no Asia map");
    assert_eq!((e.title.as_str(), e.detail.as_str()), ("Unknown map area", "area=\"asia\" is not a map; maps: world, europe"));
    assert_eq!(c.map_view_in(None, None, None, None, Locale::En).map_err(|e| e.title), Err("govlens-map needs an indicator".to_string()));
    assert_eq!(c.map_view_in(Some("un-egdi.egdi"), Some(1999), None, None, Locale::En).map_err(|e| e.title), Err("Unknown year".to_string()));
    // A corpus built without the shapes says how to get them.
    let mut bare = c.clone();
    bare.basemaps.clear();
    let e = bare.map_view_in(Some("un-egdi.egdi"), None, None, None, Locale::De).expect_err("no shapes");
    assert_eq!(e.title, "No map shapes");
}

#[test]
fn the_shapes_are_natural_earths_countries() {
    let c = full_corpus();
    let world = c.basemap(MapArea::World).expect("the world's shapes");
    let europe = c.basemap(MapArea::Europe).expect("Europe's shapes");
    let coded = |m: &govlens_core::Basemap| m.shapes.iter().filter(|s| s.code.is_some()).count();
    assert_eq!((world.shapes.len(), coded(world)), (238, 235));
    assert_eq!((europe.shapes.len(), coded(europe)), (70, 69));
    // Kosovo has no ISO numeric code in Natural Earth; it is XK, as in the country register.
    assert!(world.shapes.iter().any(|s| s.code.as_deref() == Some("XK")));
}
