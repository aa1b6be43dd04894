//! What the datasets say of a country, as the card and the terminal show it: per dataset its
//! headline indicators in their latest year, with rank (of how many) and components, every
//! value with its source and cell; the EGDI's history; and the datasets that do not cover the
//! country, said as such.
use crate::format::{fixed, Locale};
use crate::i18n::{fill, words};
use crate::model::*;
use serde::{Deserialize, Serialize};

/// One value of a dataset as a line: label, value written, rank, source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorLine {
    /// The indicator's id (`un-egdi.egdi`).
    pub indicator: String,
    /// `E-Government Development Index (EGDI)`.
    pub label: String,
    /// `0.9847`, `A`.
    pub value: String,
    /// The year the value refers to.
    pub year: u16,
    /// `rank 1 of 193`, `rank 26 of 193 (tied)`, where the indicator is ranked.
    pub rank: Option<String>,
    /// A component of the line above (indented by the reader).
    pub component: bool,
    /// 0 for a headline, 1 for its component, 2 for a component's own (DESI's indicators under
    /// its dimensions).
    pub depth: u8,
    /// `UN E-Government Survey 2024`.
    pub cite_short: String,
    /// The whole citation with the cell.
    pub cite_full: String,
    /// `[un-egdi un_egdi_2024/… · row 57, column "E_Index" · 2024]`, for the terminal.
    pub cite_bracketed: String,
}

/// One dataset's lines on a country's card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetBlock {
    /// The dataset's id.
    pub dataset: String,
    /// `UN E-Government Development Index`.
    pub title: String,
    /// Headlines, each followed by its components.
    pub lines: Vec<IndicatorLine>,
    /// The headline's values over the years, where there are several (EGDI 2003-2024).
    pub history: Vec<HistoryPoint>,
    /// `UN DESA …; licence: …`.
    pub source: String,
}

/// One year of a headline's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryPoint {
    /// The year.
    pub year: u16,
    /// The value written.
    pub value: String,
    /// The value.
    pub number: f64,
    /// `UN E-Government Survey 2003, for 2003`.
    pub cite_short: String,
    /// The whole citation with the cell.
    pub cite_full: String,
}

/// A value written with its indicator's decimals (a category indicator: its category).
pub fn value_text(ind: &Indicator, value: f64) -> String {
    if ind.categories.is_empty() {
        fixed(value, ind.decimals as u32)
    } else {
        ind.categories.get(value as usize).cloned().unwrap_or_else(|| "?".into())
    }
}

/// `rank 3 of 35`, `rank 40 of 193, tied` (`3e sur 35`, `Rang 3 von 35`, `nr. 3 af 35`).
pub fn rank_text(r: &Rank, locale: Locale) -> String {
    let w = words(locale);
    format!("{}{}", fill(w.rank, &[("rank", &crate::i18n::ordinal(&r.rank.to_string(), locale)), ("of", &r.of.to_string())]), if r.tied { w.tied } else { "" })
}

impl Corpus {
    /// A country's or aggregate's name in English: the register's, else the built-in table's.
    pub fn name_of(&self, code: &str) -> String {
        self.entity(code).map(|e| e.names[0].clone()).unwrap_or_else(|| super::country_name(code))
    }

    /// The same in `locale`: i18n-iso-countries' name in that language (the short names a
    /// reader knows: `Russie`, where the register's ISO names say `Russie, Fédération de`),
    /// else the register's (an aggregate's, from `countries.toml`), else the English one.
    pub fn name_in(&self, code: &str, locale: crate::format::Locale) -> String {
        if locale == crate::format::Locale::En {
            return self.name_of(code);
        }
        if let Some(n) = crate::countries::name_in(code, locale) {
            return n.to_string();
        }
        let i = crate::format::Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        match self.entity(code) {
            Some(e) if !e.names[i].is_empty() => e.names[i].clone(),
            _ => self.name_of(code),
        }
    }

