//! `<govlens-map>`: a choropleth of one indicator and year, each country coloured by its
//! value's class, on the world or Europe (the default for a dataset whose countries are all on
//! the Europe map). The values, ranks, title, table and CSV are the ranking's
//! ([`super::ranking`]); this adds the classes, the legend and each country's shape.
use super::ranking::RankingView;
use super::trend::{decimals_of, nice_ticks};
use super::{Frame, Problem, Table};
use crate::basemap::{Basemap, MapArea, Shape};
use crate::format::{fixed, Locale};
use crate::i18n::{fill, words};
use crate::model::Corpus;
use serde::{Deserialize, Serialize};

/// At most this many colour classes (the style sheet has a colour for each).
pub const MAX_CLASSES: usize = 7;

/// A country on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapCountry {
    /// ISO code.
    pub code: String,
    /// Its name in the element's language.
    pub name: String,
    /// Its SVG path (empty for a dot with no visible area).
    pub path: String,
    /// Where its dot is, for a country too small to see at this scale.
    pub dot: Option<(i16, i16)>,
    /// Its colour class, `0` the lowest values; `None`: no value.
    pub class: Option<u8>,
    /// What a screen reader and the info line say: `Luxembourg: rank 45 of 193 (0.8466)`, or
    /// that it has no value.
    pub label: String,
    /// The host asked to highlight it.
    pub highlighted: bool,
    /// The value's whole citation (its tooltip).
    pub cite_full: Option<String>,
}

/// One class of the legend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapClass {
    /// `0.6–0.8`: from (inclusive) to (exclusive, but for the last class).
    pub label: String,
    /// How many countries are in it.
    pub count: usize,
    /// Its shade, `0` (palest) to [`MAX_CLASSES`]` - 1` (deepest): the palette's ends are
    /// always the lowest and highest classes, whatever their number.
    pub tone: u8,
}

/// A map as the element shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    /// The indicator's id.
    pub indicator: String,
    /// The year shown.
    pub year: u16,
    /// Every year the indicator has, for the year picker.
    pub years: Vec<u16>,
    /// `world` or `europe`.
    pub area: String,
    /// The drawing's size (its viewBox).
    pub width: u16,
    /// Its height.
    pub height: u16,
    /// Title, description, source line (the values' and the shapes'), CSV.
    pub frame: Frame,
    /// `Scale 0-1, higher is better. ...`
    pub note: String,
    /// The colour classes, lowest first.
    pub legend: Vec<MapClass>,
    /// The legend's entry for countries with no value: `No value for 2024 (17)`; none when
    /// every country of the map has one.
    pub no_value: Option<String>,
    /// The legend's entry for land outside the ranking's selection (a region), if any.
    pub other: Option<String>,
    /// The countries with a value, west to east (the arrow keys' order).
    pub countries: Vec<MapCountry>,
    /// The countries of the map with no value that year, in grey: named on hover, not keyboard
    /// stops (a reader tabbing through a European dataset's map would meet Russia for nothing).
    pub blank: Vec<MapCountry>,
    /// Land that is no country of this map (no code, or outside the region), drawn plain.
    pub land: Vec<String>,
    /// The countries with a value that the map cannot draw (no shape at this scale), said under it.
    pub off_map: Option<String>,
    /// The highlighted country, described.
    pub highlight: Option<String>,
    /// The ranking's table: every country with a value, for "Show as table".
    pub table: Table,
    /// The pickers' words.
    pub labels: MapLabels,
    /// The language of the dataset's and the shapes' own words where it is not the element's.
    #[serde(default)]
    pub source_lang: Option<String>,
}

/// The words of the map's pickers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapLabels {
    /// `Year`.
    pub year: String,
    /// `Map`.
    pub area: String,
    /// `World`, `Europe`, by [`MapArea::ALL`].
    pub areas: Vec<(String, String)>,
}

impl MapLabels {
    /// The words in `locale`.
    pub fn of(locale: Locale) -> MapLabels {
        let w = words(locale);
        MapLabels {
            year: w.year.into(),
            area: w.map_area.into(),
            areas: vec![(MapArea::World.slug().into(), w.world.into()), (MapArea::Europe.slug().into(), w.europe.into())],
        }
    }
}

/// Class breaks for values from `lo` to `hi`: the trend's ticks (a round step, 1, 2 or 5 times
/// a power of ten, about five classes) from the first at or below `lo` to the first at or above
/// `hi`. Returns `(first, step, classes)`.
pub fn class_breaks(lo: f64, hi: f64) -> (f64, f64, usize) {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return (lo, 1.0, 1);
    }
    let (first, last, ticks) = nice_ticks(lo, hi, 5);
    let step = (last - first) / (ticks.len().max(2) - 1) as f64;
    (first, step, (ticks.len().max(2) - 1).min(MAX_CLASSES))
}

