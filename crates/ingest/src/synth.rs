//! Synthetic corpora for the scale benchmark (issue 6): the real corpus plus made-up countries,
//! so that bytes and latency can be measured at 20 and 200 countries before the documents exist.
//!
//! Never shipped: `make bench` writes them under `dist/synthetic/` only. Every made-up record is
//! marked: its country code is one the country table does not know (so no real name is shown),
//! its source file is `synthetic-<CC>-<real file>`, and its source's title starts `[SYNTHETIC]`.
//!
//! Each made-up country copies a real country's records, with changes that keep the statistics
//! honest: numbers move by up to ±15% (so no two cards are equal), and about one word in ten of
//! its passages becomes a word of its own (so the vocabulary grows with the corpus, as it would
//! with real countries, instead of every country repeating the same terms).
use crate::text::re;
use govlens_core::{countries, Corpus, Source};

pub const SYNTHETIC_TITLE: &str = "[SYNTHETIC] ";
pub const SYNTHETIC_PUBLISHER: &str = "govlens synthetic-corpus generator (not a real document)";

/// Codes for made-up countries: two letters the country table does not know, the ISO
/// user-assigned blocks (X*, Q*) first.
fn synthetic_codes<'a>(taken: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    let letters = || (b'A'..=b'Z').map(char::from);
    let firsts = ['X', 'Q'].into_iter().chain(letters().filter(|c| *c != 'X' && *c != 'Q'));
    firsts.flat_map(move |a| letters().map(move |b| format!("{a}{b}"))).filter(move |c| countries::name_of(c).is_none() && !taken.contains(&c.as_str()))
}

/// FNV-1a: a stable hash, so the same call makes the same corpus on every machine.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A made-up word for `word` in country `code`: syllables drawn from the hash.
fn pseudo_word(code: &str, word: &str) -> String {
    const SYLLABLES: [&str; 16] = ["ka", "lo", "mer", "tin", "sa", "vor", "del", "ru", "qua", "nis", "bel", "to", "gra", "fen", "ul", "zo"];
    let mut h = hash(&[code, word]);
    let n = 2 + (h % 3) as usize;
    let mut out = String::new();
    for _ in 0..n {
        h /= 7;
        out.push_str(SYLLABLES[(h % 16) as usize]);
    }
    out
}

/// The factor a made-up country's numbers are scaled by, 0.85..1.15.
fn factor(code: &str, what: &str) -> f64 {
    0.85 + 0.3 * (hash(&[code, what]) % 1000) as f64 / 1000.0
}

fn vary_text(code: &str, text: &str) -> String {
    re!(r"\p{L}{4,}")
        .replace_all(text, |c: &regex::Captures| {
            let lower = c[0].to_lowercase();
            if hash(&[code, &lower]).is_multiple_of(10) {
                pseudo_word(code, &lower)
            } else {
                c[0].to_string()
            }
        })
        .into_owned()
}

/// `real` plus made-up countries up to `n` countries in all.
pub fn synthesize(real: &Corpus, n: usize) -> Corpus {
    // The documents only: the scale it measures is that of documents, and a made-up country
    // must not borrow a real one's dataset values.
    // Its checks of dataset files (their sources are paths in the data directory) go too.
    let checks = real.checks.iter().filter(|k| !k.country.is_empty() || !k.source.contains('/')).cloned().collect();
    let real = &Corpus {
        checks,
        datasets: vec![],
        data_files: vec![],
        indicators: vec![],
        entities: vec![],
        observations: vec![],
        gaps: vec![],
        tallies: vec![],
        basemaps: vec![],
        ..real.clone()
    };
    let bases: Vec<String> = real.countries().into_iter().map(str::to_string).collect();
    let mut out = real.clone();
    if bases.is_empty() {
        return out;
    }
    let taken: Vec<&str> = bases.iter().map(String::as_str).collect();
    for (k, code) in synthetic_codes(&taken).take(n.saturating_sub(bases.len())).enumerate() {
        let base = &bases[k % bases.len()];
        out.merge(copy_country(real, base, &code));
    }
    out
}

/// Every record of `base`, as made-up country `code`.
fn copy_country(real: &Corpus, base: &str, code: &str) -> Corpus {
    let file = |f: &str| format!("synthetic-{code}-{f}");
    let mut c = real.of_country(base);
    for s in &mut c.sources {
        *s = Source {
            file: file(&s.file),
            country: code.into(),
            title: format!("{SYNTHETIC_TITLE}{}", s.title),
            publisher: SYNTHETIC_PUBLISHER.into(),
            ..s.clone()
        };
    }
    for f in &mut c.facts {
        f.country = code.into();
        f.provenance.source = file(&f.provenance.source);
        if let Some(n) = f.number.as_mut() {
            *n = (*n * factor(code, &f.fact) * 10.0).round() / 10.0;
            f.value = n.to_string();
        }
    }
    for s in &mut c.scores {
        s.country = code.into();
        s.provenance.source = file(&s.provenance.source);
        let what = format!("{}/{:?}", s.dimension, s.metric);
        s.value = s.value.map(|v| (v * factor(code, &what)).round().min(100.0));
    }
    for a in &mut c.answers {
        a.country = code.into();
        a.provenance.source = file(&a.provenance.source);
    }
    for s in &mut c.ai_strategies {
        s.country = code.into();
        s.provenance.source = file(&s.provenance.source);
    }
    for p in &mut c.passages {
        p.id = format!("{code}{}", &p.id[base.len()..]);
        p.country = code.into();
        p.source = file(&p.source);
        p.provenance.source = file(&p.provenance.source);
        p.text = vary_text(code, &p.text);
    }
    for u in &mut c.unknowns {
        u.country = code.into();
        u.source = file(&u.source);
    }
    for r in &mut c.repairs {
        r.country = code.into();
        r.source = file(&r.source);
    }
    for x in &mut c.checks {
        x.country = code.into();
        x.source = file(&x.source);
    }
    c
}
