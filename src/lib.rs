//! Topset: plan, log and chart top set + backoff training.
//!
//! The crate is the whole application; `main.rs` only parses arguments and
//! starts it. Layers, each using only those listed before it:
//! [`model`] (training maths and data), [`analytics`] (series derived from the
//! journal), [`storage`], [`import`] and [`export`] (files), [`charts`]
//! (plotters drawing), [`app`] (state, commands, background tasks) and [`ui`]
//! (panels and dialogs). [`cli`] holds the command-line tools.

rust_i18n::i18n!("assets/locales", fallback = "en");

pub mod analytics;
pub mod app;
pub mod charts;
pub mod cli;
pub mod export;
pub mod import;
pub mod model;
pub mod storage;
pub mod ui;

/// Translates `key` into the current interface language.
#[macro_export]
macro_rules! tr {
    ($($arg:tt)*) => {
        rust_i18n::t!($($arg)*).into_owned()
    };
}

/// Translates `key` followed by a count: picks `KEY.one` or `KEY.other` by
/// the plural rule of the interface language and passes `%{count}`.
#[macro_export]
macro_rules! tr_count {
    ($key:expr, $count:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        let count = $count;
        let form = $crate::plural_form(&rust_i18n::locale(), count);
        let key = format!("{}.{form}", $key);
        rust_i18n::t!(&key, count = count $(, $name = $value)*).into_owned()
    }};
}

/// Returns the plural form of `count` in `locale`, `"one"` or `"other"`.
/// English uses the singular for 1 only, French for 0 and 1.
pub fn plural_form(locale: &str, count: impl TryInto<u64>) -> &'static str {
    let Ok(count) = count.try_into() else {
        return "other";
    };
    let singular = match locale {
        "fr" => count < 2,
        _ => count == 1,
    };
    if singular { "one" } else { "other" }
}

/// Sets the interface language for every string drawn from now on.
pub fn set_language(language: model::Language) {
    rust_i18n::set_locale(language.code());
}

#[cfg(test)]
mod tests {
    use super::plural_form;

    #[test]
    fn plural_form_english() {
        assert_eq!(plural_form("en", 0_usize), "other");
        assert_eq!(plural_form("en", 1_usize), "one");
        assert_eq!(plural_form("en", 2_u32), "other");
    }

    #[test]
    fn plural_form_french() {
        assert_eq!(plural_form("fr", 0_usize), "one");
        assert_eq!(plural_form("fr", 1_u64), "one");
        assert_eq!(plural_form("fr", 2_usize), "other");
    }
}
