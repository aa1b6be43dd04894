//! `govlens card CC`: core's terminal card ([`CardReport`]) laid out in two aligned columns.
use govlens_core::views::card::{CardReport, ReportBlock};
use std::fmt::Write;

/// The label column's width; a longer label gets a line of its own, so the values stay aligned.
const LABEL: usize = 34;

pub fn render(card: &CardReport) -> String {
    let mut o = String::new();
    let rule = "═".repeat(72);
    let _ = writeln!(o, "{rule}\n {}\n{rule}", card.title);
    for block in &card.blocks {
        match block {
            ReportBlock::Heading(h) => {
                let _ = writeln!(o, "\n{h}");
            }
            ReportBlock::Line(l) => {
                let _ = writeln!(o, "  {l}");
            }
            ReportBlock::Row { label, value, cite } if label.chars().count() > LABEL => {
                let _ = writeln!(o, "  {label}");
                let _ = writeln!(o, "  {:<LABEL$} {value}\n  {:<LABEL$} {cite}", "", "");
            }
            ReportBlock::Row { label, value, cite } => {
                let _ = writeln!(o, "  {label:<LABEL$} {value}\n  {:<LABEL$} {cite}", "");
            }
        }
    }
    o
}
