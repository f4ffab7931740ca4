//! The command line in Spanish: clap's own words (headings, placeholders,
//! its parse errors) and the details of load errors, as well as the texts.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::fs;

use common::{demo_file, socialplan, stdout};

/// clap's English words, none of which a Spanish help or error may show.
const ENGLISH: &[&str] = &[
    "Usage",
    "Commands",
    "Options",
    "Arguments",
    "Print help",
    "Print version",
    "possible values",
    "default:",
    "unrecognized",
    "invalid value",
    "unexpected argument",
    "required",
    "For more information",
    "tip",
    "<PATH>",
    "<VALUE>",
    "<YYYY-MM-DD>",
    "<OBJECTIVE>",
    "[OPTIONS]",
    "COMMAND",
];

fn assert_no_english(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "{word:?} in:\n{text}");
    }
}

/// `text` holds each of `expected`.
fn assert_says(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(text.contains(expected), "{expected:?} in:\n{text}");
    }
}

/// What a refused command line wrote on stderr; it must exit with 2.
fn usage_error(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let output = socialplan(home.path()).args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?}");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn the_help_is_all_spanish() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--lang", "es", "--help"][..],
        &["--lang", "es", "calendar", "--help"],
        &["--lang", "es", "update", "--help"],
        &["--lang", "es", "help", "post"],
        &["--lang", "es", "post", "set", "-h"],
    ] {
        let help = stdout(socialplan(home.path()).args(args));
        assert_no_english(&help);
        assert_says(&help, &["Uso: socialplan"]);
        assert_says(&help, &["Opciones:"]);
        assert_says(&help, &["-h, --help"]);
    }
}

#[test]
fn the_help_shows_spanish_headings_placeholders_and_value_lists() {
    let home = tempfile::tempdir().unwrap();
    let help = stdout(socialplan(home.path()).args(["--lang", "es", "--help"]));
    assert_says(
        &help,
        &[
            "Uso: socialplan [OPCIONES] [COMANDO]",
            "Comandos:",
            "--file <RUTA>",
            "--today <AAAA-MM-DD>",
            "-V, --version",
            "Muestra la versión",
            "[por defecto: auto] [valores posibles: auto, always, never]",
        ],
    );
    let update = stdout(socialplan(home.path()).args(["--lang", "es", "update", "--help"]));
    assert_says(&update, &["Argumentos:", "<OBJETIVO>", "<VALOR>"]);
}

/// A Spanish locale gives the same help as `--lang es`.
#[test]
fn the_locale_gives_the_spanish_help() {
    let home = tempfile::tempdir().unwrap();
    let help = stdout(
        socialplan(home.path())
            .env("LANG", "es_ES.UTF-8")
            .args(["calendar", "--help"]),
    );
    assert_no_english(&help);
    assert_says(&help, &["--zoom <ESCALA>"]);
}

/// English keeps clap's words.
#[test]
fn the_english_help_keeps_clap_words() {
    let home = tempfile::tempdir().unwrap();
    let help = stdout(socialplan(home.path()).args(["--lang", "en", "calendar", "--help"]));
    // clap may wrap a long line: compare words, not spaces.
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_says(
        &help,
        &[
            "Usage: socialplan calendar [OPTIONS]",
            "Options:",
            "--from <YYYY-MM-DD>",
            "[default: week] [possible values: day, week, month]",
            "Print help",
        ],
    );
}

#[test]
fn an_unknown_subcommand_is_refused_in_spanish() {
    let error = usage_error(&["--lang", "es", "frobnicate"]);
    assert_no_english(&error);
    assert!(
        error.starts_with("error: el subcomando 'frobnicate' no existe"),
        "{error}"
    );
    assert_says(&error, &["Para más información, prueba '--help'."]);
    let error = usage_error(&["--lang", "es", "stats"]);
    assert_says(
        &error,
        &["consejo: existe un subcomando parecido: 'status'"],
    );
}

#[test]
fn an_invalid_value_is_refused_with_the_possible_values_in_spanish() {
    let error = usage_error(&["--lang", "es", "calendar", "--zoom", "year"]);
    assert_no_english(&error);
    assert_says(
        &error,
        &["el valor 'year' no es válido para '--zoom <ESCALA>'"],
    );
    assert_says(&error, &["[valores posibles: day, week, month]"]);
}

