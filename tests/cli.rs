//! The `govlens` command as a person runs it: outputs, CSV columns, and one clear line for
//! every bad argument.
mod common;
use common::*;
use govlens_core::format::Locale;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_govlens"))
}

/// The corpus artifact, built once by `govlens build` into a private folder.
fn artifact() -> &'static PathBuf {
    static A: OnceLock<PathBuf> = OnceLock::new();
    A.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("govlens-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let out = dir.join("govlens.corpus");
        let o = bin().args(["build", "--dir"]).arg(corpus_dir()).arg("--out").arg(&out).output().expect("runs");
        assert!(o.status.success(), "build failed: {}", String::from_utf8_lossy(&o.stderr));
        let msg = String::from_utf8_lossy(&o.stdout);
        assert!(msg.contains("5 sources"), "{msg}");
        out
    })
}

fn run(args: &[&str]) -> Output {
    bin().args(args).arg("--corpus").arg(artifact()).output().expect("runs")
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).expect("utf-8")
}

/// A failure: non-zero exit, one line on stderr, no panic.
fn one_line_error(o: &Output) -> String {
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_string()
}

#[test]
fn card_shows_values_with_source_and_year() {
    let card = stdout(&run(&["card", "LU"]));
    assert!(card.contains("Luxembourg (LU)"));
    assert!(card.contains("613 894 inhabitants"), "{card}");
    assert!(card.contains("[dpa-factsheet 001_58defca00d8e36d5.txt · §1.1 Basic data · 2019]"));
    assert!(card.contains("582 972 inhabitants"));
    assert!(card.contains("Population (sources differ)"));
    assert!(card.contains("Freedom of Information") && card.contains("29 (59)"));
    assert!(card.contains("Artificial Intelligence: a strategic vision for Luxembourg (released May 2019)"));
    assert!(!card.contains('@'), "no e-mail addresses in the card");
    let dk = stdout(&run(&["card", "dk"]));
    assert!(dk.contains("Denmark (DK)") && dk.contains("Tanja Franck") && dk.contains("Director-General"));
    assert!(dk.contains("44 questions, yes 38, no 1, unknown 5"), "{dk}");
}

#[test]
fn stats_accounts_for_every_question_table_and_unknown() {
    let s = stdout(&run(&["stats"]));
    assert!(s.contains("LU 000_73f7c5dfc20a7e2f.txt: 44 questions"));
    assert!(s.contains("DK 003_61dc89e6697ff092.txt: 44 questions"));
    for dim in ["Political Financing", "Financial Disclosure", "Conflict of Interest", "Freedom of Information", "Public Procurement"] {
        assert!(s.contains(&format!("LU europam         {dim}")), "{dim}");
    }
    assert!(s.contains("Public Procurement               primary metrics       20 values (5 rows), 15 with unknown year"), "{s}");
    assert!(s.contains("benchmark table rows read: 23 rows in 5 groups"));
    let c = corpus();
    assert!(s.contains(&format!("Unknowns ({})", c.unknowns.len())));
    for u in &c.unknowns {
        assert!(s.contains(&u.reason), "unknown listed: {}", u.what);
    }
    assert!(s.contains(&format!("Repairs ({})", c.repairs.len())));
}

#[test]
fn export_csv_has_the_documented_columns_and_round_trips() {
    let cases = [
        ("scores", "country,framework,dimension,metric,year,value,reference_value,reference_label,source,locator"),
        ("facts", "country,fact,value,unit,year,source,locator"),
        ("answers", "country,questionnaire,question,item,answer,basis,text,source,locator"),
        ("passages", "id,country,source,section,text"),
    ];
    for (kind, header) in cases {
        let out = stdout(&run(&["export", kind]));
        assert_eq!(out.lines().next(), Some(header), "{kind}");
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("valid CSV");
        let c = corpus();
        let expected = match kind {
            "scores" => c.scores.len(),
            "facts" => c.facts.len(),
            "answers" => c.answers.len(),
            _ => c.passages.len(),
        };
        assert_eq!(rows.len(), expected, "{kind}");
    }
    // Text with commas, quotes and line breaks comes back field for field.
    let mut seen = (0, 0, 0);
    for kind in ["answers", "passages"] {
        let out = stdout(&run(&["export", kind]));
        let mut r = csv::Reader::from_reader(out.as_bytes());
        let back: Vec<Vec<String>> = r.records().map(|rec| rec.expect("a record").iter().map(str::to_string).collect()).collect();
        let c = corpus();
        let rows = if kind == "answers" { govlens_core::export::answer_rows(&c.answers) } else { govlens_core::export::passage_rows(&c.passages) };
        // A field that starts like a formula comes back with the leading `'` that neutralises it
        // (OWASP's CSV-injection advice, README): here, answers that start with a "- " bullet.
        let neutral: Vec<Vec<String>> = rows[1..].iter().map(|r| r.iter().map(|f| govlens_core::export::neutralised(f).into_owned()).collect()).collect();
        assert_eq!(back, neutral, "{kind} round-trips");
        if kind == "answers" {
            assert!(back.iter().flatten().any(|f| f.starts_with("'- ")), "the bullets are neutralised");
        }
        let text = rows.iter().flat_map(|r| r.iter());
        seen = text.fold(seen, |(a, b, n), f| (a + f.contains(',') as usize, b + f.contains('"') as usize, n + f.contains('\n') as usize));
    }
    assert!(seen.0 > 0 && seen.1 > 0 && seen.2 > 0, "fields with commas, quotes, line breaks: {seen:?}");
    let scores = stdout(&run(&["export", "scores", "--country", "LU"]));
    assert!(scores.contains("LU,europam,Freedom of Information,,2020,29,59,European average,004_9be079b0bad659b9.txt,"), "headline row with empty metric");
    assert!(scores.contains("LU,europam,Financial Disclosure,Ministers,2012,0,,,004_9be079b0bad659b9.txt,"));
    assert!(scores.contains("LU,egov-benchmark,Key Enablers,Digital post,2019,100,67.3,EU27+ average,001_58defca00d8e36d5.txt,"));
    assert!(scores.contains("LU,egov-benchmark,Business Cross Border Mobility,Usability (change since 2016-2017),2019,-16,,,"));
    assert!(scores.contains("LU,europam,Public Procurement,Scope,,29,,,"), "unknown year left empty");
    let lu = stdout(&run(&["export", "answers", "--country", "LU"]));
    assert!(lu.contains("LU,EUROPAM,Is there a ban on vote buying?,,yes,stated,\"Fine from 251 to 2000 euros and improsonment from 8 hours to one month (Loi Electoral, Article 97, 2003, amended 2015)\",004_9be079b0bad659b9.txt,"), "citation kept in the CSV text");
    let dk = stdout(&run(&["export", "answers", "--country", "DK"]));
    assert!(dk.lines().skip(1).all(|l| l.starts_with("DK,") || !l.starts_with("LU,")));
}

