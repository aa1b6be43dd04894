//! Reads the map's shapes (`<corpus>/basemaps/<area>.tsv`, written by `web/basemaps.mjs`) into
//! [`Basemap`]s. Every problem is reported with its file and line; nothing is skipped.
use govlens_core::basemap::basemap_file;
use govlens_core::{Basemap, MapArea, Shape};
use std::path::Path;

/// Every area's shapes from `dir` (the corpus directory), or none when it has no `basemaps`
/// folder (a test corpus); a folder with an area missing or damaged is an error.
pub fn read_basemaps(dir: &Path) -> Result<Vec<Basemap>, Vec<String>> {
    if !dir.join("basemaps").is_dir() {
        return Ok(Vec::new());
    }
    let mut maps = Vec::new();
    let mut problems = Vec::new();
    for area in MapArea::ALL {
        let name = basemap_file(area);
        let path = dir.join(&name);
        match govlens_core::files::read_text(&path, govlens_core::files::CONFIG) {
            Ok(text) => match parse_basemap(&text, &name, area) {
                Ok(m) => maps.push(m),
                Err(mut e) => problems.append(&mut e),
            },
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    if problems.is_empty() {
        Ok(maps)
    } else {
        Err(problems)
    }
}

/// One file's shapes; `file` names it in the problems (`basemaps/world.tsv:12: ...`).
pub fn parse_basemap(text: &str, file: &str, area: MapArea) -> Result<Basemap, Vec<String>> {
    let mut problems = Vec::new();
    let (mut projection, mut size, mut source, mut found_area) = (None, None, None, None);
    let mut shapes: Vec<Shape> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let at = |what: String| format!("{file}:{}: {what}", i + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        match cols[0] {
            "area" => found_area = cols.get(1).map(|s| s.to_string()),
            "projection" => projection = cols.get(1).map(|s| s.to_string()),
            "source" => source = cols.get(1).map(|s| s.to_string()),
            "size" => match (cols.get(1).and_then(|w| w.parse::<u16>().ok()), cols.get(2).and_then(|h| h.parse::<u16>().ok())) {
                (Some(w), Some(h)) if w > 0 && h > 0 => size = Some((w, h)),
                _ => problems.push(at(format!("size is '{}', not a width and a height", cols[1..].join(" ")))),
            },
            _ => match shape(&cols) {
                Ok(s) => {
                    if s.code.is_some() && shapes.iter().any(|t| t.code == s.code) {
                        problems.push(at(format!("{} has a second shape; a country is one line", s.code.unwrap_or_default())));
                    } else {
                        shapes.push(s);
                    }
                }
                Err(e) => problems.push(at(e)),
            },
        }
    }
    if found_area.as_deref() != Some(area.slug()) {
        problems.push(format!("{file}: area is {:?}, where the file's name says '{}'", found_area.unwrap_or_default(), area.slug()));
    }
    let missing: Vec<&str> = [("projection", projection.is_none()), ("size", size.is_none()), ("source", source.is_none())]
        .into_iter()
        .filter(|(_, m)| *m)
        .map(|(k, _)| k)
        .collect();
    if !missing.is_empty() {
        problems.push(format!("{file}: no {} line", missing.join(", no ")));
    }
    if shapes.iter().all(|s| s.code.is_none()) {
        problems.push(format!("{file}: no country's shape"));
    }
    match (problems.is_empty(), projection, size, source) {
        (true, Some(projection), Some((width, height)), Some(source)) => Ok(Basemap { area, projection, width, height, source, shapes }),
        _ => Err(problems),
    }
}

/// `code  cx  cy  dot  path`.
fn shape(cols: &[&str]) -> Result<Shape, String> {
    let [code, cx, cy, dot, path] = cols else {
        return Err(format!("{} columns where a shape has 5 (code, cx, cy, dot, path)", cols.len()));
    };
    let code = match *code {
        "-" => None,
        c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => Some(c.to_string()),
        c => return Err(format!("'{c}' is not a two-letter ISO code or '-'")),
    };
    let coord = |v: &str| v.parse::<i16>().map_err(|_| format!("centroid '{v}' is not a whole number"));
    let dot = match *dot {
        "0" => false,
        "1" => true,
        d => return Err(format!("dot is '{d}', not 0 or 1")),
    };
    // A path of M, l, z and whole numbers: nothing that could carry markup into the SVG.
    if let Some(c) = path.chars().find(|c| !matches!(c, 'M' | 'l' | 'z' | '0'..='9' | ' ' | '-')) {
        return Err(format!("the path holds '{c}', where only M, l, z, digits, spaces and minus signs may be"));
    }
    if path.is_empty() && !dot {
        return Err("no path, and not a dot".into());
    }
    Ok(Shape { code, centroid: (coord(cx)?, coord(cy)?), dot, path: path.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "area\tworld\nprojection\tEqual Earth\nsize\t960\t429\nsource\tNatural Earth\n";

    #[test]
    fn a_file_reads_into_its_shapes() {
        let m =
            parse_basemap(&format!("# made\n{HEAD}LU\t494\t66\t1\tM494 65l1 1-1 1z\n-\t563\t111\t0\tM564 112l-3-1 1 0z\n"), "w.tsv", MapArea::World).unwrap();
        assert_eq!((m.width, m.height, m.shapes.len()), (960, 429, 2));
        assert_eq!(m.shapes[0], Shape { code: Some("LU".into()), centroid: (494, 66), dot: true, path: "M494 65l1 1-1 1z".into() });
        assert_eq!(m.shapes[1].code, None);
    }

    #[test]
    fn each_damage_is_reported_with_its_line() {
        let bad = format!(
            "{HEAD}lu\t1\t2\t0\tM1 1z\nDK\t1\tx\t0\tM1 1z\nSE\t1\t2\t0\tM1 1<script>z\nNO\t1\t2\t0\t\nFI\t1\t2\nDE\t1\t2\t0\tM1 1z\nDE\t1\t2\t0\tM1 1z\n"
        );
        let e = parse_basemap(&bad, "basemaps/world.tsv", MapArea::World).unwrap_err();
        assert_eq!(
            e,
            vec![
                "basemaps/world.tsv:5: 'lu' is not a two-letter ISO code or '-'",
                "basemaps/world.tsv:6: centroid 'x' is not a whole number",
                "basemaps/world.tsv:7: the path holds '<', where only M, l, z, digits, spaces and minus signs may be",
                "basemaps/world.tsv:8: no path, and not a dot",
                "basemaps/world.tsv:9: 3 columns where a shape has 5 (code, cx, cy, dot, path)",
                "basemaps/world.tsv:11: DE has a second shape; a country is one line",
            ]
        );
        let e = parse_basemap("area\teurope\n", "basemaps/world.tsv", MapArea::World).unwrap_err();
        assert_eq!(
            e,
            vec![
                "basemaps/world.tsv: area is \"europe\", where the file's name says 'world'",
                "basemaps/world.tsv: no projection, no size, no source line",
                "basemaps/world.tsv: no country's shape",
            ]
        );
    }
}
