//! Printable program sheet: one HTML page laying out the block for the gym,
//! every day of every week with its sets, planned loads and rest times.

use crate::model::{
    BackoffRule, ExerciseSlot, Language, Prescription, Program, ProjectedSlot, Projection,
    format_number,
};

/// Builds the HTML sheet of `program` in `language`, with the planned loads
/// of `projection` and the sessions logged against it.
pub fn program_sheet_html(
    program: &Program,
    projection: &Projection,
    language: Language,
) -> String {
    let text = |key: &str| rust_i18n::t!(key, locale = language.code()).into_owned();
    let mut html = String::new();
    html.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n",
        language.code(),
        escape(&program.name)
    ));
    html.push_str(STYLE);
    html.push_str("</head>\n<body>\n");
    html.push_str(&format!("<h1>{}</h1>\n", escape(&program.name)));
    if !program.author.is_empty() {
        html.push_str(&format!(
            "<p class=\"author\">{} {}</p>\n",
            escape(&text("sheet.by")),
            escape(&program.author)
        ));
    }
    for paragraph in [&program.description, &program.notes] {
        if !paragraph.trim().is_empty() {
            html.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
        }
    }

    for (week_index, week) in program.weeks.iter().enumerate() {
        let title = rust_i18n::t!(
            "editor.week_number",
            locale = language.code(),
            number = week_index + 1
        );
        html.push_str(&format!(
            "<section class=\"week\">\n<h2>{}</h2>\n",
            escape(&title)
        ));
        for (day_index, day) in week.days.iter().enumerate() {
            html.push_str(&format!("<h3>{}</h3>\n<table>\n", escape(&day.name)));
            html.push_str(&format!(
                "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                escape(&text("sheet.exercise")),
                escape(&text("sheet.sets")),
                escape(&text("sheet.loads")),
                escape(&text("sheet.rest")),
                escape(&text("sheet.logged")),
            ));
            for (slot_index, slot) in day.slots.iter().enumerate() {
                let projected = projection
                    .day(week_index, day_index)
                    .and_then(|day| day.slots.get(slot_index));
                html.push_str(&slot_row(slot, projected, program, language));
            }
            html.push_str("</table>\n");
        }
        html.push_str("</section>\n");
    }
    html.push_str("</body>\n</html>\n");
    html
}

fn slot_row(
    slot: &ExerciseSlot,
    projected: Option<&ProjectedSlot>,
    program: &Program,
    language: Language,
) -> String {
    let unit = program.unit.symbol();
    let loads = projected
        .map(|projected| {
            projected
                .sets
                .iter()
                .map(|set| format!("{} {unit} × {}", number(set.loadable, language), set.reps))
                .collect::<Vec<_>>()
                .join("<br>")
        })
        .unwrap_or_default();
    let logged = projected
        .and_then(|projected| projected.logged.as_ref())
        .map(|logged| {
            logged
                .sets
                .iter()
                .filter(|set| set.kind.is_working())
                .map(|set| {
                    let load = set
                        .load
                        .map(|load| {
                            format!("{} {unit}", number(load.value_in(program.unit), language))
                        })
                        .unwrap_or_default();
                    format!("{load} × {}", set.reps)
                })
                .collect::<Vec<_>>()
                .join("<br>")
        })
        .unwrap_or_default();
    let rest = slot
        .rest_secs
        .map(|seconds| format!("{}:{:02}", seconds / 60, seconds % 60))
        .unwrap_or_default();
    format!(
        "<tr><td>{}</td><td>{}</td><td>{loads}</td><td>{rest}</td><td class=\"logged\">{logged}</td></tr>\n",
        escape(&slot.exercise),
        escape(&prescription_text(&slot.prescription, language)),
    )
}

/// "1 × 4 @ RPE 8.5, then 3 × 8 at −10 %" in `language`.
fn prescription_text(prescription: &Prescription, language: Language) -> String {
    let locale = language.code();
    let rpe = |rpe: Option<f64>| {
        rpe.map(|rpe| format!(" @ RPE {}", number(rpe, language)))
            .unwrap_or_default()
    };
    match prescription {
        Prescription::TopSetBackoff(plan) => {
            let rule = match &plan.rule {
                BackoffRule::PercentDrop(drop) => format!("−{} %", number(*drop, language)),
                BackoffRule::RpeTarget(target) => format!("RPE {}", number(*target, language)),
                BackoffRule::RepeatUntilRpe { drop_percent, .. } => format!(
                    "−{} %, {}",
                    number(*drop_percent, language),
                    rust_i18n::t!("sheet.until_rpe", locale = locale)
                ),
            };
            rust_i18n::t!(
                "sheet.top_set_backoff",
                locale = locale,
                top = format!("{} × {}{}", plan.top_sets, plan.top_reps, rpe(plan.top_rpe)),
                backoff = format!("{} × {}", plan.backoff_sets, plan.backoff_reps),
                rule = rule
            )
            .into_owned()
        }
        Prescription::StraightSets(plan) => format!(
            "{} × {}–{}{}",
            plan.sets,
            plan.reps_min,
            plan.reps_max,
            rpe(plan.rpe)
        ),
        Prescription::Pyramid(plan) => {
            let reps: Vec<String> = plan.reps.iter().map(u32::to_string).collect();
            format!(
                "{} {}{}",
                rust_i18n::t!("editor.pyramid", locale = locale),
                reps.join("/"),
                rpe(plan.rpe)
            )
        }
        Prescription::Cluster(plan) => rust_i18n::t!(
            &format!("sheet.cluster.{}", crate::plural_form(locale, plan.sets)),
            locale = locale,
            sets = plan.sets,
            clusters = plan.clusters,
            reps = plan.reps_per_cluster,
            rest = plan.intra_rest_secs
        )
        .into_owned(),
        Prescription::RestPause(plan) => rust_i18n::t!(
            "sheet.rest_pause",
            locale = locale,
            reps = plan.activation_reps,
            mini_sets = plan.mini_sets,
            mini_reps = plan.mini_reps,
            pause = plan.pause_secs
        )
        .into_owned(),
    }
}

/// Formats a number, with a decimal comma in French.
fn number(value: f64, language: Language) -> String {
    let text = format_number(value);
    match language {
        Language::French => text.replace('.', ","),
        _ => text,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "<style>
body { font-family: sans-serif; margin: 1.5em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border: 1px solid #888; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
td.logged { min-width: 8em; }
section.week { page-break-after: always; }
</style>
";