/// The class of `v` among `classes` classes of `step` from `first`.
fn class_of(v: f64, first: f64, step: f64, classes: usize) -> u8 {
    (((v - first) / step + 1e-9).floor().max(0.0) as usize).min(classes - 1) as u8
}

/// Class `k`'s shade among `classes`: spread over the palette's [`MAX_CLASSES`] shades.
fn tone_of(k: usize, classes: usize) -> u8 {
    if classes <= 1 {
        (MAX_CLASSES - 1) as u8
    } else {
        ((k * (MAX_CLASSES - 1) + (classes - 1) / 2) / (classes - 1)) as u8
    }
}

/// The element's `area` attribute: absent or empty for the view's choice, else a map area;
/// anything else is a problem that says which areas there are.
pub fn area_attribute(area: Option<&str>) -> Result<Option<MapArea>, Problem> {
    match area.map(str::trim).filter(|a| !a.is_empty()) {
        None => Ok(None),
        Some(a) => MapArea::from_slug(a).map(Some).ok_or_else(|| Problem::new("Unknown map area", format!("area=\"{a}\" is not a map; maps: world, europe"))),
    }
}

impl Corpus {
    /// One area's shapes, if the corpus was built with them.
    pub fn basemap(&self, area: MapArea) -> Option<&Basemap> {
        self.basemaps.iter().find(|m| m.area == area)
    }

    /// The map of one indicator (latest year unless `year` is given) on `area` (`world`,
    /// `europe`; by default Europe when every country with a value is on the Europe map), with
    /// `highlight` marked, in `locale`. A Europe map of a dataset beyond Europe ranks the UN
    /// region Europe.
    pub fn map_view_in(
        &self,
        indicator: Option<&str>,
        year: Option<u16>,
        area: Option<&str>,
        highlight: Option<&str>,
        locale: Locale,
    ) -> Result<MapView, Problem> {
        let asked = area_attribute(area)?;
        let indicator =
            Some(indicator.ok_or_else(|| Problem::new("govlens-map needs an indicator", "Add an indicator attribute, e.g. indicator=\"un-egdi.egdi\"."))?);
        let ranking = self.ranking_view_in(indicator, year, None, highlight, locale)?;
        let on_europe = |code: &str| self.basemap(MapArea::Europe).is_some_and(|m| m.shapes.iter().any(|s| s.code.as_deref() == Some(code) && inside(s, m)));
        let european = ranking.rows.iter().all(|r| on_europe(&r.code));
        let area = asked.unwrap_or(if european { MapArea::Europe } else { MapArea::World });
        let map = self.basemap(area).ok_or_else(|| {
            Problem::new(
                "No map shapes",
                "This corpus was built without the map's shapes (corpus/basemaps): rebuild it with `govlens build` and the data directory.",
            )
        })?;
        let (ranking, region) = if area == MapArea::Europe && !european {
            (self.ranking_view_in(indicator, Some(ranking.year), Some("Europe"), highlight, locale)?, Some("Europe"))
        } else {
            (ranking, None)
        };
        Ok(self.map_of(ranking, map, region, locale))
    }

