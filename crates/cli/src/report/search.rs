//! `govlens search`: hits as text (matches shown in [brackets]) or JSON.
use govlens_core::search::snippet::Snippet;
use govlens_core::SearchResults;
use std::fmt::Write;

/// The snippet with its matches bracketed, for the terminal.
pub fn marked(s: &Snippet) -> String {
    s.segments().into_iter().map(|(text, hit)| if hit { format!("[{text}]") } else { text.to_string() }).collect()
}

pub fn text(r: &SearchResults) -> String {
    let mut o = String::new();
    if r.hits.is_empty() {
        let _ = writeln!(o, "no passage matches");
    }
    for (i, h) in r.hits.iter().enumerate() {
        let s = &h.snippet;
        let _ = writeln!(o, "{:>2}. {}  {} {}  score {:.2}", i + 1, h.id, h.country, h.source, h.score);
        let _ = writeln!(o, "    {}", h.section.join(" > "));
        let _ = writeln!(o, "    {}{}{}\n", if s.cut_start { "… " } else { "" }, marked(s), if s.cut_end { " …" } else { "" });
    }
    let _ = write!(o, "{} of {} matching passages", r.hits.len(), r.total);
    if !r.ignored.is_empty() {
        let _ = write!(o, " (ignored: {})", r.ignored.join(", "));
    }
    let _ = writeln!(o);
    o
}
