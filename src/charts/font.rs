//! The font compiled into the binary for every chart label.
//!
//! plotters' `ab_glyph` feature reads fonts only from its own registry, so the
//! font is registered once under [`FONT_FAMILY`] before the first drawing.

use std::sync::OnceLock;

use plotters::style::{FontStyle, register_font};

/// Ubuntu Light from the `epaint_default_fonts` crate; see `assets/fonts/SOURCE.md`.
const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/Ubuntu-Light.ttf");

/// Family name the charts ask for. SVG files carry it as their CSS
/// `font-family`, so a viewer without Ubuntu falls back to its sans-serif.
pub const FONT_FAMILY: &str = "Ubuntu, sans-serif";

/// Registers the chart font; later calls do nothing.
///
/// Returns `false` when the embedded file is not a font, which a unit test
/// rules out, so text then falls back to plotters' missing-font error.
pub fn ensure_font() -> bool {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    *REGISTERED.get_or_init(|| register_font(FONT_FAMILY, FontStyle::Normal, FONT_BYTES).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_font_registers() {
        assert!(ensure_font());
    }
}
