//! Crash-safe file replacement.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Replaces the file at `path` with `bytes` so that a crash at any moment
/// leaves either the old or the new content, never a mix.
///
/// The bytes go to a temporary file in the same folder (a rename is atomic
/// only inside one file system), which is flushed to disk and renamed over
/// `path`; then the folder itself is flushed so the rename survives a power cut.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    let mut temporary_name = std::ffi::OsString::from(".");
    temporary_name.push(file_name);
    temporary_name.push(format!(".{}.tmp", std::process::id()));
    let temporary = folder.join(temporary_name);

    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, path)
    })();
    if result.is_err() {
        // The journal itself is untouched; only the partial copy goes.
        let _ = fs::remove_file(&temporary);
        return result;
    }

    // Flushing a folder is how POSIX makes a rename durable; other systems
    // cannot open a folder as a file and need nothing more.
    #[cfg(unix)]
    if let Ok(folder) = File::open(folder) {
        let _ = folder.sync_all();
    }
    Ok(())
}
