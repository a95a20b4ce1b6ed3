//! Program files: export and import, templates, refused files and the
//! printable sheet.

use std::path::Path;

use topset::model::{
    Equipment, Exercise, Journal, Language, Muscle, Program, Settings, StartingPoint, Suitability,
    project_program, synthetic::guide_program,
};
use topset::storage::{
    PROGRAM_FILE_VERSION, ProgramFile, StorageError, TEMPLATES, import_program, load_program_file,
    load_template, program_file_for, program_file_from_str, program_file_to_string,
    save_program_file,
};

fn custom_exercise() -> Exercise {
    Exercise::new(
        "Safety Bar Squat",
        &[Muscle::Quads, Muscle::Glutes],
        Equipment::Barbell,
        Suitability::Good,
    )
}

fn journal_with_custom_program() -> Journal {
    let mut program = guide_program();
    program.weeks[0].days[1].slots[0].exercise = "Safety Bar Squat".to_owned();
    program
        .starting_points
        .insert("Bench Press".to_owned(), StartingPoint::TrainingMax(140.0));
    Journal {
        exercises: vec![custom_exercise()],
        programs: vec![program],
        ..Journal::default()
    }
}

#[test]
fn export_then_import_is_equal() {
    let journal = journal_with_custom_program();
    let file = program_file_for(&journal, 0).expect("program 0");
    assert_eq!(file.exercises, vec![custom_exercise()]);

    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("block.ron");
    save_program_file(&file, &path).expect("export");
    let loaded = load_program_file(&path).expect("import");
    assert_eq!(loaded, file);

    let import = import_program(&Journal::default(), loaded);
    assert_eq!(import.program, journal.programs[0]);
    assert_eq!(import.new_exercises, vec![custom_exercise()]);
    assert!(import.unmatched.is_empty());
}

#[test]
fn export_puts_one_slot_per_line() {
    let journal = journal_with_custom_program();
    let file = program_file_for(&journal, 0).expect("program 0");
    let text = program_file_to_string(&file).expect("encode");
    assert!(text.starts_with("(\n  version: 1,\n  program: (\n    name: "));
    let prescription_line = text
        .lines()
        .find(|line| line.contains("prescription: TopSetBackoff("))
        .expect("a top set line");
    assert!(prescription_line.contains("backoff_reps: 8"));
    assert!(prescription_line.contains("rule: PercentDrop(10.0)"));
}

#[test]
fn import_matches_names_loosely() {
    let mut program = guide_program();
    program.weeks[0].days[0].slots[0].exercise = "  bench   PRESS ".to_owned();
    program.weeks[0].days[0].slots[1].exercise = "Zercher Squat".to_owned();
    program.weeks[1].days[0].slots[1].exercise = "zercher squat".to_owned();
    let mut journal = Journal::default();
    journal.programs.push(guide_program());

    let import = import_program(&journal, ProgramFile::new(program, Vec::new()));
    assert_eq!(
        import.program.weeks[0].days[0].slots[0].exercise,
        "Bench Press"
    );
    assert_eq!(import.unmatched, vec!["Zercher Squat".to_owned()]);
    assert_eq!(
        import.program.name,
        "Top set + backoff — guide workouts (2)"
    );
    import.apply(&mut journal);
    assert_eq!(journal.programs.len(), 2);
}

#[test]
fn newer_version_is_refused() {
    let text = "(version: 7, program: (name: \"Later\", weeks: [], future: 1))";
    let error = program_file_from_str(text, Path::new("later.ron")).expect_err("refused");
    assert!(matches!(error, StorageError::NewerVersion { found: 7, .. }));
    let message = error.to_string();
    assert!(message.contains('7'), "{message}");
    assert!(
        message.contains(&PROGRAM_FILE_VERSION.to_string()),
        "{message}"
    );
    let shown = error.localized();
    assert!(shown.contains("version 7"), "{shown}");
    assert!(shown.contains("up to 1"), "{shown}");
}

#[test]
fn malformed_file_names_line_and_column() {
    let text = "(\n  version: 1,\n  program: (name: \"Broken\", weeks: [(days: [)]),\n)\n";
    let error = program_file_from_str(text, Path::new("broken.ron")).expect_err("refused");
    let StorageError::Syntax { line, column, .. } = &error else {
        panic!("expected a syntax error, got {error:?}");
    };
    // Line 3 is `  program: (name: "Broken", weeks: [(days: [)]),` and its
    // 45th character is the `)` that closes a list still open.
    assert_eq!(*line, 3);
    assert_eq!(*column, 45);
    let shown = error.localized();
    assert!(shown.contains("broken.ron, line 3, column 45"), "{shown}");
}

#[test]
fn every_template_loads() {
    assert_eq!(TEMPLATES.len(), 4);
    for (key, _) in TEMPLATES {
        let file = load_template(key).unwrap_or_else(|error| panic!("{key}: {error}"));
        assert_eq!(file.version, PROGRAM_FILE_VERSION, "{key}");
        assert_eq!(file.program.weeks.len(), 4, "{key}");
        let slots = file
            .program
            .weeks
            .iter()
            .flat_map(|week| &week.days)
            .flat_map(|day| &day.slots);
        for slot in slots {
            assert!(
                topset::model::find_exercise(&slot.exercise, &[]).is_some(),
                "{key}: {} is not in the library",
                slot.exercise
            );
        }
    }
}

#[test]
fn guide_template_has_sample_workouts() {
    let file = load_template("guide_workouts").expect("template");
    let names: Vec<&str> = file.program.weeks[0]
        .days
        .iter()
        .map(|day| day.name.as_str())
        .collect();
    assert_eq!(names, ["Push", "Legs", "Full upper"]);
    let heavy = load_template("heavy_volume_days").expect("template");
    assert_eq!(heavy.program.weeks[0].days.len(), 4);
}

#[test]
fn sheet_lists_planned_loads() {
    let mut program: Program = guide_program();
    program
        .starting_points
        .insert("Bench Press".to_owned(), StartingPoint::TrainingMax(140.0));
    let projection = project_program(&program, &[], &[], &Settings::default());
    let html = topset::export::program_sheet_html(&program, &projection, Language::English);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<h2>Week 1</h2>"));
    assert!(html.contains("<h3>Push</h3>"));
    // 140 × 85 % (4 reps at RPE 8.5) = 119, and the nearest loadable load is
    // 120 kg (1 kg away, against 1.5 kg for 117.5).
    assert!(html.contains("120 kg × 4"), "{html}");
    assert!(html.contains("Top set 1 × 4 @ RPE 8.5, then 3 × 8 backoff (−10 %)"));
}

#[test]
fn negative_increment_is_refused() {
    let text = "(version: 1, program: (name: \"Block\", weeks: [(days: [(name: \"A\", slots: [\
        (exercise: \"Squat\", prescription: StraightSets((sets: 3, reps_min: 8, reps_max: 10)), \
        progression: Some(Linear(increment: -5.0)))])])]))";
    let error = program_file_from_str(text, Path::new("minus.ron")).expect_err("refused");
    let StorageError::Invalid { field, .. } = &error else {
        panic!("expected an invalid value, got {error:?}");
    };
    assert!(field.contains("progression"), "{field}");
    assert!(field.contains("increment"), "{field}");
}