    fn map_of(&self, ranking: RankingView, map: &Basemap, region: Option<&str>, locale: Locale) -> MapView {
        let w = words(locale);
        let (lo, hi) = ranking.rows.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), r| (lo.min(r.number), hi.max(r.number)));
        let (first, step, classes) = class_breaks(lo, hi);
        let digits = decimals_of(step);
        let mut counts = vec![0; classes];
        let mut countries = Vec::new();
        let mut land = Vec::new();
        let mut blank = Vec::new();
        let place = region.map(|r| fill(w.in_place, &[("region", r)])).unwrap_or_default();
        // The indicator's short name (`EGDI`), for the sentences: the ranking found it by this id.
        let short = self.find_indicator(&ranking.indicator).map_or_else(|_| ranking.indicator.clone(), |i| self.indicators[i as usize].short.clone());
        let in_region = |code: &str| match region {
            None => true,
            Some(r) => self.entity(code).is_some_and(|e| e.region.as_deref() == Some(r) || e.subregion.as_deref() == Some(r)),
        };
        let mut shapes: Vec<&Shape> = map.shapes.iter().collect();
        shapes.sort_by_key(|s| (s.centroid.0, s.centroid.1));
        for s in shapes {
            let Some(code) = s.code.as_deref().filter(|c| in_region(c) && self.entity(c).is_some()) else {
                if !s.path.is_empty() {
                    land.push(s.path.clone());
                }
                continue;
            };
            let row = ranking.rows.iter().find(|r| r.code == code);
            let class = row.map(|r| class_of(r.number, first, step, classes));
            if let Some(c) = class {
                counts[c as usize] += 1;
            }
            let name = self.name_in(code, locale);
            let label = match row {
                Some(r) => fill(
                    w.rank_highlight,
                    &[
                        ("name", &name),
                        ("rank", &crate::i18n::ordinal(r.rank.trim_start_matches('='), locale)),
                        ("n", &ranking.rows.len().to_string()),
                        ("place", &place),
                        ("value", &r.value),
                    ],
                ),
                None => fill(w.no_value_in, &[("name", &name), ("indicator", &short), ("year", &ranking.year.to_string())]),
            };
            let list = if row.is_some() { &mut countries } else { &mut blank };
            list.push(MapCountry {
                code: code.to_string(),
                name,
                path: s.path.clone(),
                dot: s.dot.then_some(s.centroid),
                class,
                label,
                highlighted: row.is_some_and(|r| r.highlighted),
                cite_full: row.map(|r| r.cite_full.clone()),
            });
        }
        // Negative bounds with a minus sign and the range's dash spaced: `−2 – −1`, not `-2–-1`.
        let bound = |k: usize| locale.text(&fixed(first + step * k as f64, digits)).replace('-', "\u{2212}");
        let dash = if first < 0.0 { " – " } else { "–" };
        let legend: Vec<MapClass> =
            (0..classes).map(|k| MapClass { label: format!("{}{dash}{}", bound(k), bound(k + 1)), count: counts[k], tone: tone_of(k, classes) }).collect();
        let drawn: Vec<&str> = countries.iter().map(|c| c.code.as_str()).collect();
        let missing: Vec<String> = ranking.rows.iter().filter(|r| !drawn.contains(&r.code.as_str())).map(|r| format!("{} ({})", r.name, r.value)).collect();
        let classes_text = legend.iter().map(|c| fill(w.map_class, &[("range", &c.label), ("n", &c.count.to_string())])).collect::<Vec<_>>().join(", ");
        let mut frame = ranking.frame;
        frame.description = fill(
            w.map_description,
            &[("n", &ranking.rows.len().to_string()), ("indicator", &short), ("year", &ranking.year.to_string()), ("classes", &classes_text)],
        ) + " "
            + &frame.description;
        frame.source = format!("{}; {} ({})", frame.source, map.source, map.projection);
        frame.filename = frame.filename.replacen("govlens-", "govlens-map-", 1);
        MapView {
            indicator: ranking.indicator,
            year: ranking.year,
            years: ranking.years,
            area: map.area.slug().into(),
            width: map.width,
            height: map.height,
            frame,
            note: ranking.note,
            legend,
            no_value: (!blank.is_empty())
                .then(|| fill(w.map_class, &[("range", &fill(w.no_value, &[("year", &ranking.year.to_string())])), ("n", &blank.len().to_string())])),
            other: region.map(|_| w.other_countries.to_string()),
            countries,
            blank,
            land,
            off_map: (!missing.is_empty()).then(|| fill(w.off_map, &[("list", &missing.join(", "))])),
            highlight: ranking.highlight,
            table: ranking.table,
            labels: MapLabels {
                areas: MapLabels::of(locale)
                    .areas
                    .into_iter()
                    .filter(|(slug, _)| MapArea::from_slug(slug).is_some_and(|a| self.basemap(a).is_some()))
                    .collect(),
                ..MapLabels::of(locale)
            },
            source_lang: ranking.source_lang,
        }
    }
}

/// Whether a shape's centroid is inside its map's frame (a country cut by the frame's edge
/// whose middle is outside is not on the map).
fn inside(s: &Shape, map: &Basemap) -> bool {
    let (x, y) = s.centroid;
    x >= 0 && y >= 0 && x as i32 <= map.width as i32 && y as i32 <= map.height as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_round_and_cover_the_values() {
        // The EGDI of 2024: 0.0 to 1.0 in fifths.
        assert_eq!(class_breaks(0.1013, 0.9847), (0.0, 0.2, 5));
        // EUROPAM-like 0-100 scores from 12 to 97: steps of 20 from 0.
        assert_eq!(class_breaks(12.0, 97.0), (0.0, 20.0, 5));
        // A value on the top break is in the last class, not a class of its own.
        assert_eq!(class_breaks(0.0, 1.0), (0.0, 0.2, 5));
        assert_eq!(class_of(1.0, 0.0, 0.2, 5), 4);
        assert_eq!(class_of(0.6, 0.0, 0.2, 5), 3);
        assert_eq!(class_of(0.5999, 0.0, 0.2, 5), 2);
        // Negative values (a governance estimate, -2.5 to 2.5).
        let (first, step, n) = class_breaks(-2.31, 2.2);
        assert_eq!((first, step, n), (-3.0, 1.0, 6));
        // One value: one class.
        assert_eq!(class_breaks(3.0, 3.0).2, 1);
        // Five classes take the palette's ends and three shades between; seven take them all.
        assert_eq!((0..5).map(|k| tone_of(k, 5)).collect::<Vec<_>>(), [0, 2, 3, 5, 6]);
        assert_eq!((0..7).map(|k| tone_of(k, 7)).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!((0..2).map(|k| tone_of(k, 2)).collect::<Vec<_>>(), [0, 6]);
    }
}
