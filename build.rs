//! Rebuilds the crate when an interface string changes: rust-i18n reads
//! `assets/locales` while the crate compiles, and cargo does not watch it
//! on its own.

fn main() {
    println!("cargo:rerun-if-changed=assets/locales");
}
