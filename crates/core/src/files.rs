//! Reading the files govlens is given, natively (the command, the build, the prerenderer): only
//! regular files, each kind within a size limit (issue 20, finding 7). A symlink to `/dev/zero`
//! or `/dev/urandom` was read until memory ran out, and a FIFO hung the build.
use std::io::Read;
use std::path::Path;

/// A kind of file with the most bytes govlens reads of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// What the file is, as an error names it.
    pub what: &'static str,
    /// The most bytes read.
    pub bytes: u64,
}

const MIB: u64 = 1024 * 1024;
/// A source document (`corpus/sources/*.txt`): the bundled ones are 20-80 KB.
pub const DOCUMENT: Limit = Limit { what: "a source document", bytes: 64 * MIB };
/// A dataset file (CSV or spreadsheet): the largest of `../shared/data` is 3.9 MB.
pub const DATASET: Limit = Limit { what: "a dataset file", bytes: 256 * MIB };
/// A TOML file (the manifest, the datasets' descriptors, the register of countries).
pub const CONFIG: Limit = Limit { what: "a TOML file", bytes: 4 * MIB };
/// A corpus artifact (`govlens.corpus`): 2.2 MB with every dataset.
pub const CORPUS: Limit = Limit { what: "a corpus file", bytes: 512 * MIB };
/// A file of a split folder (manifest, shard, text, part): each well under 1 MB.
pub const PART: Limit = Limit { what: "a split folder's file", bytes: 64 * MIB };

/// Reads a whole file of the given kind. Refuses what is not a regular file (a device, a FIFO, a
/// socket, a folder; a symlink is followed to what it names) before opening it, and a file
/// larger than the kind's limit, without reading past it.
pub fn read(path: &Path, limit: Limit) -> std::io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("not a regular file (a folder, device, FIFO or socket); govlens reads {} only from a regular file", limit.what),
        ));
    }
    let too_large = || std::io::Error::new(std::io::ErrorKind::InvalidData, format!("larger than {} MB, the limit for {}", limit.bytes / MIB, limit.what));
    if meta.len() > limit.bytes {
        return Err(too_large());
    }
    let mut out = Vec::with_capacity(meta.len() as usize);
    // The length is read again through `take`: a file that grows while it is read stops at the
    // limit too.
    std::fs::File::open(path)?.take(limit.bytes + 1).read_to_end(&mut out)?;
    if out.len() as u64 > limit.bytes {
        return Err(too_large());
    }
    Ok(out)
}

/// [`read`] as UTF-8 text.
pub fn read_text(path: &Path, limit: Limit) -> std::io::Result<String> {
    String::from_utf8(read(path, limit)?).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not UTF-8 text ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn devices_fifos_folders_and_large_files_are_refused() {
        let dir = std::env::temp_dir().join(format!("govlens-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let zero = dir.join("zero.txt");
        let _ = std::fs::remove_file(&zero);
        std::os::unix::fs::symlink("/dev/zero", &zero).expect("symlink");
        let err = read(&zero, DOCUMENT).expect_err("a device").to_string();
        assert_eq!(err, "not a regular file (a folder, device, FIFO or socket); govlens reads a source document only from a regular file");
        let fifo = dir.join("fifo");
        let _ = std::fs::remove_file(&fifo);
        if std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success()) {
            assert!(read(&fifo, CONFIG).expect_err("a FIFO, refused without blocking").to_string().starts_with("not a regular file"));
        }
        assert!(read(&dir, CORPUS).is_err());
        let big = dir.join("big.toml");
        std::fs::write(&big, vec![b'#'; (CONFIG.bytes + 1) as usize]).expect("written");
        assert_eq!(read(&big, CONFIG).expect_err("too large").to_string(), "larger than 4 MB, the limit for a TOML file");
        std::fs::write(&big, b"a = 1\n").expect("written");
        assert_eq!(read_text(&big, CONFIG).expect("read"), "a = 1\n");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
