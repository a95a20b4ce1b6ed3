//! Every interface string exists in English and French: each key in
//! `assets/locales/` has both languages, and each key the code names as a
//! literal exists, counted strings with both plural forms.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales");
const SOURCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Reads every key of the locale files with the languages it has, in order.
fn locale_keys() -> BTreeMap<String, Vec<String>> {
    let mut keys = BTreeMap::new();
    for entry in fs::read_dir(LOCALES).expect("locale folder") {
        let path = entry.expect("locale file").path();
        let text = fs::read_to_string(&path).expect("locale text");
        let mut current: Option<String> = None;
        for line in text.lines().filter(|line| !line.starts_with("_version")) {
            if let Some(key) = line.strip_suffix(':')
                && !line.starts_with(' ')
            {
                assert!(
                    keys.insert(key.to_owned(), Vec::new()).is_none(),
                    "{key} twice"
                );
                current = Some(key.to_owned());
            } else if let Some((language, _)) = line.trim_start().split_once(':')
                && let Some(key) = &current
            {
                keys.get_mut(key)
                    .expect("key read")
                    .push(language.to_owned());
            }
        }
    }
    keys
}

/// Lists the Rust files under `folder`, recursively.
fn rust_files(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(folder).expect("source folder") {
        let path = entry.expect("source entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}

/// Finds the string literals passed first to `tr!`, `t!` and `tr_count!` in
/// `source`, each with whether it is counted (`tr_count!`).
fn literal_keys(source: &str) -> Vec<(String, bool)> {
    let mut keys = Vec::new();
    for (at, _) in source.match_indices("!(") {
        let name_start = source[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |index| index + 1);
        let counted = match &source[name_start..at] {
            "tr" | "t" => false,
            "tr_count" => true,
            _ => continue,
        };
        let rest = source[at + 2..].trim_start();
        if let Some(literal) = rest.strip_prefix('"')
            && let Some(end) = literal.find('"')
        {
            keys.push((literal[..end].to_owned(), counted));
        }
    }
    keys
}

#[test]
fn every_key_has_both_languages() {
    let keys = locale_keys();
    assert!(keys.len() > 500, "only {} keys read", keys.len());
    for (key, languages) in &keys {
        assert_eq!(languages, &["en", "fr"], "{key}");
    }
}

#[test]
fn every_key_in_code_exists() {
    let keys = locale_keys();
    let mut named = 0;
    for file in rust_files(Path::new(SOURCES)) {
        let source = fs::read_to_string(&file).expect("source text");
        for (key, counted) in literal_keys(&source) {
            named += 1;
            let wanted = if counted {
                vec![format!("{key}.one"), format!("{key}.other")]
            } else {
                vec![key.clone()]
            };
            for wanted in wanted {
                assert!(
                    keys.contains_key(&wanted),
                    "{} names {wanted}, missing from the locale files",
                    file.display()
                );
            }
        }
    }
    assert!(named > 400, "only {named} keys found in the code");
}