#[test]
fn export_json_is_the_full_records() {
    let out = stdout(&run(&["export", "facts", "--country", "LU", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let arr = v.as_array().expect("array");
    let pop = arr.iter().find(|f| f["fact"] == "population" && f["year"] == 2019).expect("population");
    assert_eq!(pop["number"], 613894.0);
    assert_eq!(pop["provenance"]["source"], LU_DPA);
}

#[test]
fn bad_arguments_get_one_clear_line() {
    let e = one_line_error(&run(&["card", "XX"]));
    assert_eq!(e, "govlens: error: no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");
    let e = one_line_error(&run(&["card", "Luxembourg"]));
    assert_eq!(e, "govlens: error: 'Luxembourg' is not an ISO 3166-1 alpha-2 country code (did you mean LU?)");
    let e = one_line_error(&run(&["export", "everything"]));
    assert_eq!(e, "govlens: error: unknown export 'everything': expected scores, facts, answers, passages, indicators or countries");
    let e = one_line_error(&run(&["export", "scores", "--format", "xml"]));
    assert!(e.starts_with("govlens: error: invalid value 'xml'"), "{e}");
    let e = one_line_error(&bin().args(["card", "LU", "--corpus", "/nonexistent/govlens.corpus"]).output().expect("runs"));
    assert_eq!(e, "govlens: error: corpus file /nonexistent/govlens.corpus not found; run `govlens build` first");
    let e = one_line_error(&bin().args(["frobnicate"]).output().expect("runs"));
    assert!(e.contains("frobnicate"), "{e}");
    let e = one_line_error(&bin().args(["build", "--dir", "/nonexistent"]).output().expect("runs"));
    assert!(e.contains("/nonexistent/manifest.toml"), "{e}");
}

#[test]
fn a_foreign_or_truncated_corpus_file_is_refused() {
    let dir = std::env::temp_dir().join(format!("govlens-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let foreign = dir.join("foreign.corpus");
    std::fs::write(&foreign, b"<html>404 Not Found</html>").expect("write");
    let e = one_line_error(&bin().args(["stats", "--corpus"]).arg(&foreign).output().expect("runs"));
    assert!(e.ends_with("not a govlens corpus file: it does not start with the govlens signature"), "{e}");
    let bytes = std::fs::read(artifact()).expect("artifact");
    let cut = dir.join("cut.corpus");
    std::fs::write(&cut, &bytes[..bytes.len() - 100]).expect("write");
    let e = one_line_error(&bin().args(["stats", "--corpus"]).arg(&cut).output().expect("runs"));
    assert!(e.contains("corpus file is truncated"), "{e}");
}

#[test]
fn search_compare_and_topic_commands() {
    let out = stdout(&run(&["search", "Offentlighedsloven"]));
    assert!(out.contains("DK-003-0009") && out.contains("[Offentlighedsloven]"), "{out}");
    assert!(out.contains("1 of 1 matching passages"));
    let json = stdout(&run(&["search", "data embassy", "--country", "LU", "--limit", "2", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let hits = v["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 2);
    for key in ["id", "country", "source", "section", "score", "snippet"] {
        assert!(hits[0].get(key).is_some(), "hit has {key}");
    }
    assert!(hits[0]["snippet"]["ranges"].as_array().is_some_and(|r| !r.is_empty()));
    let e = one_line_error(&run(&["search", "eid", "--source", "wikipedia"]));
    assert_eq!(e, "govlens: error: filter source:wikipedia: neither a family (un-msq, dpa-factsheet, ai-watch, europam) nor a source file");
    let long = "x".repeat(5000);
    let e = one_line_error(&run(&["search", &long]));
    assert_eq!(e, "govlens: error: the query is 5000 bytes long; the limit is 2048");

    let cmp = stdout(&run(&["compare", "LU", "DK"]));
    assert!(cmp.contains("yes (ticked)") && cmp.contains("no (inferred)"));
    let csv = stdout(&run(&["compare", "LU", "DK", "--format", "csv"]));
    assert!(csv.lines().any(|l| l == "answer:UN MSQ 2022,35,,LU,yes,ticked,000_73f7c5dfc20a7e2f.txt,Q35"), "{}", &csv[..400]);
    assert!(csv.lines().any(|l| l.starts_with("answer:UN MSQ 2022,21,,DK,no,inferred,")));
    let e = one_line_error(&run(&["compare", "LU", "XX"]));
    assert_eq!(e, "govlens: error: no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");

    let topic = stdout(&run(&["topic", "freedom of information"]));
    assert!(topic.lines().next().unwrap_or("").starts_with("Q9 "), "{topic}");
}

#[test]
fn split_folder_searches_like_the_file_and_reads_only_what_the_query_needs() {
    let dir = artifact().parent().expect("temp dir").join("split");
    let o = bin().args(["split", "--out"]).arg(&dir).arg("--corpus").arg(artifact()).output().expect("runs");
    let msg = stdout(&o);
    assert!(msg.contains("214 countries (card and rest parts)"), "{msg}");
    let shards = std::fs::read_dir(dir.join("index")).expect("index folder").count();
    let whole = stdout(&run(&["search", "Offentlighedsloven"]));
    let o = bin().args(["search", "Offentlighedsloven", "--verbose", "--corpus"]).arg(&dir).output().expect("runs");
    assert_eq!(stdout(&o), whole, "the split folder's results differ from the file's");
    let read: Vec<String> = String::from_utf8_lossy(&o.stderr).lines().map(str::to_string).collect();
    let read_shards = read.iter().filter(|l| l.starts_with("read index/")).count();
    assert!(read_shards >= 1 && read_shards < shards, "read {read_shards} of {shards} shards: {read:?}");
    assert!(read.iter().any(|l| l.starts_with("read text/")), "{read:?}");
    assert!(!read.iter().any(|l| l.starts_with("read card/")), "a search reads no card part: {read:?}");
    // A damaged shard is named in the error.
    let first = read.iter().find(|l| l.starts_with("read index/")).expect("a shard").trim_start_matches("read ").to_string();
    std::fs::write(dir.join(&first), b"GOVLENS\0junk").expect("writes");
    let err = one_line_error(&bin().args(["search", "Offentlighedsloven", "--corpus"]).arg(&dir).output().expect("runs"));
    assert!(err.contains(&first) && err.contains("truncated"), "{err}");
}

#[test]
fn a_synthetic_corpus_says_so_in_every_made_up_source() {
    let out = artifact().parent().expect("temp dir").join("synthetic-6.corpus");
    let o = bin().args(["synth", "--countries", "6", "--out"]).arg(&out).arg("--corpus").arg(artifact()).output().expect("runs");
    assert!(stdout(&o).starts_with("wrote SYNTHETIC corpus"));
    let c = govlens_core::decode(&std::fs::read(&out).expect("written")).expect("decodes");
    assert_eq!(c.countries().len(), 6);
    for s in c.sources.iter().filter(|s| s.country != "LU" && s.country != "DK") {
        assert!(s.title.starts_with("[SYNTHETIC] ") && s.file.starts_with(&format!("synthetic-{}-", s.country)), "{s:?}");
        assert!(govlens_core::countries::name_of(&s.country).is_none(), "{} is a real country's code", s.country);
    }
    // Every made-up record cites a made-up source; the real ones are untouched.
    let files: Vec<&str> = c.sources.iter().map(|s| s.file.as_str()).collect();
    assert!(c.passages.iter().all(|p| files.contains(&p.source.as_str()) && p.id.starts_with(&p.country)));
    assert!(c.facts.iter().all(|f| files.contains(&f.provenance.source.as_str())));
    let real = corpus();
    assert_eq!(c.passages.iter().filter(|p| p.country == "LU").count(), real.passages.iter().filter(|p| p.country == "LU").count());
}

#[test]
fn any_country_card_ranks_datasets_and_the_indicator_export() {
    let ke = stdout(&run(&["card", "KE"]));
    assert!(ke.contains("Kenya (KE)") && ke.contains("0.6314 (rank 109 of 193)"), "{ke}");
    assert!(ke.contains("[un-egdi un_egdi_2024/EGOV_DATA_2024__MaryliaCruzS_modified.csv, row 10, column \"E_Index\" · 2024]"), "{ke}");
    assert!(ke.contains("Not covered by: EUROPAM, European Public Accountability Mechanisms (34 countries)"), "{ke}");
    let lu = stdout(&run(&["card", "LU"]));
    assert!(lu.contains("0.8466 (rank 45 of 193)") && lu.contains("613 894 inhabitants"), "the datasets and the documents on one card");
    // Every country with its codes and names, for a host's picker.
    let countries = stdout(&run(&["export", "countries"]));
    let lines: Vec<&str> = countries.lines().collect();
    assert_eq!(lines[0], govlens_core::export::COUNTRY_COLUMNS.join(","));
    assert_eq!(lines.len(), 1 + 214);
    assert!(
        lines.contains(&"DK,DNK,208,Denmark,Danemark,Dänemark,Danmark,Europe,Northern Europe,true,1,8"),
        "{}",
        lines.iter().find(|l| l.starts_with("DK,")).unwrap_or(&"")
    );
    assert!(lines.contains(&"XK,XKX,,Kosovo,Kosovo,Kosovo,Kosovo,Europe,Southern Europe,false,0,3"));
    // A search for a country without documents says where its values are.
    let ke_search = stdout(&run(&["search", "Kenya"]));
    assert!(ke_search.contains("0 of 0 matching passages") && ke_search.contains("The corpus has no document of Kenya, so no passage can be about it; 4 public datasets cover Kenya: its card (country=\"KE\") shows their values."), "{ke_search}");
    assert!(!stdout(&run(&["search", "Luxembourg"])).contains("no document of"), "Luxembourg has documents");
    let cmp = stdout(&run(&["compare", "KE", "BR"]));
    assert!(cmp.starts_with("\nKenya, Brazil: the datasets' indicators") && !cmp.contains("answers (answer (basis))"), "{cmp}");
    assert!(
        cmp.lines()
            .any(|l| l.starts_with("GTMI (World Bank GovTech dataset), 2022") && l.contains("0.745 (rank 72 of 198)") && l.contains("0.975 (rank 2 of 198)")),
        "{cmp}"
    );

    let rank = stdout(&run(&["rank", "egdi", "--year", "2022"]));
    let rows: Vec<&str> = rank.lines().skip(3).take(7).collect();
    assert!(rank.starts_with("E-Government Development Index (EGDI), 2022: Denmark leads 193 countries"), "{rank}");
    assert!(rows[0].contains("DK  Denmark") && rows[0].ends_with("0.9717"), "{rows:?}");
    assert!(rows[4].trim_start().starts_with("=5  IS") && rows[5].trim_start().starts_with("=5  SE"), "ties share a rank: {rows:?}");
    let europe = stdout(&run(&["rank", "un-egdi.egdi", "--year", "2022", "--region", "western europe", "--highlight", "lu"]));
    assert!(europe.contains("Luxembourg ranks 7 of 9 in Western Europe"), "{europe}");
    assert!(europe.lines().any(|l| l.starts_with("▶") && l.contains("LU") && l.contains("(world rank 26)")), "{europe}");
    let e = one_line_error(&run(&["rank", "nonsense"]));
    assert!(e.starts_with("govlens: error: Unknown indicator: no indicator 'nonsense'; headline indicators: un-egdi.egdi,"), "{e}");
    let e = one_line_error(&run(&["rank", "egdi", "--year", "2007"]));
    assert!(e.contains("EGDI has no values for 2007; years: 2003, 2004, 2005, 2008"), "{e}");
    let e = one_line_error(&run(&["rank", "egdi", "--region", "Atlantis"]));
    assert!(e.contains("no region 'Atlantis'"), "{e}");

    let ds = stdout(&run(&["datasets"]));
    assert!(ds.contains("Open Data Inventory (ODIN) (odin): 195 countries") && ds.contains("licence:   CC BY 4.0 (stated in the file's footer)"), "{ds}");
    assert!(ds.contains("sha256 2c27f1bbe33d121a13b0664b89442b974f63ab77760633686597b808b78fc61b"));

    let csv = stdout(&run(&["export", "indicators", "--country", "DK"]));
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let head: Vec<String> = r.headers().expect("header").iter().map(str::to_string).collect();
    assert_eq!(head, govlens_core::export::INDICATOR_COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    let egdi = rows.iter().find(|x| &x[4] == "un-egdi.egdi" && &x[6] == "2022").expect("EGDI 2022");
    assert_eq!(
        (&egdi[7], &egdi[8], &egdi[9], &egdi[13], &egdi[15], &egdi[16]),
        ("0.9717", "1", "193", "un_egdi_2003_2022/EGOV_DATA_2022.csv", "120", "E-Government Index")
    );
    let wgi = rows.iter().find(|x| &x[4] == "wb-wgi.va" && &x[6] == "2023").expect("WGI");
    assert_eq!(&wgi[14], "Sheet1");
    assert!(rows.iter().all(|x| &x[0] == "DK"));
    let json = stdout(&run(&["export", "indicators", "--country", "KE", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert!(v.as_array().is_some_and(|a| a.iter().any(|o| o["indicator"] == "odin.overall" && o["value"] == "97")), "{json:.300}");
}

/// Issue 20, finding 3: a checksum-valid corpus whose country code is a path is refused when it
/// is read, so `govlens split` writes nothing, inside its folder or out of it.
#[test]
fn split_of_a_corpus_with_a_path_for_a_code_writes_nothing() {
    let dir = std::env::temp_dir().join(format!("govlens-cli-tampered-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.join("a/b/c/out");
    std::fs::create_dir_all(&out).expect("temp dir");
    let mut c = govlens_core::decode(&std::fs::read(artifact()).expect("artifact")).expect("decodes");
    for r in c.sources.iter_mut().filter(|s| s.country == "DK") {
        r.country = "../../../x".into();
    }
    let bad = dir.join("tampered.corpus");
    std::fs::write(&bad, govlens_core::encode(&c)).expect("written");
    let o = bin().args(["split", "--corpus"]).arg(&bad).arg("--out").arg(&out).output().expect("runs");
    let err = one_line_error(&o);
    assert!(
        err.ends_with("tampered.corpus: corpus file holds an invalid record: a source has country code '../../../x', which is not two capital letters"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&out).expect("out").count(), 0, "nothing written in the folder");
    assert!(!dir.join("a/x").exists() && !dir.join("a/card").exists(), "nothing written above it");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 20, finding 4: `govlens split --out DIR` deleted a user's own `text/` or `index/` folder
/// in DIR (exit 0) and left stale parts. A folder that is not a split is refused, untouched; a
/// previous split is replaced whole, stale files and all.
#[test]
fn split_refuses_a_folder_of_the_users_own_and_replaces_its_own_whole() {
    let dir = std::env::temp_dir().join(format!("govlens-cli-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mine = dir.join("mine");
    std::fs::create_dir_all(mine.join("text")).expect("temp dir");
    std::fs::write(mine.join("text/notes.txt"), "my notes").expect("written");
    let o = bin().args(["split", "--corpus"]).arg(artifact()).arg("--out").arg(&mine).output().expect("runs");
    let err = one_line_error(&o);
    assert!(
        err.ends_with("mine holds files and is not a split folder (no .govlens-split or manifest.govlens): nothing written; give a new or empty folder"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(mine.join("text/notes.txt")).expect("still there"), "my notes");
    assert_eq!(std::fs::read_dir(&mine).expect("dir").count(), 1, "nothing added");
    // A split, then a stale part in it, then a split again: the stale part is gone.
    let out = dir.join("split");
    for _ in 0..2 {
        let o = bin().args(["split", "--corpus"]).arg(artifact()).arg("--out").arg(&out).output().expect("runs");
        assert!(stdout(&o).starts_with(&format!("wrote {}", out.display())));
        assert!(out.join(".govlens-split").is_file() && out.join("manifest.govlens").is_file() && out.join("rest/LU.govlens").is_file());
        assert!(!out.join("rest/ZZ.govlens").exists(), "the stale part went with the old folder");
        std::fs::write(out.join("rest/ZZ.govlens"), b"stale").expect("written");
    }
    let names: Vec<String> = std::fs::read_dir(&dir).expect("dir").map(|e| e.expect("entry").file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 2, "no temporary folder left beside it: {names:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 20, finding 7: a source document or split manifest that is a symlink to `/dev/zero` was
/// read until memory ran out, and a FIFO hung the build. Only regular files are read, each kind
/// within its limit, and the error names the file.
#[cfg(unix)]
#[test]
fn devices_and_fifos_are_refused_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("govlens-cli-devices-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // The bundled corpus folder with Luxembourg's questionnaire replaced by /dev/zero.
    let corpus = copy_of_corpus_dir(&dir);
    let lu = corpus.join("sources/000_73f7c5dfc20a7e2f.txt");
    std::fs::remove_file(&lu).expect("removed");
    std::os::unix::fs::symlink("/dev/zero", &lu).expect("symlink");
    let o = bin().args(["build", "--dir"]).arg(&corpus).arg("--out").arg(dir.join("x.corpus")).env("GOVLENS_DATA", dir.join("none")).output().expect("runs");
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(!o.status.success() && err.contains("000_73f7c5dfc20a7e2f.txt: not a regular file"), "{err}");
    // A FIFO where the questionnaire was: refused at once, not a hang.
    std::fs::remove_file(&lu).expect("removed");
    assert!(std::process::Command::new("mkfifo").arg(&lu).status().expect("mkfifo").success());
    let o = bin().args(["build", "--dir"]).arg(&corpus).arg("--out").arg(dir.join("x.corpus")).env("GOVLENS_DATA", dir.join("none")).output().expect("runs");
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(!o.status.success() && err.contains("000_73f7c5dfc20a7e2f.txt: not a regular file"), "{err}");
    // A split folder whose manifest is /dev/zero, and a corpus file that is /dev/urandom.
    let split = dir.join("split");
    std::fs::create_dir_all(&split).expect("dir");
    std::os::unix::fs::symlink("/dev/zero", split.join("manifest.govlens")).expect("symlink");
    let err = one_line_error(&bin().args(["search", "portal", "--corpus"]).arg(&split).output().expect("runs"));
    assert!(
        err.contains("manifest.govlens: not a regular file (a folder, device, FIFO or socket); govlens reads a split folder's file only from a regular file"),
        "{err}"
    );
    std::os::unix::fs::symlink("/dev/urandom", dir.join("random.corpus")).expect("symlink");
    let err = one_line_error(&bin().args(["stats", "--corpus"]).arg(dir.join("random.corpus")).output().expect("runs"));
    assert!(err.contains("random.corpus: not a regular file"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A copy of the bundled corpus folder (manifest, descriptors, sources) in `dir/corpus`.
fn copy_of_corpus_dir(dir: &std::path::Path) -> PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(corpus.join("sources")).expect("dir");
    for f in ["manifest.toml", "datasets.toml", "countries.toml"] {
        std::fs::copy(corpus_dir().join(f), corpus.join(f)).expect("copied");
    }
    for e in std::fs::read_dir(corpus_dir().join("sources")).expect("sources") {
        let p = e.expect("entry").path();
        std::fs::copy(&p, corpus.join("sources").join(p.file_name().expect("name"))).expect("copied");
    }
    corpus
}

/// Issue 20, findings 12, 13 and 14: control characters and bidirectional overrides from a
/// document were printed raw (a title set, the screen cleared, the text after a value reversed);
/// an error quoting a 100,000-character line was 100 KB; an empty corpus's error said "it holds ";
/// `search --country XX` exited 0 with no hits where `card XX` fails.
#[test]
fn printed_text_is_escaped_errors_are_short_and_unknown_countries_fail() {
    let dir = std::env::temp_dir().join(format!("govlens-cli-print-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let mut c = govlens_core::decode(&std::fs::read(artifact()).expect("artifact")).expect("decodes");
    let f = c.facts.iter_mut().find(|f| f.country == "LU" && f.fact == "portal").expect("a portal");
    f.value = "Guichet\u{1b}]0;pwned\u{7}\u{1b}[2J\u{0}\u{202e}lu".into();
    let tampered = dir.join("tampered.corpus");
    std::fs::write(&tampered, govlens_core::encode(&c)).expect("written");
    let card = stdout(&bin().args(["card", "LU", "--corpus"]).arg(&tampered).output().expect("runs"));
    assert!(card.contains("Guichet\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{0}\\u{202e}lu"), "{card:.2000}");
    assert!(!card.chars().any(|ch| (ch.is_control() && ch != '\n' && ch != '\t') || ch == '\u{202e}'));
    // An empty corpus, and a country the corpus does not hold.
    let empty = dir.join("empty.corpus");
    std::fs::write(&empty, govlens_core::encode(&govlens_core::Corpus::default())).expect("written");
    let err = one_line_error(&bin().args(["card", "LU", "--corpus"]).arg(&empty).output().expect("runs"));
    assert_eq!(err, "govlens: error: no country 'LU' in the corpus; it holds no country at all (the corpus is empty)");
    let err = one_line_error(&run(&["search", "portal", "--country", "XX"]));
    assert_eq!(err, "govlens: error: no country 'XX' in the corpus; it holds 214 countries, AD to ZW, by ISO 3166-1 alpha-2 code");
    assert!(
        stdout(&run(&["search", "portal", "--country", "KE"])).to_lowercase().contains("no passage matches"),
        "a country the corpus holds without documents: no hits, not an error"
    );
    assert!(stdout(&run(&["search", "portal", "--country", "lu"])).contains("Luxembourg"));
    // A build error quoting a 100,000-character line: one short line for the problem, one for
    // the count, with --strict nothing written.
    let corpus = copy_of_corpus_dir(&dir);
    let page = corpus.join("sources/004_9be079b0bad659b9.txt");
    let text = std::fs::read_to_string(&page).expect("page").replacen("\nLuxembourg\n", &format!("\n{}\n", "x".repeat(100_000)), 1);
    std::fs::write(&page, text).expect("written");
    let out = dir.join("x.corpus");
    let o = bin().args(["build", "--strict", "--dir"]).arg(&corpus).arg("--out").arg(&out).env("GOVLENS_DATA", dir.join("none")).output().expect("runs");
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    let lines: Vec<&str> = err.trim_end().lines().collect();
    assert!(!o.status.success() && lines.len() == 2 && !out.exists(), "{err:.500}");
    assert!(
        lines[0].len() < 400 && lines[0].starts_with("004_9be079b0bad659b9.txt:5: unknown country name 'xxxx") && lines[0].ends_with("…'"),
        "{:.500}",
        lines[0]
    );
    assert_eq!(lines[1], "govlens: error: 1 problem: 1 of 5 documents could not be read, 0 read in part; --strict: nothing written");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 17: `govlens build` reads every document, prints each problem as `file:line: what`,
/// writes the corpus from those that parse and exits non-zero with a count; `--strict` writes
/// nothing; `govlens stats` lists the cut-off and partial documents.
#[test]
fn build_reports_every_document_problem_and_strict_writes_nothing() {
    let dir = std::env::temp_dir().join(format!("govlens-cli-mixed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let corpus = copy_of_corpus_dir(&dir);
    let extra: [(&str, &str, &[u8]); 3] = [
        ("bad-country.txt", "family = \"europam\"\ncountry = \"DK\"", b"EUROPAM\n\nEuropean Public Accountability Mechanisms\n\nSweden\n"),
        ("bad-unknown.txt", "country = \"DK\"", b"Minutes of a meeting\n"),
        (
            "partial.txt",
            "family = \"ai-watch\"\ncountry = \"DK\"",
            b"Main highlights\n- Denmark plans AI for its public services.\n\nComment\nThe plan is new.\n",
        ),
    ];
    let mut manifest = std::fs::read_to_string(corpus.join("manifest.toml")).expect("manifest");
    for (file, entry, bytes) in extra {
        std::fs::write(corpus.join("sources").join(file), bytes).expect("written");
        manifest.push_str(&format!(
            "\n[[source]]\nfile = \"{file}\"\n{entry}\ntitle = \"t\"\npublisher = \"p\"\nedition = \"e\"\nyear = 2020\nlanguage = \"en\"\n"
        ));
    }
    std::fs::write(corpus.join("manifest.toml"), manifest).expect("written");
    let out = dir.join("x.corpus");
    let build = |strict: bool| {
        let mut c = bin();
        c.arg("build");
        if strict {
            c.arg("--strict");
        }
        c.arg("--dir").arg(&corpus).arg("--out").arg(&out).env_remove("GOVLENS_DATA").output().expect("runs")
    };
    let o = build(false);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(!o.status.success());
    assert_eq!(
        err.trim_end().lines().collect::<Vec<_>>(),
        [
            "bad-country.txt:5: page is about Sweden (SE) but the manifest says DK",
            "bad-unknown.txt: no family given, and the content matches none (no questionnaire, factsheet, AI Watch or EUROPAM title or headings)",
            "partial.txt:3: partial: Strategy analysis: the page has no 'Strategy analysis' section; the rest of the document is read",
            "govlens: error: 3 problems: 2 of 8 documents could not be read, 1 read in part; the corpus was written from the 6 that parsed",
        ]
    );
    let said = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(said.contains("note: 002_64b588f5f71a6838.txt: appears cut off after line 74: its last line ends mid-sentence"), "{said}");
    assert!(said.contains(&format!("wrote {}", out.display())) && said.contains(": 6 sources,"), "{said}");
    // The corpus written from the six holds the partial page; stats lists it and the cut-off one.
    let stats = String::from_utf8_lossy(&bin().args(["stats", "--corpus"]).arg(&out).output().expect("runs").stdout).to_string();
    assert!(stats.contains("Cut-off and partial documents (2)"), "{stats}");
    assert!(stats.contains("002_64b588f5f71a6838.txt (AI Watch, LU): cut off: appears cut off after line 74"), "{stats}");
    assert!(
        stats.contains("partial.txt (AI Watch, DK): partial: read without line 3: Strategy analysis: the page has no 'Strategy analysis' section"),
        "{stats}"
    );
    // --strict: the same problems, and nothing written.
    std::fs::remove_file(&out).expect("removed");
    let o = build(true);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(!o.status.success() && !out.exists(), "{err}");
    assert!(err.trim_end().ends_with("govlens: error: 3 problems: 2 of 8 documents could not be read, 1 read in part; --strict: nothing written"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 18, item 1: `govlens snippet` writes the element with its content rendered inside a
/// declarative shadow root (values and sources in the page's HTML), attributes escaped, and
/// refuses what the element would show as an error, naming it.
#[test]
fn snippet_writes_the_element_with_its_content_and_refuses_what_it_cannot_show() {
    let out = stdout(&run(&["snippet", "card", "country=LU", "sections=europam, basic", "--base", "https://example.org/gl"]));
    let (script, element) = out.trim_end().split_once('\n').expect("two lines");
    assert_eq!(script, r#"<script type="module" src="https://example.org/gl/govlens.js"></script>"#);
    assert!(
        element.starts_with(r#"<govlens-card country="LU" sections="europam, basic" prerendered><template shadowrootmode="open"><link rel="stylesheet" href="https://example.org/gl/govlens-widget.css"><div class="gl-root is-light gl-static">"#),
        "{}",
        &element[..300.min(element.len())]
    );
    assert!(element.ends_with("</div></template></govlens-card>"));
    for value in [
        "Public accountability (EUROPAM, 0-100)",
        "29 (European average 59)",
        "EUROPAM 2020, Country score, for 2020",
        "613,894 inhabitants",
        "DPA factsheet 2020, §1.1, for 2019",
    ] {
        assert!(element.contains(value), "{value} not in the snippet");
    }
    assert!(!element.contains("eGovernment Benchmark"), "only the sections asked for");
    // --inline-css: the style sheet inside, no link.
    let inline = stdout(&run(&["snippet", "card", "country=LU", "--inline-css", "--no-script"]));
    assert!(inline.contains(r#"<template shadowrootmode="open"><style>/* govlens widget styles."#) && !inline.contains("<link"), "{}", &inline[..200]);
    // A comparison's boolean attribute, a value to escape, no script line.
    let cmp = stdout(&run(&["snippet", "compare", "countries=LU,DK", "differences-only", "limit=2", "title=\"<b>", "--no-script"]));
    assert!(cmp.starts_with(r#"<govlens-compare countries="LU,DK" differences-only="" limit="2" title="&quot;&lt;b&gt;" prerendered>"#), "{}", &cmp[..200]);
    assert_eq!(cmp.matches(r#"<details class="gl-question">"#).count(), 2, "two questions shown");
    // (The countries it holds: DK and LU, or every country where the datasets are read.)
    assert!(one_line_error(&run(&["snippet", "card", "country=XX"]))
        .starts_with("govlens: error: govlens-card: Unknown country: no country 'XX' in the corpus; it holds"));
    assert!(one_line_error(&run(&["snippet", "card", "contry=LU"]))
        .starts_with("govlens: error: govlens-card: no attribute 'contry'; the elements read country, countries,"));
    assert!(one_line_error(&run(&["snippet", "search", "query=eID"])).contains("govlens-search answers as the reader types: it has no static form"));
    assert!(one_line_error(&run(&["snippet", "chart", "country=LU"])).starts_with("govlens: error: no element 'chart': govlens has govlens-card,"));
    assert!(one_line_error(&run(&["snippet", "compare", "countries=LU", "--no-script"])).contains("govlens-compare needs two or more countries"));
}

/// Issue 18, item 2: `lang=fr` writes the static figure in French (the element's `lang`
/// attribute holds it for the live one), the documents' own words marked English; an error is
/// titled in the language asked for, its detail in English.
#[test]
fn a_snippet_in_french_or_german() {
    let fr = stdout(&run(&["snippet", "card", "country=LU", "lang=fr", "sections=basic,portals", "--no-script"]));
    assert!(fr.starts_with(r#"<govlens-card country="LU" lang="fr" sections="basic,portals" prerendered>"#), "{}", &fr[..200]);
    for text in [
        "Données de base",
        "613\u{202f}894 habitants",
        "DPA factsheet 2020, §1.1, chiffre de 2019",
        "les sources divergent",
        r#"<span lang="en" class="gl-value"><a href="https://guichet.public.lu/en.html"#,
    ] {
        assert!(fr.contains(text), "{text} not in the French snippet");
    }
    assert!(!fr.contains("inhabitants") && !fr.contains("Show all"), "no English words of govlens's own");
    assert!(one_line_error(&run(&["snippet", "card", "country=XX", "lang=de"]))
        .starts_with("govlens: error: govlens-card: Unbekanntes Land: no country 'XX' in the corpus"));
}

/// A map's snippet is the map itself: every country's shape in its class's shade, the legend,
/// the source line with the shapes' source, readable with no script.
#[test]
fn a_map_snippet_draws_the_map() {
    let m = stdout(&run(&["snippet", "map", "indicator=un-egdi.egdi", "highlight=LU", "--no-script"]));
    assert!(m.starts_with(r#"<govlens-map indicator="un-egdi.egdi" highlight="LU" prerendered>"#), "{}", &m[..200]);
    for text in [
        "E-Government Development Index (EGDI), 2024: Luxembourg ranks 45 of 193",
        r#"viewBox="0 0 960 429""#,
        r#"aria-label="Luxembourg: rank 45 of 193 (0.8466)""#,
        "0.8–1.0 (62)",
        "No value for 2024 (17)",
        "Not drawn on this map (no shape at its scale): Tuvalu (0.4042).",
        "via world-atlas 2.0.2 (Equal Earth)",
    ] {
        assert!(m.contains(text), "{text} not in the map's snippet");
    }
    // 192 countries with a value, 17 without; one Tab stop, the highlighted country's.
    assert_eq!((m.matches(r#"class="gl-country "#).count(), m.matches(r#"class="gl-blank "#).count()), (192, 17));
    assert_eq!(m.matches(r#"tabindex="0""#).count(), 1);
    let de = stdout(&run(&["snippet", "map", "indicator=egov-benchmark.overall", "lang=de", "--no-script"]));
    assert!(de.contains(r#"viewBox="0 0 800 "#) && de.contains("Kein Wert für 2023") && de.contains("Karte"), "a German map of Europe");
    assert!(one_line_error(&run(&["snippet", "map", "indicator=un-egdi.egdi", "area=mars"]))
        .contains("Unknown map area: area=\"mars\" is not a map; maps: world, europe"));
}

/// The attributes the snippet accepts are the ones govlens.js passes to the elements, and the
/// ones an iframe page takes from its query (frame.js).
#[test]
fn the_snippets_attributes_are_the_elements() {
    for file in ["../../web/embed/govlens.js", "../../web/embed/frame/frame.js"] {
        let js = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect(file);
        let line = js.lines().find(|l| l.starts_with("const ATTRIBUTES = [")).unwrap_or_else(|| panic!("{file}: the ATTRIBUTES line"));
        let listed: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
        assert_eq!(listed, govlens_widget::prerender::ATTRIBUTES, "{file}");
    }
}

/// `govlens locales` writes the three language files the embed's English-only builds fetch, each
/// read back as its locale's words and names; an unwritable folder is one line.
#[test]
fn locales_writes_the_three_language_files() {
    let dir = std::env::temp_dir().join(format!("govlens-locales-{}", std::process::id()));
    let o = bin().args(["locales", "--out"]).arg(&dir).output().expect("runs");
    let out = stdout(&o);
    for (tag, locale, basic) in [("fr", Locale::Fr, "Données de base"), ("de", Locale::De, "Basisdaten"), ("da", Locale::Da, "Grunddata")] {
        let path = dir.join(format!("lang-{tag}.govlens"));
        assert!(out.contains(&format!("wrote {}", path.display())), "{out}");
        let bytes = std::fs::read(&path).expect("written");
        assert_eq!(govlens_core::i18n::add_pack(&bytes), Ok(locale));
        assert_eq!(govlens_core::i18n::words(locale).basic_data, basic);
    }
    let blocked = dir.join("lang-fr.govlens").join("inside");
    let err = one_line_error(&bin().args(["locales", "--out"]).arg(&blocked).output().expect("runs"));
    assert!(err.contains("lang-fr.govlens"), "{err}");
}
