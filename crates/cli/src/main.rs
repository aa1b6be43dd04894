//! The `govlens` command: build the corpus artifact, inspect it, print a country's card, export.
use clap::{Parser, Subcommand, ValueEnum};
use govlens_core::format::Locale;
use govlens_core::layout::{split, MANIFEST_FILE};
use govlens_core::{decode, encode, Corpus, SearchOptions, Store};
mod report;

use report::{card, compare, datasets, export, rank, search, stats};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const DEFAULT_CORPUS: &str = "dist/govlens.corpus";

#[derive(Parser)]
#[command(name = "govlens", version, about = "Build and inspect the govlens corpus of documents about digital government and public accountability.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse the source documents and write the corpus artifact.
    Build {
        /// Folder with manifest.toml and sources/.
        #[arg(long, default_value = "corpus")]
        dir: PathBuf,
        /// Where to write the artifact.
        #[arg(long, default_value = DEFAULT_CORPUS)]
        out: PathBuf,
        /// The data directory with the datasets that `<dir>/datasets.toml` describes (default:
        /// ../shared/data beside the project, when it exists; an empty value builds from the
        /// documents alone).
        #[arg(long, env = "GOVLENS_DATA")]
        data: Option<PathBuf>,
        /// Fail on any problem (a document that cannot be read, a partial one) and write
        /// nothing; without it, the corpus is built from the documents that parse and the
        /// command exits non-zero if any could not be read.
        #[arg(long)]
        strict: bool,
    },
    /// Write the split layout (per-country parts, index shards, manifest) into a folder, for a
    /// page that should download only what it shows.
    Split {
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
        /// The folder to write (its old layout files are replaced).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the language files of French, German and Danish (`lang-fr.govlens`,
    /// `lang-de.govlens`, `lang-da.govlens`: the elements' words and country names) into a folder. The embed's builds
    /// compile only English in, and fetch a language's file when an element's `lang` asks for it.
    Locales {
        /// The folder to write (the embed's, beside the builds).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a SYNTHETIC corpus for the scale benchmark: the real countries plus made-up ones
    /// (marked as such in every source), up to COUNTRIES in all. Never ship one.
    Synth {
        #[arg(long)]
        countries: usize,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Counts per country, family and kind; every unknown, repair and check.
    Stats {
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// A country's fact card, every value with its source and year.
    Card {
        /// ISO 3166-1 alpha-2 code, e.g. LU.
        country: String,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// The datasets read: publisher, address, licence, files with their SHA-256, indicators.
    Datasets {
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// Countries ranked on one indicator and year (ties share a rank), within a region.
    Rank {
        /// An indicator's id (un-egdi.egdi), own id (egdi) or short name (EGDI); see `govlens datasets`.
        indicator: String,
        /// The year (default: the latest).
        #[arg(long)]
        year: Option<u16>,
        /// A UN M49 region or sub-region: Europe, "Northern Europe", Africa, ...
        #[arg(long)]
        region: Option<String>,
        /// A country to mark.
        #[arg(long)]
        highlight: Option<String>,
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// Export scores, facts, answers, passages or the datasets' indicator values as CSV or JSON.
    Export {
        /// scores | facts | answers | passages | indicators | countries
        kind: String,
        #[arg(long)]
        country: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// Full-text search over the passages (query rules: docs/query.md).
    Search {
        query: String,
        /// Only these countries (repeatable).
        #[arg(long)]
        country: Vec<String>,
        /// Only these sources: a family (europam, un-msq, ...) or a file name (repeatable).
        #[arg(long)]
        source: Vec<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
        /// A corpus file, or a folder written by `govlens split` (then only the shards and
        /// parts the query needs are read; `--verbose` lists them).
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
        #[arg(long)]
        verbose: bool,
    },
    /// Two or more countries side by side on the MSQ answers and on scores.
    Compare {
        #[arg(required = true, num_args = 2..)]
        countries: Vec<String>,
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// Embed code with the element's content rendered inside it: without a script (turned
    /// off, stripped by a CMS, not loaded) it is a static figure with its sources; with
    /// govlens.js the element takes it over in place.
    Snippet {
        /// card, scores, benchmark, compare, ranking or trend.
        element: String,
        /// The element's attributes as name=value (country=LU "sections=europam, basic"); a name
        /// alone is a boolean attribute (differences-only).
        attributes: Vec<String>,
        /// The URL of the folder that holds govlens.js and govlens-widget.css, as the page sees it.
        #[arg(long, default_value = "/govlens/embed/")]
        base: String,
        /// Leave out the script tag (a page needs it once, whatever the number of snippets).
        #[arg(long)]
        no_script: bool,
        /// The style sheet inside the snippet rather than linked: no round trip before the
        /// first paint, where the page's Content-Security-Policy allows inline styles.
        #[arg(long)]
        inline_css: bool,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
    /// The questionnaire questions that ask about a topic ("freedom of information", "eID").
    Topic {
        words: String,
        #[arg(long, env = "GOVLENS_CORPUS", default_value = DEFAULT_CORPUS)]
        corpus: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum TextFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum CompareFormat {
    Text,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Json,
}

fn load(path: &Path) -> Result<Corpus, String> {
    let bytes = govlens_core::files::read(path, govlens_core::files::CORPUS).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            format!("corpus file {} not found; run `govlens build` first", path.display())
        } else {
            format!("{}: {e}", path.display())
        }
    })?;
    decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Validates a country argument against the corpus.
fn country(c: &Corpus, arg: &str) -> Result<String, String> {
    c.country(arg).map_err(|e| e.to_string())
}

/// Writes a file, making its folder first.
fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Build { dir, out, data, strict } => build(&dir, &out, data.as_deref(), strict),
        Command::Split { corpus, out } => write_split(&load(&corpus)?, &out),
        Command::Locales { out } => {
            for locale in [Locale::Fr, Locale::De, Locale::Da] {
                let bytes = govlens_core::i18n::pack(locale).ok_or("no language file for English")?;
                let path = out.join(format!("lang-{}.govlens", locale.tag()));
                write(&path, &bytes)?;
                println!("wrote {} ({} bytes)", path.display(), bytes.len());
            }
            Ok(())
        }
        Command::Synth { countries, corpus, out } => {
            let c = govlens_ingest::synth::synthesize(&load(&corpus)?, countries);
            let bytes = encode(&c);
            write(&out, &bytes)?;
            println!("wrote SYNTHETIC corpus {} ({} bytes): {} countries, {} passages", out.display(), bytes.len(), c.countries().len(), c.passages.len());
            Ok(())
        }
        Command::Stats { corpus } => {
            print!("{}", report::terminal(&stats::render(&load(&corpus)?)));
            Ok(())
        }
        Command::Snippet { element, attributes, base, no_script, inline_css, corpus } => {
            let store = govlens_core::Store::new(load(&corpus)?);
            let attrs: Vec<(String, String)> =
                attributes.iter().map(|a| a.split_once('=').map_or((a.clone(), String::new()), |(k, v)| (k.trim().to_string(), v.to_string()))).collect();
            let style = if inline_css { govlens_widget::prerender::SnippetStyle::Inline } else { govlens_widget::prerender::SnippetStyle::Link };
            let html = govlens_widget::prerender::snippet(store, &element, &attrs, &base, style)?;
            if !no_script {
                println!("{}", govlens_widget::prerender::script_tag(&base));
            }
            println!("{html}");
            Ok(())
        }
        Command::Card { country: cc, corpus } => {
            let c = load(&corpus)?;
            let code = country(&c, &cc)?;
            print!("{}", report::terminal(&card::render(&c.card_report(&code).map_err(|e| e.to_string())?)));
            Ok(())
        }
        Command::Export { kind, country: cc, format, corpus } => {
            let k = export::Records::parse(&kind)
                .ok_or_else(|| format!("unknown export '{kind}': expected scores, facts, answers, passages, indicators or countries"))?;
            let c = load(&corpus)?;
            let code = cc.map(|cc| country(&c, &cc)).transpose()?;
            match format {
                Format::Csv => print!("{}", export::csv(&c, k, code.as_deref())),
                Format::Json => println!("{}", export::json(&c, k, code.as_deref())),
            }
            Ok(())
        }
        Command::Search { query, country, source, limit, format, corpus, verbose } => {
            let options = SearchOptions { countries: country, sources: source, limit, ..SearchOptions::default() };
            let results = search_in(&corpus, &query, &options, verbose)?;
            match format {
                TextFormat::Text => {
                    print!("{}", report::terminal(&search::text(&results)));
                    // A country known from the datasets alone has no passage: say where its values
                    // are (a whole corpus file; a split folder's search reads no register).
                    if let Some(about) = load(&corpus).ok().and_then(|c| c.search_about(&query, Locale::En)) {
                        println!("{}", report::terminal(&about));
                    }
                }
                TextFormat::Json => println!("{}", serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?),
            }
            Ok(())
        }
        Command::Compare { countries: ccs, format, corpus } => {
            let c = load(&corpus)?;
            let refs: Vec<&str> = ccs.iter().map(String::as_str).collect();
            let cmp = c.compare(&refs).map_err(|e| e.to_string())?;
            match format {
                CompareFormat::Text => print!("{}", report::terminal(&compare::text(&c, &cmp))),
                CompareFormat::Csv => print!("{}", compare::csv(&cmp)),
            }
            Ok(())
        }
        Command::Datasets { corpus } => {
            print!("{}", report::terminal(&datasets::render(&load(&corpus)?)));
            Ok(())
        }
        Command::Rank { indicator, year, region, highlight, format, corpus } => {
            let c = load(&corpus)?;
            let view = c.ranking_view(Some(&indicator), year, region.as_deref(), highlight.as_deref()).map_err(|p| format!("{}: {}", p.title, p.detail))?;
            match format {
                CompareFormat::Text => print!("{}", report::terminal(&rank::text(&view))),
                CompareFormat::Csv => print!("{}", view.frame.csv),
            }
            Ok(())
        }
        Command::Topic { words, corpus } => {
            let found = load(&corpus)?.questions_about(&words);
            if found.is_empty() {
                println!("no questionnaire question is about '{}'", report::terminal(&words));
            }
            for t in found {
                println!("Q{:<3} {:.2}  {}", t.question, t.score, report::terminal(&t.question_text));
            }
            Ok(())
        }
    }
}

/// `govlens build`: parses every document, prints each problem as `file:line: what`, and
/// writes the artifact from the documents that parsed (with `strict`, only when there is no
/// problem at all).
fn build(dir: &Path, out: &Path, data: Option<&Path>, strict: bool) -> Result<(), String> {
    let project = dir.canonicalize().ok().and_then(|d| d.parent().map(Path::to_path_buf)).unwrap_or_else(|| PathBuf::from(".."));
    let data = govlens_ingest::data::data_dir(data, &project);
    match &data {
        Some(d) => println!("datasets: reading {} as {} describes", d.display(), dir.join(govlens_ingest::data::DESCRIPTORS).display()),
        None => println!("datasets: no data directory (GOVLENS_DATA unset, no ../shared/data): building from the bundled documents alone"),
    }
    let built = govlens_ingest::build::read_corpus(dir).map_err(|e| e.to_string())?;
    let problems = built.problems();
    for p in &problems {
        eprintln!("{}", report::terminal(p));
    }
    for n in built.notes() {
        println!("note: {}", report::terminal(&n));
    }
    let read = built.corpus.sources.len();
    let summary = format!(
        "{} problem{}: {} of {} documents could not be read, {} read in part",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        built.refused.len(),
        built.listed,
        built.corpus.sources.iter().filter(|s| !s.missing_sections.is_empty()).count()
    );
    if strict && !problems.is_empty() {
        return Err(format!("{summary}; --strict: nothing written"));
    }
    let mut corpus = built.corpus;
    govlens_ingest::build::add_datasets(&mut corpus, dir, data.as_deref()).map_err(|e| e.to_string())?;
    let bytes = encode(&corpus);
    write(out, &bytes)?;
    let c = &corpus;
    println!(
        "wrote {} ({} bytes): {} sources, {} facts, {} scores, {} answers, {} passages, {} unknowns, {} repairs, {} checks",
        out.display(),
        bytes.len(),
        c.sources.len(),
        c.facts.len(),
        c.scores.len(),
        c.answers.len(),
        c.passages.len(),
        c.unknowns.len(),
        c.repairs.len(),
        c.checks.len()
    );
    if !c.datasets.is_empty() {
        println!(
            "  datasets: {} datasets, {} files, {} indicators, {} countries and aggregates, {} values, {} gaps",
            c.datasets.len(),
            c.data_files.len(),
            c.indicators.len(),
            c.entities.len(),
            c.observations.len(),
            c.gaps.len()
        );
    }
    for m in &c.basemaps {
        println!("  map {}: {} shapes ({} countries), {}", m.area.slug(), m.shapes.len(), m.shapes.iter().filter(|s| s.code.is_some()).count(), m.projection);
    }
    if !built.refused.is_empty() {
        return Err(format!("{summary}; the corpus was written from the {read} that parsed"));
    }
    Ok(())
}

/// The file that marks a folder as one `govlens split` wrote, so that a later split may replace
/// it whole.
const SPLIT_MARKER: &str = ".govlens-split";

/// Where a split is written before it replaces `out` (issue 20, finding 4): a fresh folder
/// beside it. `out` must be new, empty, or a split folder (its marker, or the manifest of a
/// split written before the marker): a folder of the user's own is refused, untouched.
fn split_target(out: &Path) -> Result<std::path::PathBuf, String> {
    if out.exists() {
        let ours = out.join(SPLIT_MARKER).is_file() || out.join(MANIFEST_FILE).is_file();
        let empty = std::fs::read_dir(out).map_err(|e| format!("{}: {e}", out.display()))?.next().is_none();
        if !ours && !empty {
            return Err(format!(
                "{} holds files and is not a split folder (no {SPLIT_MARKER} or {MANIFEST_FILE}): nothing written; give a new or empty folder",
                out.display()
            ));
        }
    }
    let fresh = sibling(out, "new")?;
    if fresh.exists() {
        std::fs::remove_dir_all(&fresh).map_err(|e| format!("{}: {e}", fresh.display()))?;
    }
    std::fs::create_dir_all(&fresh).map_err(|e| format!("{}: {e}", fresh.display()))?;
    Ok(fresh)
}

/// `.<name>.govlens-<what>` beside `out`.
fn sibling(out: &Path, what: &str) -> Result<std::path::PathBuf, String> {
    let name = out.file_name().ok_or_else(|| format!("{}: not a folder name", out.display()))?;
    Ok(out.with_file_name(format!(".{}.govlens-{what}", name.to_string_lossy())))
}

/// Puts the freshly written split in place of `out`, whose old files (stale parts of countries
/// or shards that no longer exist) go with it.
fn swap_in(fresh: &Path, out: &Path) -> Result<(), String> {
    fn io(p: &Path) -> impl Fn(std::io::Error) -> String + '_ {
        move |e| format!("{}: {e}", p.display())
    }
    if out.exists() {
        let old = sibling(out, "old")?;
        if old.exists() {
            std::fs::remove_dir_all(&old).map_err(io(&old))?;
        }
        std::fs::rename(out, &old).map_err(io(out))?;
        std::fs::rename(fresh, out).map_err(io(out))?;
        std::fs::remove_dir_all(&old).map_err(io(&old))?;
    } else {
        std::fs::rename(fresh, out).map_err(io(out))?;
    }
    Ok(())
}

/// `govlens split`: writes the split layout into `out`.
fn write_split(c: &Corpus, out: &Path) -> Result<(), String> {
    let files = split(c);
    // Every file stays inside `out`: the layout's paths are names inside the folder (a corpus's
    // codes are checked when it is read; this holds whatever a future layout writes).
    if let Some((path, _)) = files.iter().find(|(p, _)| !govlens_core::layout::is_folder_path(p)) {
        return Err(format!("the split layout names '{}', which is not a file inside {}: nothing written", path.escape_debug(), out.display()));
    }
    let fresh = split_target(out)?;
    for (path, bytes) in &files {
        write(&fresh.join(path), bytes)?;
    }
    write(&fresh.join(SPLIT_MARKER), b"A split folder written by govlens split: the command replaces this whole folder.\n")?;
    swap_in(&fresh, out)?;
    let total: usize = files.iter().map(|(_, b)| b.len()).sum();
    let shards = files.iter().filter(|(p, _)| p.starts_with("index/")).count();
    let texts = files.iter().filter(|(p, _)| p.starts_with("text/")).count();
    let indicators = files.iter().filter(|(p, _)| p.starts_with("indicator/")).count();
    let series = files.iter().filter(|(p, _)| p.starts_with("series/")).count();
    println!(
        "wrote {} ({} files, {total} bytes): manifest, dataset tables, {} countries (card and rest parts), {texts} text files, {shards} index shards, {indicators} indicator parts (each year's), {series} series parts (a country's values of a dataset)",
        out.display(),
        files.len(),
        c.countries().len()
    );
    Ok(())
}

/// Searches a corpus file, or a split folder reading only the files the query needs.
fn search_in(corpus: &Path, query: &str, options: &SearchOptions, verbose: bool) -> Result<govlens_core::SearchResults, String> {
    let read = |p: &Path| govlens_core::files::read(p, govlens_core::files::PART).map_err(|e| format!("{}: {e}", p.display()));
    let mut store = if corpus.is_dir() {
        let manifest = corpus.join(MANIFEST_FILE);
        Store::from_manifest(&read(&manifest)?).map_err(|e| format!("{}: {e}", manifest.display()))?
    } else {
        Store::new(load(corpus)?)
    };
    // A country the corpus does not hold is an error, as for `card` (issue 20, finding 13: the
    // search exited 0 with no hits). One it holds without documents gets the search's note.
    let held = store.countries();
    if let Some(c) = options.countries.iter().find(|c| c.len() == 2 && !held.iter().any(|h| h.eq_ignore_ascii_case(c))) {
        return Err(
            govlens_core::QueryError::UnknownCountry { code: c.to_ascii_uppercase(), available: govlens_core::query::held_countries(&held) }.to_string()
        );
    }
    store
        .search_fetching(query, options, |p| {
            if verbose {
                eprintln!("read {p}");
            }
            read(&corpus.join(p))
        })
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) if matches!(e.kind(), clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let first = e.to_string().lines().next().unwrap_or("bad arguments").trim_start_matches("error: ").to_string();
            eprintln!("govlens: error: {first} (see `govlens --help`)");
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Each line escaped and cut (a build reports one problem per line).
            let lines: Vec<String> = e.lines().map(report::error_line).collect();
            eprintln!("govlens: error: {}", lines.join("\n"));
            ExitCode::FAILURE
        }
    }
}
