//! The register of countries and aggregates that dataset rows are keyed to: ISO 3166-1 codes,
//! names in English, French, German and Danish and UN M49 regions from the keshvar crate (a
//! maintained compilation of the ISO and UN registries), plus `corpus/countries.toml`: the
//! publishers' spellings and codes the registry lacks, Kosovo, and the aggregates. A key that
//! matches nothing is an error that names it; nothing is matched by guessing.
use govlens_core::{Entity, EntityKind};
use keshvar::CountryIterator;
use serde::Deserialize;
use std::collections::HashMap;

use super::descriptor::KeyKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegisterFile {
    /// Publishers' names -> alpha-2.
    names: HashMap<String, String>,
    /// Publishers' codes (EU-style alpha-2, World Bank alpha-3) -> alpha-2.
    codes: HashMap<String, String>,
    /// Entities the ISO registry does not hold (Kosovo).
    #[serde(rename = "extra")]
    extras: Vec<EntityDesc>,
    /// Averages and totals.
    #[serde(rename = "aggregate")]
    aggregates: Vec<EntityDesc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityDesc {
    code: String,
    alpha3: Option<String>,
    /// English, French, German, Danish.
    names: [String; 4],
    region: Option<String>,
    subregion: Option<String>,
    /// The keys that the datasets write for it.
    #[serde(default)]
    keys: Vec<String>,
}

/// Every entity a dataset row may name, and the ways to name it.
pub struct Register {
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
    by_code: HashMap<String, usize>,
}

/// A name as compared: lower case, single spaces, no leading "the".
fn norm(name: &str) -> String {
    let s = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

/// `northern-europe` -> `Northern Europe`; `australia-and-new-zealand` -> `Australia and New Zealand`.
fn title_case(slug: &str) -> String {
    slug.split('-').enumerate().map(|(i, w)| if i > 0 && w == "and" { w.to_string() } else { w[..1].to_uppercase() + &w[1..] }).collect::<Vec<_>>().join(" ")
}

impl Register {
    /// The ISO registry with the aliases, extras and aggregates of `countries.toml`.
    pub fn load(text: &str, path: &str) -> Result<Register, String> {
        let file: RegisterFile = toml::from_str(text).map_err(|e| crate::text::toml_error(path, text, &e))?;
        let mut reg = Register { entities: Vec::new(), by_name: HashMap::new(), by_code: HashMap::new() };
        let mut unofficial: Vec<(String, usize)> = Vec::new();
        for c in CountryIterator::new() {
            let t = c.translations();
            let en = t.get("en").copied().unwrap_or(c.iso_short_name());
            let name = |lang: &str| t.get(lang).copied().unwrap_or(en).to_string();
            let i = reg.entities.len();
            reg.entities.push(Entity {
                code: c.alpha2().to_string(),
                kind: EntityKind::Country,
                alpha3: Some(c.alpha3().to_string()),
                numeric: c.number().parse().ok(),
                names: [en.to_string(), name("fr"), name("de"), name("da")],
                region: c.maybe_region().map(|r| title_case(&r.to_string())),
                subregion: c.maybe_subregion().map(|r| title_case(&r.to_string())),
                un_member: c.un_member(),
            });
            reg.by_code.insert(c.alpha2().to_string(), i);
            reg.by_code.insert(c.alpha3().to_string(), i);
            for n in [en, c.iso_short_name(), c.iso_long_name()] {
                reg.by_name.entry(norm(n)).or_insert(i);
            }
            unofficial.extend(c.unofficial_name_list().iter().map(|n| (norm(n), i)));
        }
        // Unofficial names (some in other languages) only where no official name is the same.
        for (n, i) in unofficial {
            reg.by_name.entry(n).or_insert(i);
        }
        for (desc, kind) in file.extras.iter().map(|d| (d, EntityKind::Country)).chain(file.aggregates.iter().map(|d| (d, EntityKind::Aggregate))) {
            let i = reg.entities.len();
            reg.entities.push(Entity {
                code: desc.code.clone(),
                kind,
                alpha3: desc.alpha3.clone(),
                numeric: None,
                names: desc.names.clone(),
                region: desc.region.clone(),
                subregion: desc.subregion.clone(),
                un_member: false,
            });
            for k in std::iter::once(&desc.code).chain(desc.alpha3.iter()).chain(desc.keys.iter()) {
                reg.by_code.insert(k.clone(), i);
            }
            reg.by_name.insert(norm(&desc.names[0]), i);
        }
        for (alias, code) in &file.names {
            let i = *reg.by_code.get(code).ok_or_else(|| format!("{path}: name '{alias}' maps to '{code}', which is no code of the register"))?;
            reg.by_name.insert(norm(alias), i);
        }
        for (alias, code) in &file.codes {
            let i = *reg.by_code.get(code).ok_or_else(|| format!("{path}: code '{alias}' maps to '{code}', which is no code of the register"))?;
            reg.by_code.insert(alias.clone(), i);
        }
        Ok(reg)
    }

    /// The entity a row's key names, or `None`.
    pub fn resolve(&self, key: &str, kind: KeyKind) -> Option<&Entity> {
        let key = key.trim();
        let i = match kind {
            KeyKind::Name => self.by_name.get(&norm(key)).or_else(|| self.by_code.get(key)),
            KeyKind::Iso2 | KeyKind::Iso3 => self.by_code.get(&key.to_ascii_uppercase()).or_else(|| self.by_code.get(key)),
        }?;
        self.entities.get(*i)
    }

    /// An entity by its code (alpha-2 or an aggregate's id).
    pub fn get(&self, code: &str) -> Option<&Entity> {
        self.by_code.get(code).and_then(|i| self.entities.get(*i))
    }

    /// The UN member states (193).
    pub fn un_members(&self) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(|e| e.un_member)
    }
}
