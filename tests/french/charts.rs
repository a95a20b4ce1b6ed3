//! Chart text in French.

use crate::charts_support;

use charts_support::{BENCH, bench_journal};
use topset::analytics::{ChartKind, ChartRequest, DateRange};
use topset::charts::export_chart;
use topset::model::{Language, Unit};

fn french_svg(kind: ChartKind, session: Option<u64>) -> String {
    topset::set_language(Language::French);
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("graphique.svg");
    let request = ChartRequest {
        kind,
        exercise: BENCH.to_owned(),
        range: DateRange::ALL,
        unit: Unit::Kg,
        session,
    };
    export_chart(&bench_journal(), &request, &path, 900, 560).expect("the chart is written");
    std::fs::read_to_string(&path).expect("the SVG exists")
}

#[test]
fn e1rm_chart_in_french() {
    let svg = french_svg(ChartKind::E1rm, None);
    assert!(svg.contains("Bench Press : e1RM du top set"), "title");
    assert!(svg.contains("Moyenne mobile (5 séances)"), "legend");
    assert!(svg.contains("Record"), "PR legend");
    assert!(svg.contains(" janv.\n"), "French month on the x axis");
    assert!(!svg.contains("Jan "), "no English month");
}

#[test]
fn fatigue_chart_in_french() {
    let svg = french_svg(ChartKind::Fatigue, Some(3));
    assert!(svg.contains("Séance du 12 janv. 2026"), "session date");
    assert!(svg.contains("Baisse réalisée"), "legend");
    // 2.601 % drop, with a decimal comma.
    assert!(svg.contains("-2,6 %"), "decimal comma");
}

#[test]
fn export_error_in_french() {
    topset::set_language(Language::French);
    let error = topset::charts::ChartError::UnsupportedFormat {
        path: "/tmp/graphique.jpg".into(),
    };
    assert_eq!(
        error.localized(),
        "format d'image inconnu pour /tmp/graphique.jpg : utilisez un nom de fichier terminé par .png ou .svg"
    );
}
