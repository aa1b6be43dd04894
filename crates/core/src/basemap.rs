//! The map's shapes: countries as SVG paths in one projection, from Natural Earth (public
//! domain) by way of the world-atlas package, simplified and projected at build time
//! (`web/basemaps.mjs` writes `corpus/basemaps/<area>.tsv`; `govlens build` reads them).
//! `<govlens-map>` colours them by one indicator's values ([`crate::views::map`]).
use serde::{Deserialize, Serialize};

/// What a map covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapArea {
    /// Every country but Antarctica, Equal Earth projection.
    World,
    /// Europe from Iceland to the Urals' foot, Lambert azimuthal equal-area at 10°E 52°N.
    Europe,
}

impl MapArea {
    /// Every area.
    pub const ALL: [MapArea; 2] = [MapArea::World, MapArea::Europe];

    /// `world`, `europe`: the element's `area` attribute and the shapes' file name.
    pub fn slug(self) -> &'static str {
        match self {
            MapArea::World => "world",
            MapArea::Europe => "europe",
        }
    }

    /// The area a slug names, case-insensitively.
    pub fn from_slug(s: &str) -> Option<MapArea> {
        MapArea::ALL.into_iter().find(|a| a.slug().eq_ignore_ascii_case(s.trim()))
    }
}

/// One area's shapes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Basemap {
    /// What it covers.
    pub area: MapArea,
    /// `Equal Earth`.
    pub projection: String,
    /// The drawing's width in its own units (the SVG viewBox).
    pub width: u16,
    /// Its height.
    pub height: u16,
    /// Where the shapes come from, for the source line.
    pub source: String,
    /// Every shape, countries by code.
    pub shapes: Vec<Shape>,
}

/// One country's shape, or land no code names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shape {
    /// ISO 3166-1 alpha-2 (`XK` for Kosovo); `None` for land that is no country of the
    /// datasets (Northern Cyprus, Somaliland, ...), drawn but not coloured or focusable.
    pub code: Option<String>,
    /// Its centroid, in the drawing's units.
    pub centroid: (i16, i16),
    /// Too small to see or point at on this map: drawn as a dot at its centroid.
    pub dot: bool,
    /// An SVG path (`M.. l.. z`), integer coordinates; empty for a dot with no visible area.
    pub path: String,
}

/// The project's map files: `basemaps/<area>.tsv` in the corpus directory.
pub fn basemap_file(area: MapArea) -> String {
    format!("basemaps/{}.tsv", area.slug())
}