    fn line(&self, o: &Observation, depth: u8, locale: Locale) -> IndicatorLine {
        let ind = &self.indicators[o.indicator as usize];
        let ds = &self.datasets[ind.dataset as usize];
        let rank = if ind.ranked { self.rank_in(&o.entity, o.indicator, o.year).map(|r| rank_text(&r, locale)) } else { None };
        IndicatorLine {
            indicator: ind.id.clone(),
            label: if ind.label.contains(&ind.short) {
                ind.label.clone()
            } else if ind.short.contains(&ind.label) {
                ind.short.clone()
            } else {
                format!("{} ({})", ind.label, ind.short)
            },
            value: locale.text(&value_text(ind, o.value)),
            year: o.year,
            rank,
            component: depth > 0,
            depth,
            cite_short: fill(words(locale).cite_for, &[("cite", &self.data_source_short(&o.cell)), ("year", &o.year.to_string())]),
            cite_full: self.data_source_full(&o.cell, o.year),
            cite_bracketed: format!("[{} {} · {}]", ds.id, self.cell_text(&o.cell), o.year),
        }
    }

    /// What each dataset says of a country, dataset by dataset (see [`DatasetBlock`]).
    pub fn dataset_blocks(&self, code: &str, locale: Locale) -> Vec<DatasetBlock> {
        let mine: Vec<&Observation> = self.values_of(code).collect();
        let mut blocks = Vec::new();
        for (d, ds) in self.datasets.iter().enumerate() {
            let mut lines = Vec::new();
            let mut history = Vec::new();
            for (i, ind) in self.indicators.iter().enumerate().filter(|(_, ind)| ind.dataset as usize == d && ind.headline) {
                let Some(latest) = mine.iter().filter(|o| o.indicator as usize == i).max_by_key(|o| o.year) else { continue };
                lines.push(self.line(latest, 0, locale));
                self.component_lines(&mine, d, &ind.id, latest.year, 1, locale, &mut lines);
                // The first headline's history, where it has more than one year.
                if history.is_empty() && ind.categories.is_empty() {
                    let series = self.series_of(code, i as u16);
                    if series.len() > 1 {
                        history = series
                            .iter()
                            .map(|o| HistoryPoint {
                                year: o.year,
                                value: locale.text(&value_text(ind, o.value)),
                                number: o.value,
                                cite_short: fill(words(locale).cite_for, &[("cite", &self.data_source_short(&o.cell)), ("year", &o.year.to_string())]),
                                cite_full: self.data_source_full(&o.cell, o.year),
                            })
                            .collect();
                    }
                }
            }
            if !lines.is_empty() {
                blocks.push(DatasetBlock {
                    dataset: ds.id.clone(),
                    title: ds.title.clone(),
                    lines,
                    history,
                    source: format!("{}; {}; licence: {}", ds.publisher, ds.url, ds.licence),
                });
            }
        }
        blocks
    }

    /// The components of `parent` (an indicator id of dataset `d`) in `year`, each followed by
    /// its own components.
    #[allow(clippy::too_many_arguments)]
    fn component_lines(&self, mine: &[&Observation], d: usize, parent: &str, year: u16, depth: u8, locale: Locale, lines: &mut Vec<IndicatorLine>) {
        // Two levels below a headline at most: descriptors cannot loop a parent into itself.
        if depth > 2 {
            return;
        }
        for (k, c) in self.indicators.iter().enumerate().filter(|(_, c)| c.dataset as usize == d && c.parent.as_deref() == Some(parent)) {
            if let Some(o) = mine.iter().find(|o| o.indicator as usize == k && o.year == year) {
                lines.push(self.line(o, depth, locale));
                self.component_lines(mine, d, &c.id, year, depth + 1, locale, lines);
            }
        }
    }

    /// The datasets that have no value for a country, each with how many countries it covers:
    /// `EUROPAM (34 countries)`.
    pub fn not_covering(&self, code: &str, locale: Locale) -> Vec<String> {
        self.datasets
            .iter()
            .enumerate()
            .filter(|(d, _)| !self.values_of(code).any(|o| self.indicators[o.indicator as usize].dataset as usize == *d))
            .map(|(_, ds)| fill(words(locale).covers, &[("title", &ds.title), ("n", &ds.countries.to_string())]))
            .collect()
    }
}
