//! `topset calc` in process: the table, the JSON object and input errors.

use clap::Parser;
use serde_json::Value;
use topset::cli::calc::{CalcArgs, render};

#[derive(Parser)]
struct Command {
    #[command(flatten)]
    calc: CalcArgs,
}

fn args(line: &[&str]) -> CalcArgs {
    let mut words = vec!["calc"];
    words.extend_from_slice(line);
    Command::try_parse_from(words)
        .expect("arguments parse")
        .calc
}

fn json(line: &[&str]) -> Value {
    let mut words = line.to_vec();
    words.push("--json");
    let output = render(&args(&words)).expect("valid input");
    serde_json::from_str(&output).expect("output is JSON")
}

fn number(value: &Value) -> f64 {
    value.as_f64().expect("a number")
}

#[test]
fn json_has_guide_backoffs() {
    let output = json(&["120", "4", "--rpe", "8.5"]);
    assert_eq!(output["unit"], "kg");
    assert_eq!(output["top_set"]["load"], 120.0);
    assert_eq!(output["top_set"]["reps"], 4);
    assert_eq!(output["top_set"]["rpe"], 8.5);
    let backoffs = output["backoffs"].as_array().unwrap();
    assert_eq!(backoffs.len(), 2);
    // 120 × 0.9 = 108 → 107.5 kg (25 + 15 + 2.5 + 1.25 per side); real drop 1 − 107.5/120 = 10.4167 %.
    assert_eq!(number(&backoffs[0]["drop_percent"]), 10.0);
    assert_eq!(number(&backoffs[0]["exact"]), 108.0);
    assert_eq!(number(&backoffs[0]["loadable"]), 107.5);
    assert!((number(&backoffs[0]["real_drop_percent"]) - 10.416_667).abs() < 1e-5);
    let plates: Vec<f64> = backoffs[0]["plates_per_side"]
        .as_array()
        .unwrap()
        .iter()
        .map(number)
        .collect();
    assert_eq!(plates, [25.0, 15.0, 2.5, 1.25]);
    // 120 × 0.85 = 102 → 102.5 kg.
    assert_eq!(number(&backoffs[1]["exact"]), 102.0);
    assert_eq!(number(&backoffs[1]["loadable"]), 102.5);
}

#[test]
fn json_has_every_e1rm_method() {
    let output = json(&["225", "5", "--rpe", "8", "--unit", "lb"]);
    assert_eq!(output["unit"], "lb");
    let e1rm = &output["e1rm"];
    for key in [
        "rpe_chart",
        "rpe_chart_2025",
        "epley",
        "brzycki",
        "lander",
        "lombardi",
        "mayhew",
        "oconner",
        "wathan",
    ] {
        assert!(e1rm[key]["value"].is_number(), "{key}");
        assert_eq!(e1rm[key]["unreliable"], false, "{key}");
    }
    // 225 / 0.811 = 277.435 lb.
    assert!((number(&e1rm["rpe_chart"]["value"]) - 277.435_265).abs() < 1e-5);
    // Epley with 2 reps in reserve: 225 × (1 + 7/30) = 277.5 lb.
    assert!((number(&e1rm["epley"]["value"]) - 277.5).abs() < 1e-9);
}

#[test]
fn json_without_rpe_has_null_chart() {
    let output = json(&["100", "9"]);
    assert!(output["e1rm"]["rpe_chart"]["value"].is_null());
    assert!(output["top_set"]["rpe"].is_null());
    assert_eq!(number(&output["e1rm"]["epley"]["value"]), 130.0);
}

#[test]
fn json_marks_unreliable_methods() {
    let output = json(&["60", "15", "--rpe", "9"]);
    assert_eq!(output["e1rm"]["rpe_chart"]["unreliable"], true);
    assert_eq!(output["e1rm"]["epley"]["unreliable"], true);
}

#[test]
fn json_warmups_follow_guide() {
    let output = json(&["120", "4"]);
    let warmups: Vec<(f64, u64)> = output["warmups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|set| (number(&set["load"]), set["reps"].as_u64().unwrap()))
        .collect();
    assert_eq!(warmups, [(20.0, 10), (60.0, 8), (80.0, 5), (100.0, 3)]);
}

#[test]
fn drops_bar_and_plates_apply() {
    // 140 lb, a 45 lb bar and 5 lb smallest plates: 140 × 0.9 = 126 → 125.
    let output = json(&[
        "140",
        "5",
        "--unit",
        "lb",
        "--drop",
        "10",
        "--plates",
        "45,25,10,5",
    ]);
    let backoffs = output["backoffs"].as_array().unwrap();
    assert_eq!(backoffs.len(), 1);
    assert_eq!(number(&backoffs[0]["loadable"]), 125.0);
    // A 15 kg bar and a decimal comma in the drop.
    let output = json(&["100", "5", "--bar", "15", "--drop", "12,5"]);
    assert_eq!(number(&output["backoffs"][0]["exact"]), 87.5);
    assert_eq!(number(&output["warmups"][0]["load"]), 15.0);
}

#[test]
fn decimal_comma_load_accepted() {
    let output = json(&["102,5", "3"]);
    assert_eq!(output["top_set"]["load"], 102.5);
}

#[test]
fn table_shows_every_section() {
    let output = render(&args(&["120", "4", "--rpe", "8.5"])).unwrap();
    assert!(
        output.starts_with("Top set: 120 kg × 4 @ RPE 8.5\n"),
        "{output}"
    );
    assert!(output.contains("RPE chart        141.18 kg"), "{output}");
    assert!(
        output.contains("10 %  108 kg  107.5 kg  10.42 %    25 + 15 + 2.5 + 1.25"),
        "{output}"
    );
    assert!(output.contains("60 kg × 8   20\n"), "{output}");
}

#[test]
fn table_marks_unreliable_and_missing() {
    let output = render(&args(&["60", "15"])).unwrap();
    assert!(output.contains("RPE chart        needs an RPE"), "{output}");
    assert!(output.contains("unreliable"), "{output}");
}

#[test]
fn invalid_input_names_value() {
    let cases: [(&[&str], &str); 10] = [
        (&["-100", "5"], "invalid load \"-100\""),
        (&["abc", "5"], "invalid load \"abc\""),
        // The journal's limits: 2000 per load and 1000 reps per set.
        (
            &["2000.5", "5"],
            "invalid load \"2000.5\": expected a positive number up to 2000",
        ),
        (&["100", "0"], "invalid reps \"0\""),
        (&["100", "-3"], "invalid reps \"-3\""),
        (
            &["100", "100000"],
            "invalid reps \"100000\": expected a whole number from 1 to 1000",
        ),
        (&["100", "5", "--rpe", "11"], "invalid RPE \"11\""),
        (&["100", "5", "--rpe", "0"], "invalid RPE \"0\""),
        (&["100", "5", "--unit", "stone"], "unknown unit \"stone\""),
        (&["100", "5", "--drop", "120"], "invalid drop \"120\""),
    ];
    for (line, expected) in cases {
        let error = render(&args(line)).expect_err("invalid input");
        assert!(error.to_string().starts_with(expected), "{line:?}: {error}");
    }
    let error = render(&args(&["100", "5", "--plates", "20x"])).unwrap_err();
    assert!(error.to_string().contains("20x"), "{error}");
}
