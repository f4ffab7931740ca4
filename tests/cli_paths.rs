//! Paths given on the command line reach messages escaped: a file name with
//! ESC or another control character must not drive the terminal (colours,
//! the window title, cursor moves) when an error or a report names it.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{TODAY, socialplan};

/// A directory name that would turn a terminal red.
const RED_DIRECTORY: &str = "\u{1b}[31mred";
/// A file name that would set the terminal window's title.
const TITLE_FILE: &str = "\u{1b}]0;title\u{7}.csv";

fn run(home: &Path, plan: &Path, args: &[&str]) -> Output {
    socialplan(home)
        .arg("--file")
        .arg(plan)
        .args(["--today", TODAY])
        .args(args)
        .output()
        .unwrap()
}

/// Neither ESC nor BEL reach the terminal, and `escaped` is shown instead.
fn assert_escaped(bytes: &[u8], escaped: &str) {
    let text = String::from_utf8_lossy(bytes);
    assert!(!bytes.contains(&0x1b), "raw ESC in {text:?}");
    assert!(!bytes.contains(&0x07), "raw BEL in {text:?}");
    assert!(text.contains(escaped), "{escaped:?} not in {text:?}");
}

/// The demo plan, written to `path`.
fn write_demo(home: &Path, path: &Path) {
    let output = socialplan(home)
        .args(["--demo", "--today", TODAY, "export", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    fs::write(path, output.stdout).unwrap();
}

fn red_directory(home: &Path) -> PathBuf {
    let dir = home.join(RED_DIRECTORY);
    fs::create_dir(&dir).unwrap();
    dir
}

#[test]
fn a_damaged_plan_in_a_directory_with_esc_is_named_escaped() {
    let home = tempfile::tempdir().unwrap();
    let plan = red_directory(home.path()).join("x.json");
    fs::write(&plan, "{ \"schema_version\": 1,").unwrap();
    for command in [&["status"][..], &["check"], &["update", "ig", "3"]] {
        let output = run(home.path(), &plan, command);
        assert_eq!(output.status.code(), Some(1), "{command:?}");
        assert_escaped(&output.stderr, "\\u{1b}[31mred/x.json:");
    }
}

#[test]
fn a_backup_beside_a_damaged_plan_is_named_escaped() {
    let home = tempfile::tempdir().unwrap();
    let plan = red_directory(home.path()).join("x.json");
    fs::write(&plan, "[]").unwrap();
    fs::write(plan.with_extension("json.bak"), "{}").unwrap();
    let output = run(home.path(), &plan, &["status"]);
    assert_escaped(&output.stderr, "\\u{1b}[31mred/x.json.bak");
}

#[test]
fn values_from_a_damaged_file_are_escaped_too() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.json");
    write_demo(home.path(), &plan);
    // JSON escapes the control character; serde names the bad value raw.
    let text = fs::read_to_string(&plan).unwrap().replacen(
        "\"direction\": \"increase\"",
        "\"direction\": \"\\u001b[2J\"",
        1,
    );
    fs::write(&plan, text).unwrap();
    let output = run(home.path(), &plan, &["status"]);
    assert_escaped(&output.stderr, "unknown variant `\\u{1b}[2J`");
}

#[test]
fn a_plan_under_a_file_with_esc_is_named_escaped() {
    let home = tempfile::tempdir().unwrap();
    // A file where the plan's directory should be: the plan cannot be read.
    fs::write(home.path().join(RED_DIRECTORY), "").unwrap();
    let plan = home.path().join(RED_DIRECTORY).join("x.json");
    for command in [&["status"][..], &["update", "ig", "3"]] {
        let output = run(home.path(), &plan, command);
        assert_eq!(output.status.code(), Some(1), "{command:?}");
        assert_escaped(&output.stderr, "\\u{1b}[31mred/x.json");
    }
}

#[test]
fn an_import_file_that_cannot_be_read_is_named_escaped() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.json");
    write_demo(home.path(), &plan);
    let missing = home.path().join(TITLE_FILE);
    let output = run(
        home.path(),
        &plan,
        &["import", "--format", "csv", missing.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_escaped(&output.stderr, "\\u{1b}]0;title\\u{7}.csv");
}

#[test]
fn rows_of_an_import_file_are_named_escaped() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.json");
    write_demo(home.path(), &plan);
    let sheet = home.path().join(TITLE_FILE);
    fs::write(&sheet, "not,the,columns\n1,2,3\n").unwrap();
    let output = run(
        home.path(),
        &plan,
        &["import", "--format", "csv", sheet.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_escaped(&output.stderr, "\\u{1b}]0;title\\u{7}.csv:1:");
}

#[test]
fn an_export_names_its_output_escaped_whether_written_or_not() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.json");
    write_demo(home.path(), &plan);
    let written = home.path().join(TITLE_FILE);
    let output = run(
        home.path(),
        &plan,
        &[
            "export",
            "--format",
            "csv",
            "--output",
            written.to_str().unwrap(),
        ],
    );
    assert!(output.status.success());
    assert!(written.exists());
    assert_escaped(&output.stdout, "\\u{1b}]0;title\\u{7}.csv");

    // A file where the output's directory should be.
    fs::write(home.path().join(RED_DIRECTORY), "").unwrap();
    let unwritable = home.path().join(RED_DIRECTORY).join("out.csv");
    let output = run(
        home.path(),
        &plan,
        &[
            "export",
            "--format",
            "csv",
            "--output",
            unwritable.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_escaped(&output.stderr, "\\u{1b}[31mred/out.csv");
}

#[test]
fn spanish_messages_escape_paths_as_well() {
    let home = tempfile::tempdir().unwrap();
    let plan = red_directory(home.path()).join("x.json");
    fs::write(&plan, "{ \"schema_version\": 1,").unwrap();
    let output = socialplan(home.path())
        .arg("--file")
        .arg(&plan)
        .args(["--lang", "es", "status"])
        .output()
        .unwrap();
    assert_escaped(&output.stderr, "\\u{1b}[31mred/x.json:");
    assert!(String::from_utf8_lossy(&output.stderr).contains("JSON no válido"));
}

#[test]
fn the_tui_title_and_problem_line_show_the_path_escaped() {
    use socialplan::i18n::Lang;
    use socialplan::theme::Theme;
    use socialplan::tui::App;
    use socialplan::workspace::Workspace;

    let home = tempfile::tempdir().unwrap();
    let plan = red_directory(home.path()).join("x.json");
    fs::write(&plan, "{ \"schema_version\": 1,").unwrap();
    let error = Workspace::open(&plan, false, common::today())
        .err()
        .unwrap();
    let app = App::new(
        Workspace::unreadable(&plan, common::today()),
        Lang::En,
        Theme::new(false, false),
    )
    .with_problem(Lang::En.store_error(&error));
    let screen = common::text(&common::render(&app, 120, 24));
    assert!(!screen.contains('\u{1b}'), "{screen}");
    let title = screen.lines().next().unwrap();
    assert!(title.ends_with("\\u{1b}[31mred/x.json"), "{title}");
    assert!(
        screen.contains("\\u{1b}[31mred/x.json:1:22"),
        "the problem line: {screen}"
    );
}
