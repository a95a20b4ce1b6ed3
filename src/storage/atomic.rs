//! Crash-safe file replacement.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Counter that keeps temporary names unique between threads of one process.
static NEXT_TEMPORARY: AtomicU64 = AtomicU64::new(0);

/// Replaces the file at `path` with `bytes` so that a crash at any moment
/// leaves either the old or the new content, never a mix.
///
/// The bytes go to a new temporary file in the same folder, because a rename
/// is atomic only inside one file system. That file is flushed to disk and
/// renamed over `path`. Then the folder itself is flushed so the rename
/// survives a power cut. When `path` is a symbolic link, the file it points to is
/// replaced and the link kept. An existing file's permissions carry over.
///
/// A process killed between creating and renaming the temporary file leaves
/// it behind as `.NAME.PID.N.tmp`; [`remove_stale_temporaries`] clears those.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let path = resolve_link(path);
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path has no file name"))?;
    let permissions = fs::metadata(&path)
        .ok()
        .map(|metadata| metadata.permissions());

    let (mut file, temporary) = create_temporary(folder, file_name)?;
    let result = (|| {
        file.write_all(bytes)?;
        if let Some(permissions) = permissions {
            file.set_permissions(permissions)?;
        }
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, &path)
    })();
    if result.is_err() {
        // The target is untouched; only the partial copy goes.
        let _ = fs::remove_file(&temporary);
        return result;
    }

    sync_folder(folder);
    Ok(())
}

/// Removes temporary files that an earlier, killed write to `path` left
/// behind and that are older than `age` (a live write keeps its temporary
/// file for milliseconds). Failures are ignored: the files are only clutter.
pub fn remove_stale_temporaries(path: &Path, age: std::time::Duration) {
    let path = resolve_link(path);
    let (Some(folder), Some(file_name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let prefix = format!(".{}.", file_name.to_string_lossy());
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Some(middle) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
        else {
            continue;
        };
        // Only names this module makes: PID.COUNTER, both numbers.
        let ours = middle.split_once('.').is_some_and(|(pid, counter)| {
            pid.parse::<u32>().is_ok() && counter.parse::<u64>().is_ok()
        });
        let old = entry
            .metadata()
            .and_then(|metadata| metadata.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|elapsed| elapsed >= age);
        if ours && old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Resolves `path` to the file a symbolic link points to, or returns it as
/// is. Renaming over a link would replace the link with a plain file and
/// leave its target stale.
fn resolve_link(path: &Path) -> PathBuf {
    let is_link =
        fs::symlink_metadata(path).is_ok_and(|metadata| metadata.file_type().is_symlink());
    if is_link && let Ok(target) = fs::canonicalize(path) {
        return target;
    }
    path.to_owned()
}

/// Creates a temporary file next to the target. `create_new` never opens an
/// existing file, so a leftover file or a link planted under the same name
/// is never written through.
fn create_temporary(folder: &Path, file_name: &std::ffi::OsStr) -> io::Result<(File, PathBuf)> {
    let mut last_error = None;
    for _ in 0..16 {
        let counter = NEXT_TEMPORARY.fetch_add(1, Ordering::Relaxed);
        let mut name = std::ffi::OsString::from(".");
        name.push(file_name);
        name.push(format!(".{}.{counter}.tmp", std::process::id()));
        let temporary = folder.join(name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => return Ok((file, temporary)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last_error = Some(error),
            Err(error) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("no free temporary file name")))
}

/// Flushes the folder entry so the rename is durable. POSIX needs this;
/// Windows cannot open a folder as a file and flushes renames itself.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    {
        let result = File::open(folder).and_then(|folder| folder.sync_all());
        if let Err(error) = result {
            // Some file systems (network shares) reject a folder flush. The
            // rename has happened and only its durability across a power cut
            // is in doubt, so the save still counts.
            log::warn!("cannot flush folder {}: {error}", folder.display());
        }
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("journal.ron");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(folder.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("journal.ron")]);
    }

    #[test]
    fn stale_temporaries_are_removed() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("journal.ron");
        let stale = folder.path().join(".journal.ron.4242.0.tmp");
        let unrelated = folder.path().join(".journal.ron.notes.tmp");
        fs::write(&stale, "partial").unwrap();
        fs::write(&unrelated, "keep").unwrap();
        remove_stale_temporaries(&path, std::time::Duration::from_secs(3600));
        assert!(stale.exists());
        remove_stale_temporaries(&path, std::time::Duration::ZERO);
        assert!(!stale.exists());
        assert!(unrelated.exists());
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_link_is_kept() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("real.ron");
        let link = folder.path().join("journal.ron");
        fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn permissions_carry_over() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("journal.ron");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}
