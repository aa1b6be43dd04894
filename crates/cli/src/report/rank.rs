//! `govlens rank`: core's ranking view in columns, or its CSV.
use govlens_core::views::RankingView;
use std::fmt::Write;

pub fn text(v: &RankingView) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{}", v.frame.title);
    let _ = writeln!(o, "{}", v.note);
    if let Some(h) = &v.highlight {
        let _ = writeln!(o, "{h}");
    }
    let _ = writeln!(o);
    let width = v.rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(10).min(40);
    for r in &v.rows {
        let mark = if r.highlighted { "▶" } else { " " };
        let world = r.world_rank.as_deref().map(|w| format!("  ({w})")).unwrap_or_default();
        let _ = writeln!(o, "{mark}{:>5}  {:<4}{:<width$}  {:>8}{world}", r.rank, r.code, r.name, r.value);
    }
    let _ = writeln!(o, "\nSource: {}", v.frame.source);
    o
}
