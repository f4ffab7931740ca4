//! Driving the TUI as a person does: key events in, a rendered screen out.
#![allow(dead_code, clippy::unwrap_used)] // each test file uses its own part

pub mod posts;
pub mod pty;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use socialplan::domain::Plan;
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

pub const TODAY: &str = "2027-01-20"; // a Wednesday, in 2027-W03

pub fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

/// The demo plan in the TUI (edits stay in memory: the demo is never written).
pub fn demo(lang: Lang) -> App {
    App::new(
        Workspace::demo(today(), lang),
        lang,
        Theme::new(true, false),
    )
}

/// The TUI on a plan file in `dir` holding `plan` (the demo plan if None).
pub fn on_file(dir: &Path, plan: Option<Plan>, lang: Lang) -> (App, PathBuf) {
    let path = plan_file(dir, plan, lang);
    (open(&path, lang), path)
}

/// A plan file `dir/plan.json` holding `plan` (the demo plan if None).
pub fn plan_file(dir: &Path, plan: Option<Plan>, lang: Lang) -> PathBuf {
    let path = dir.join("plan.json");
    let plan = plan.unwrap_or_else(|| socialplan::demo::plan(today(), lang));
    std::fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    path
}

/// The TUI on an existing file (or none yet), in colour with Unicode.
pub fn open(path: &Path, lang: Lang) -> App {
    open_with(path, lang, Theme::new(true, false))
}

/// The TUI on an existing file (or none yet), drawn with `theme`.
pub fn open_with(path: &Path, lang: Lang, theme: Theme) -> App {
    let workspace = Workspace::open(path, false, today()).unwrap();
    App::new(workspace, lang, theme)
}

/// English, Spanish and ASCII, each with the snapshot name it is kept
/// under: `{lang}_80x24_{what}`, `en_ascii_80x24_{what}`.
pub fn languages_and_themes(what: &str) -> [(Lang, Theme, String); 3] {
    [
        (
            Lang::En,
            Theme::new(true, false),
            format!("en_80x24_{what}"),
        ),
        (
            Lang::Es,
            Theme::new(true, false),
            format!("es_80x24_{what}"),
        ),
        (
            Lang::En,
            Theme::new(false, true),
            format!("en_ascii_80x24_{what}"),
        ),
    ]
}

/// The screen at 80×24 after `pressed`, on a file holding `plan`, without
/// the title line (it holds the file's path, which changes per run).
pub fn body_after(plan: Plan, lang: Lang, theme: Theme, pressed: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), Some(plan), lang);
    let mut app = open_with(&path, lang, theme);
    keys(&mut app, pressed);
    let shown = text(&render(&app, 80, 24));
    shown.lines().skip(1).collect::<Vec<_>>().join("\n")
}

/// The plan as saved in the file.
pub fn saved(path: &Path) -> Plan {
    socialplan::store::parse(path, &std::fs::read(path).unwrap()).unwrap()
}

/// Sends keys: plain characters are typed one by one; `<Name>` is a special
/// key: <Enter> <Esc> <Tab> <S-Tab> <Up> <Down> <Left> <Right> <PgUp> <PgDn>
/// <Home> <End> <BS> <Space> <C-x> (Ctrl with a letter).
pub fn keys(app: &mut App, keys: &str) {
    send(keys, |key| {
        app.handle_key(key);
    });
}

/// As [`keys`], each key answered as the terminal's loop answers it
/// (`App::handle_key_at`): what is left for the loop to catch up on while
/// no key waits (the plan check, panes, views not shown) is left for
/// [`App::catch_up`].
pub fn keys_live(app: &mut App, keys: &str) {
    send(keys, |key| {
        app.handle_key_at(key, std::time::Instant::now());
    });
}

fn send(keys: &str, mut press: impl FnMut(KeyEvent)) {
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            if name.len() > 1 || name == "<" {
                press(special(name));
                rest = &rest[end + 1..];
                continue;
            }
        }
        press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        rest = &rest[c.len_utf8()..];
    }
}

fn special(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match name {
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "BS" => plain(KeyCode::Backspace),
        "Space" => plain(KeyCode::Char(' ')),
        ctrl if ctrl.starts_with("C-") => KeyEvent::new(
            KeyCode::Char(ctrl.chars().nth(2).unwrap()),
            KeyModifiers::CONTROL,
        ),
        other => panic!("unknown key <{other}>"),
    }
}

/// Draws the app at `width`×`height` as a terminal would show it.
pub fn render(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, trailing spaces trimmed.
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < area.width {
            let cell = &buffer[(x, y)];
            line.push_str(cell.symbol());
            // A wide character fills the next cell too.
            x +=
                u16::try_from(unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1)).unwrap();
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen at 80×24 as text.
pub fn screen(app: &App) -> String {
    text(&render(app, 80, 24))
}

/// The screen row that mentions `needle`.
pub fn line_with(screen: &str, needle: &str) -> String {
    screen
        .lines()
        .find(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("no {needle:?} in\n{screen}"))
        .to_string()
}

/// Where `needle` starts on screen (column, row), if it is shown.
pub fn find(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let screen = text(buffer);
    screen.lines().enumerate().find_map(|(y, line)| {
        let byte = line.find(needle)?;
        let x = unicode_width::UnicodeWidthStr::width(&line[..byte]);
        Some((u16::try_from(x).ok()?, u16::try_from(y).ok()?))
    })
}

/// Variables the binary must not inherit: they would pick a plan file, a
/// language, a colour preference, a debug log or a deliberate panic from
/// outside the test.
pub const OUTSIDE_VARS: [&str; 9] = [
    "SOCIALPLAN_FILE",
    "SOCIALPLAN_LOG",
    "SOCIALPLAN_TEST_PANIC",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "NO_COLOR",
    // A test never opens the person's own editor.
    "VISUAL",
    "EDITOR",
];

/// What the binary gets instead: English, and a home and data directory
/// inside `home`, never the real ones.
pub fn clean_vars(home: &Path) -> [(&'static str, std::ffi::OsString); 3] {
    [
        ("LANG", "C".into()),
        ("HOME", home.into()),
        ("XDG_DATA_HOME", home.join("data").into()),
    ]
}

/// The binary with a clean environment: English, no colour preference, no
/// plan file from the outside, and a data directory inside `home`.
pub fn socialplan(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("socialplan").unwrap();
    for var in OUTSIDE_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(clean_vars(home));
    cmd
}

/// What a command that must succeed printed; its stderr if it did not.
pub fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A plan file `dir/plan.json` holding the demo plan, as `export` writes it.
pub fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("plan.json");
    socialplan(dir)
        .args([
            "--demo", "--today", TODAY, "export", "--format", "json", "--output",
        ])
        .arg(&path)
        .assert()
        .success();
    path
}