#[test]
fn an_unknown_option_is_refused_in_spanish() {
    let error = usage_error(&["--lang", "es", "status", "--bogus"]);
    assert_no_english(&error);
    assert_says(&error, &["el argumento '--bogus' no se esperaba aquí"]);
    assert_says(&error, &["Uso: socialplan status [OPCIONES]"]);
}

#[test]
fn missing_arguments_and_values_are_refused_in_spanish() {
    let error = usage_error(&["--lang", "es", "update"]);
    assert_no_english(&error);
    assert_says(
        &error,
        &["faltan estos argumentos obligatorios: <OBJETIVO>, <VALOR>"],
    );
    let error = usage_error(&["--lang", "es", "status", "--today"]);
    assert_no_english(&error);
    assert_says(&error, &["'--today <AAAA-MM-DD>' necesita un valor"]);
    let error = usage_error(&["--lang", "es", "--today", "2027-13-01", "status"]);
    assert_no_english(&error);
}

/// The same mistakes in English keep clap's words and its exit status.
#[test]
fn english_errors_keep_clap_words() {
    let error = usage_error(&["--lang", "en", "calendar", "--zoom", "year"]);
    assert_says(&error, &["invalid value 'year' for '--zoom <ZOOM>'"]);
    assert_says(&error, &["[possible values: day, week, month]"]);
    assert_says(&error, &["For more information, try '--help'."]);
}

/// A field of the wrong type: serde's detail is English, so the Spanish
/// message says what is wrong and keeps the detail in parentheses.
#[test]
fn a_wrong_type_in_the_plan_is_explained_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let text = fs::read_to_string(&path).unwrap();
    let damaged = text.replacen("\"target\": ", "\"target\": \"mucho\", \"was\": ", 1);
    assert_ne!(text, damaged);
    fs::write(&path, damaged).unwrap();
    let output = socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--lang", "es", "status"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error
            .contains("campo objectives[0].target: el valor no es del tipo esperado (invalid type"),
        "{error}"
    );
}

/// A finding keeps its stable code in Spanish, with the rule's Spanish
/// name beside it; English shows the code alone.
#[test]
fn findings_keep_their_code_with_the_spanish_name() {
    let home = tempfile::tempdir().unwrap();
    let check = |lang: &str| {
        let output = socialplan(home.path())
            .args(["--demo", "--today", common::TODAY, "--width", "200"])
            .args(["--lang", lang, "check"])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    let spanish = check("es");
    assert_says(
        &spanish,
        &["channel-over-budget (canal por encima del presupuesto)  canal instagram"],
    );
    let english = check("en");
    assert_says(&english, &["channel-over-budget  channel instagram"]);
    assert!(!english.contains("channel-over-budget ("), "{english}");
}

/// Spanish tables and messages write dates and post statuses as Spain
/// reads them: "30/11/2026" and "publicada", never "2026-11-30" and
/// "published" (the values `--status` takes stay as `--help` lists them).
#[test]
fn spanish_lists_and_errors_write_dates_and_statuses_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let on_plan = |args: &[&str]| {
        let mut cmd = socialplan(dir.path());
        cmd.arg("--file")
            .arg(&path)
            .args(["--today", "2026-11-30", "--lang", "es"]);
        cmd.args(args);
        cmd
    };
    let list = stdout(&mut on_plan(&["post", "list", "--status", "published"]));
    let first = list.lines().nth(1).unwrap();
    assert!(first.contains("publicada"), "{list}");
    assert!(!list.contains("published"), "{list}");
    let date = first.split_whitespace().next().unwrap();
    assert!(
        chrono::NaiveDate::parse_from_str(date, "%d/%m/%Y").is_ok(),
        "{list}"
    );
    let status = stdout(&mut on_plan(&["status"]));
    assert!(
        status.lines().next().unwrap().ends_with("30/11/2026"),
        "{status}"
    );
    let refused = on_plan(&["update", "ig-followers", "1700", "--date", "5/12/2026"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let error = String::from_utf8(refused.stderr).unwrap();
    assert!(
        error.contains("05/12/2026 es posterior a hoy (30/11/2026)"),
        "{error}"
    );
}

/// The merge help names its arguments as its usage line does.
#[test]
fn the_spanish_merge_help_names_its_arguments_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let help = stdout(socialplan(dir.path()).args(["--lang", "es", "merge", "--help"]));
    assert!(help.contains("<NUESTRA>"), "{help}");
    assert!(help.contains("NUESTRA se sobrescribe"), "{help}");
    assert!(!help.contains("OURS"), "{help}");
}
