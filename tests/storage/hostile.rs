//! The hostile corpus: every file under `tests/hostile/` is rejected with
//! the message listed in `tests/hostile/expected.txt`, without panicking and
//! without a byte of the file changing.
//!
//! Files named `program-*.ron` are read as program files, the rest as
//! journals. In `expected.txt` each line is `FILE | MESSAGE`, where `{file}`
//! in the message stands for the file's path.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use topset::storage::{MAX_FILE_BYTES, StorageError, load_journal, load_program_file};

fn corpus_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

fn load(path: &Path) -> Result<(), StorageError> {
    let name = path.file_name().unwrap().to_string_lossy();
    if name.starts_with("program-") {
        load_program_file(path).map(drop)
    } else {
        load_journal(path).map(drop)
    }
}

fn expected_messages() -> BTreeMap<String, String> {
    let table = fs::read_to_string(corpus_folder().join("expected.txt")).unwrap();
    table
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (file, message) = line.split_once(" | ").unwrap();
            (file.trim().to_owned(), message.to_owned())
        })
        .collect()
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus_folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn corpus_has_fifty_files() {
    assert!(corpus_files().len() >= 50, "{}", corpus_files().len());
}

#[test]
fn every_file_has_expected_message() {
    let expected = expected_messages();
    let names: Vec<String> = corpus_files()
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for name in &names {
        assert!(
            expected.contains_key(name),
            "no expected message for {name}"
        );
    }
    for name in expected.keys() {
        assert!(
            names.contains(name),
            "expected.txt lists missing file {name}"
        );
    }
}

#[test]
fn hostile_files_rejected_unchanged() {
    let expected = expected_messages();
    let mut wrong = Vec::new();
    for path in corpus_files() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let before = fs::read(&path).unwrap();
        let result = load(&path);
        assert_eq!(fs::read(&path).unwrap(), before, "{name} changed on disk");

        let Some(template) = expected.get(&name) else {
            wrong.push(format!("{name}: no expected message; got {result:?}"));
            continue;
        };
        let wanted = template.replace("{file}", &path.display().to_string());
        match result {
            Ok(()) => wrong.push(format!("{name}: loaded without error")),
            Err(error) if error.to_string() != wanted => {
                wrong.push(format!("{name}:\n  got  {error}\n  want {wanted}"));
            }
            Err(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn oversized_file_rejected_before_reading() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("huge.ron");
    let file = fs::File::create(&path).unwrap();
    // A sparse file: the size is real, the disk blocks are not.
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let error = load_journal(&path).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{} is 67108865 bytes, larger than the maximum of 67108864 bytes",
            path.display()
        )
    );
}
