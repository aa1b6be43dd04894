#![cfg(not(target_arch = "wasm32"))]
//! `govlens-prerender` on folders made from the demo's split folder (`dist/web/embed/split`,
//! written by `make web`; `make web-test` runs this after it): issue 20's extras. It wrote
//! through a symlinked `card/LU.html`, exited 0 after writing an error box for a part that holds
//! another country, and hung on a `card/LU.govlens` that is `/dev/zero`.
use std::path::{Path, PathBuf};
use std::process::Command;

fn split() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../dist/web/embed/split")
}

/// A folder with the tables and Luxembourg's card part, `lu` standing for that part.
fn folder(name: &str, lu: impl FnOnce(&Path)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("govlens-prerender-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("card")).expect("dir");
    std::fs::copy(split().join("tables.govlens"), dir.join("tables.govlens")).expect("run `make web` first: dist/web/embed/split");
    lu(&dir.join("card/LU.govlens"));
    dir
}

/// Luxembourg's card part as another country's (or its own) part from the demo's folder.
fn part_of(code: &'static str) -> impl FnOnce(&Path) {
    move |p| {
        std::fs::copy(split().join(format!("card/{code}.govlens")), p).expect("copied");
    }
}

fn prerender(dir: &Path) -> (bool, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_govlens-prerender")).arg(dir).output().expect("runs");
    (o.status.success(), String::from_utf8_lossy(&o.stderr).trim().to_string())
}

#[test]
fn a_good_part_is_rendered() {
    let dir = folder("good", part_of("LU"));
    let (ok, err) = prerender(&dir);
    assert!(ok, "{err}");
    assert!(std::fs::read_to_string(dir.join("card/LU.html")).expect("written").contains("613,894 inhabitants"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_part_of_another_country_is_refused() {
    let dir = folder("other", part_of("DK"));
    let (ok, err) = prerender(&dir);
    assert!(!ok && err.ends_with("card/LU.govlens: holds records of DK, where only LU was expected"), "{err}");
    assert!(!dir.join("card/LU.html").exists(), "no error box written as Luxembourg's card");
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn a_symlinked_html_file_is_not_written_through_and_a_device_is_not_read() {
    let dir = folder("link", part_of("LU"));
    let outside = dir.join("outside.txt");
    std::fs::write(&outside, "mine").expect("written");
    std::os::unix::fs::symlink(&outside, dir.join("card/LU.html")).expect("symlink");
    let (ok, err) = prerender(&dir);
    assert!(!ok && err.ends_with("card/LU.html: a symbolic link, not written through; remove it"), "{err}");
    assert_eq!(std::fs::read_to_string(&outside).expect("still there"), "mine");
    let _ = std::fs::remove_dir_all(&dir);
    let dir = folder("zero", |p| std::os::unix::fs::symlink("/dev/zero", p).expect("symlink"));
    let (ok, err) = prerender(&dir);
    assert!(!ok && err.contains("card/LU.govlens: not a regular file"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
