//! What a large plan costs: loading and saving it, drawing the Gantt chart,
//! one full frame of each tab, and one keypress answered (update, draw,
//! diff, terminal escapes); the same on "10k+posts" (100 000 posts, the
//! `*_posts` benchmarks), the agenda, and CSV imports. Run with `cargo bench`; CI runs each once with
//! `cargo bench -- --sample-count 1 --sample-size 1`. The figures and how
//! they were taken are in docs/PERFORMANCE.md. Before the timings it prints
//! the bytes written to the terminal for the first frame, a selection move,
//! a calendar step and a tab switch (bytes do not vary, so they are counted
//! once; tests/perf_budgets.rs asserts the budgets on them).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use chrono::NaiveDate;
use divan::Bencher;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use ratatui::{Terminal, TerminalOptions, Viewport};
use socialplan::calendar::gantt::Gantt;
use socialplan::calendar::layout::{ByDate, Chart};
use socialplan::calendar::timeline::{Timeline, Zoom};
use socialplan::domain::sieve::Keep;
use socialplan::domain::{Context, Edit, Plan};
use socialplan::generate::{self, Size};
use socialplan::i18n::Lang;
use socialplan::store::{self, Store};
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::tui::backend::Lean;
use socialplan::workspace::Workspace;

#[path = "../tests/support/screen.rs"]
mod screen;

fn main() {
    print_terminal_bytes();
    divan::main();
}

/// What each kind of keypress writes, on the 10 000-campaign plan.
fn print_terminal_bytes() {
    let plan = plan(10_000);
    let sizes = [(80, 24), (200, 50)];
    println!("bytes written to the terminal, 10 000 campaigns");
    println!("{:<28}{:>10}{:>10}", "", "80x24", "200x50");
    for tab in ['1', '2', '3', '4', '5', '6'] {
        let moves: &[(&str, KeyCode)] = match tab {
            '1' => &[("tab switch", KeyCode::Tab)],
            '5' => &[
                ("selection move (j)", KeyCode::Char('j')),
                ("calendar step (l)", KeyCode::Char('l')),
                ("tab switch", KeyCode::Tab),
            ],
            _ => &[
                ("selection move (j)", KeyCode::Char('j')),
                ("tab switch", KeyCode::Tab),
            ],
        };
        let screens = || sizes.map(|size| screen::Screen::new(&plan, tab, size));
        let first = screens().map(|mut s| s.draw());
        println!(
            "{:<28}{:>10}{:>10}",
            format!("tab {tab}: first frame"),
            first[0],
            first[1]
        );
        for (what, code) in moves {
            let bytes = screens().map(|mut s| {
                s.draw();
                s.press(*code)
            });
            println!(
                "{:<28}{:>10}{:>10}",
                format!("tab {tab}: {what}"),
                bytes[0],
                bytes[1]
            );
        }
    }
    println!();
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
}

/// The plan `gen_plan --campaigns N --posts 0` makes: for 10 000, 40 channels, 200
/// objectives and 100 000 measurements.
fn plan(campaigns: usize) -> Plan {
    generate::plan(Size::campaigns(campaigns))
}

/// "10k+posts" (issue 16): `gen_plan --campaigns 10000 --channels 40
/// --objectives 200 --measurements 100000 --posts 100000`, 60 MB. Generated
/// once and kept in `target/tmp` (what CARGO_TARGET_TMPDIR names), so a run
/// of the benchmarks, CI's included, builds it at most once.
fn posts_file() -> PathBuf {
    static FILE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("perf-10k+posts.json");
        if !path.is_file() {
            let plan = generate::plan(Size {
                campaigns: 10_000,
                channels: 40,
                objectives: 200,
                measurements: 100_000,
                posts: 100_000,
                seed: 1,
            });
            let partial = path.with_extension("json.part");
            std::fs::write(&partial, store::to_json(&plan)).unwrap();
            std::fs::rename(&partial, &path).unwrap();
        }
        path
    })
    .clone()
}

/// The plan written to a file in a temporary directory (kept for the run).
fn file(campaigns: usize) -> PathBuf {
    let dir = tempfile::tempdir().unwrap().keep();
    let path = dir.join("plan.json");
    std::fs::write(&path, store::to_json(&plan(campaigns))).unwrap();
    path
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn load(bencher: Bencher, campaigns: usize) {
    let path = file(campaigns);
    let bytes = std::fs::read(&path).unwrap();
    bencher.bench(|| store::parse(&path, divan::black_box(&bytes)).unwrap());
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn save(bencher: Bencher, campaigns: usize) {
    save_on(bencher, &file(campaigns));
}

fn save_on(bencher: Bencher, path: &std::path::Path) {
    let (mut store, mut plan) = Store::open(path).unwrap();
    let ctx = Context::new(today());
    let mut flip = false;
    // A real save: lock, re-read, serialise, fsync, rename, fsync.
    bencher.bench_local(|| {
        flip = !flip;
        let name = if flip { "Renamed" } else { "Generated plan" };
        let edit = Edit::set_plan(&plan, socialplan::domain::PlanField::Name, name);
        store.save(&mut plan, &edit, ctx).unwrap();
    });
}

/// Loading the 10k+posts plan (bytes in memory): everything, as the TUI and
/// the commands that write do; and only what each read-only command shows
/// (`status`: the objectives, no campaigns or posts; `calendar` at day zoom
/// over 90 days: the window's posts; `agenda`: the week's and the overdue
/// ones).
#[divan::bench(args = ["all", "status", "calendar", "agenda"], sample_count = 10)]
fn load_posts(bencher: Bencher, command: &str) {
    let path = posts_file();
    let bytes = std::fs::read(&path).unwrap();
    let keep = keep_for(command);
    bencher.bench(|| store::parse_showing(&path, divan::black_box(&bytes), keep).unwrap());
}

/// The same read-only loads as the commands make them, from the file: a
/// piece at a time (`store::stream`), so the file is never held whole.
#[divan::bench(args = ["status", "calendar", "agenda"], sample_count = 10)]
fn load_posts_file(bencher: Bencher, command: &str) {
    let path = posts_file();
    let keep = keep_for(command);
    bencher.bench(|| store::load_showing(&path, keep).unwrap());
}

fn keep_for(command: &str) -> Keep {
    match command {
        "all" => Keep::All,
        "status" => Keep::Objectives,
        "calendar" => Keep::Dated {
            from: today(),
            to: today() + chrono::Days::new(89),
            overdue: None,
        },
        _ => Keep::Dated {
            from: today(),
            to: today() + chrono::Days::new(6),
            overdue: Some(today()),
        },
    }
}

/// A real save of the 10k+posts plan (a copy, in a temporary directory).
#[divan::bench(sample_count = 10)]
fn save_posts(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::copy(posts_file(), &path).unwrap();
    save_on(bencher, &path);
}

/// The week's agenda of the 10k+posts plan as `socialplan agenda` reads it
/// (its posts only), without the load: the entries, sorted.
#[divan::bench]
fn agenda_posts(bencher: Bencher) {
    use socialplan::domain::agenda::{Filter, Window, agenda};
    let path = posts_file();
    let plan = store::load_showing(&path, keep_for("agenda")).unwrap();
    let window = Window {
        from: today(),
        days: 7,
    };
    bencher.bench(|| agenda(&plan, today(), window, &Filter::default()));
}

/// A 90-day chart at day zoom (with its posts' marks) of the 10k+posts
/// plan as `socialplan calendar` reads it, without the load.
#[divan::bench(args = [(80, 24), (200, 60)])]
fn calendar_posts(bencher: Bencher, (width, height): (u16, u16)) {
    let plan = store::load_showing(&posts_file(), keep_for("calendar")).unwrap();
    gantt_on(bencher, &plan, Zoom::Day, (width, height));
}

/// A 90-day window: the chart's layout, then the widget. (The campaigns'
/// date order is worked out once per plan, as the Calendar tab does.)
#[divan::bench(args = [(80, 24), (200, 60)])]
fn gantt_90_days(bencher: Bencher, (width, height): (u16, u16)) {
    gantt_on(bencher, &plan(10_000), Zoom::Week, (width, height));
}

fn gantt_on(bencher: Bencher, plan: &Plan, zoom: Zoom, (width, height): (u16, u16)) {
    let order = ByDate::of(plan);
    let area = Rect::new(0, 0, width, height);
    let mut buffer = Buffer::empty(area);
    bencher.bench_local(|| {
        let timeline = Timeline::covering(zoom, today(), today() + chrono::Days::new(89));
        let chart = Chart::with_order(plan, &order, timeline, None, today());
        Gantt {
            chart: &chart,
            plan,
            lang: Lang::En,
            theme: Theme::new(true, false),
            selected: None,
            first_row: 0,
        }
        .render(area, &mut buffer);
    });
}

fn app(campaigns: usize) -> App {
    app_on(&file(campaigns))
}

fn app_on(path: &std::path::Path) -> App {
    let workspace = Workspace::open(path, false, today()).unwrap();
    App::new(workspace, Lang::En, Theme::new(true, false))
}

fn key(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

/// One whole frame of each tab at 200×60 on the 10 000-campaign plan.
#[divan::bench(args = ['1', '2', '3', '4', '5', '6'])]
fn frame(bencher: Bencher, tab: char) {
    frame_of(bencher, app(10_000), tab);
}

/// The same on the 10k+posts plan.
#[divan::bench(args = ['1', '2', '3', '4', '5', '6'], sample_count = 20)]
fn frame_posts(bencher: Bencher, tab: char) {
    frame_of(bencher, app_on(&posts_file()), tab);
}

fn frame_of(bencher: Bencher, mut app: App, tab: char) {
    key(&mut app, tab);
    let area = Rect::new(0, 0, 200, 60);
    let mut buffer = Buffer::empty(area);
    bencher.bench_local(|| (&app).render(area, &mut buffer));
}

/// A keypress answered as the terminal sees it: the update, the frame, the
/// diff and the escape codes, at 200×60 on the 10 000-campaign plan.
/// `j` moves the selection; on the calendar `l` steps in time.
#[divan::bench(args = [('2', 'j'), ('3', 'j'), ('4', 'j'), ('5', 'j'), ('5', 'l'), ('6', 'j')])]
fn keypress(bencher: Bencher, (tab, pressed): (char, char)) {
    keypress_of(bencher, app(10_000), (tab, pressed));
}

/// The same on the 10k+posts plan, and on the screens opened from the
/// tabs: the agenda (`A`), a campaign's posts (Enter in Actions) and an
/// objective's measurements (`M` in Objectives). The first of each pair is
/// the keys that open the view, Enter written `\n`.
#[divan::bench(args = [("2", 'j'), ("3", 'j'), ("4", 'j'), ("5", 'j'), ("5", 'l'), ("6", 'j'), ("A", 'j'), ("4\n", 'j'), ("2M", 'j')], sample_count = 20)]
fn keypress_posts(bencher: Bencher, (keys, pressed): (&str, char)) {
    let mut app = app_on(&posts_file());
    press_all(&mut app, keys);
    keypress_in(bencher, app, pressed);
}

fn keypress_of(bencher: Bencher, mut app: App, (tab, pressed): (char, char)) {
    key(&mut app, tab);
    keypress_in(bencher, app, pressed);
}

/// Each key of `keys` in turn, `\n` as Enter.
fn press_all(app: &mut App, keys: &str) {
    for c in keys.chars() {
        if c == '\n' {
            app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        } else {
            key(app, c);
        }
    }
}

/// A terminal of 200×60 that writes nowhere, the app drawn on it once.
fn terminal_for(app: &App) -> Terminal<Lean<std::io::Sink>> {
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 200, 60)),
    };
    let mut terminal = Terminal::with_options(Lean::new(std::io::sink()), options).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
}

fn keypress_in(bencher: Bencher, mut app: App, pressed: char) {
    let mut terminal = terminal_for(&app);
    // Back and forth, so every sample moves.
    let back = if pressed == 'j' { 'k' } else { 'h' };
    let mut forward = true;
    bencher.bench_local(|| {
        key(&mut app, if forward { pressed } else { back });
        forward = !forward;
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

/// A keypress that edits, on a copy of the 10k+posts plan: a campaign's
/// status set in Actions (`S`, the next status, Enter), then undone (`u`)
/// and redone (Ctrl-r) in turn, each answered as the terminal's loop
/// answers it (`answered`: the edit applied, the tab shown refreshed, the
/// frame drawn), or that and then what the loop catches up on while no key
/// waits (`caught up`: the plan check, the views not shown). The saves are
/// queued to a writer thread that is held, so no sample waits for the disk
/// nor shares the CPU with a save; the app is leaked at the end for the
/// same reason (dropping it would save every queued edit).
#[divan::bench(args = ["answered", "caught up"], sample_count = 20)]
fn edit_posts(bencher: Bencher, part: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::copy(posts_file(), &path).unwrap();
    let mut workspace = Workspace::open(&path, false, today()).unwrap();
    let (release, held) = std::sync::mpsc::channel();
    workspace.save_in_background_held(held).unwrap();
    let mut app = App::new(workspace, Lang::En, Theme::new(true, false));
    let statuses = |app: &App| -> Vec<_> {
        app.workspace()
            .plan()
            .campaigns
            .iter()
            .map(|c| c.status)
            .collect()
    };
    let before = statuses(&app);
    press_all(&mut app, "4Sj\n");
    assert_ne!(statuses(&app), before, "the status changed");
    let mut terminal = terminal_for(&app);
    let mut undo = true;
    let catch_up = part == "caught up";
    while app.behind() {
        app.catch_up();
    }
    bencher.bench_local(|| {
        let pressed = if undo {
            KeyEvent::new(KeyCode::Char('u'), KeyModifiers::NONE)
        } else {
            KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL)
        };
        app.handle_key_at(pressed, std::time::Instant::now());
        undo = !undo;
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
        while catch_up && app.behind() {
            app.catch_up();
        }
    });
    std::mem::forget(app);
    std::mem::forget(release);
    std::mem::forget(dir);
}

/// Opening a plan as the binary does and drawing its first frame at
/// 200×60: `Workspace::open`, `App::new_check_later`, one draw (the binary
/// starts its writer thread and checks the plan after that frame: `writer`
/// in `first_frame_parts`, and `edit_posts` for the check).
/// `10k`: the 10 000-campaign plan (with 100 000 measurements, 14 MB);
/// `10k+posts`: 60 MB.
#[divan::bench(args = ["10k", "10k+posts"], sample_count = 10, sample_size = 1)]
fn first_frame(bencher: Bencher, which: &str) {
    let path = first_frame_file(which);
    bencher.bench_local(|| {
        let workspace = Workspace::open(&path, false, today()).unwrap();
        let app = App::new_check_later(workspace, Lang::En, Theme::new(true, false));
        let terminal = terminal_for(&app);
        // Dropped outside the timing: the process would still be running.
        (app, terminal)
    });
}

/// The parts of `first_frame`: `open` (`Workspace::open`: read, parse,
/// check, fingerprint), `app` (`App::new_check_later` on the opened plan), `writer`
/// (the writer thread started: it takes a copy of the plan), `draw` (the
/// first frame).
#[divan::bench(args = ["10k open", "10k app", "10k writer", "10k draw", "10k+posts open", "10k+posts app", "10k+posts writer", "10k+posts draw"], sample_count = 10, sample_size = 1)]
fn first_frame_parts(bencher: Bencher, which: &str) {
    let (plan, part) = which.split_once(' ').unwrap();
    let path = first_frame_file(plan);
    let open = || Workspace::open(&path, false, today()).unwrap();
    let app = |workspace| App::new_check_later(workspace, Lang::En, Theme::new(true, false));
    match part {
        "open" => bencher.bench_local(open),
        "app" => bencher.with_inputs(open).bench_local_values(app),
        "writer" => bencher
            .with_inputs(|| app(open()))
            .bench_local_values(|mut app| {
                app.save_in_background().unwrap();
                app
            }),
        _ => bencher
            .with_inputs(|| app(open()))
            .bench_local_values(|app| {
                let terminal = terminal_for(&app);
                (app, terminal)
            }),
    }
}

/// The file `first_frame` opens: the benchmarks' 10k plan or 10k+posts.
fn first_frame_file(which: &str) -> PathBuf {
    static TEN_K: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    if which == "10k" {
        TEN_K.get_or_init(|| file(10_000)).clone()
    } else {
        posts_file()
    }
}

/// A plan of `campaigns` campaigns on 40 channels and 200 objectives, with
/// no measurements: what a spreadsheet of campaigns is checked against.
fn campaigns_only(campaigns: usize) -> Plan {
    generate::plan(Size {
        campaigns,
        channels: 40,
        objectives: 200,
        measurements: 0,
        posts: 0,
        seed: 1,
    })
}

/// A CSV import of `rows` rows, as `socialplan import` does it before the
/// save: read and check every row, build the edit, apply it to the plan.
/// `new`: every row adds a campaign to a plan with none; `update`: every row
/// names a campaign of the plan and changes its budget (one patch each).
#[divan::bench(args = [(10_000, "new"), (100_000, "new"), (10_000, "update"), (100_000, "update")])]
fn csv_import(bencher: Bencher, (rows, kind): (usize, &str)) {
    use socialplan::formats::csv;
    let full = campaigns_only(rows);
    let (plan, sheet) = if kind == "new" {
        let mut empty = full.clone();
        empty.campaigns.clear();
        (empty, csv::export(&full))
    } else {
        let mut changed = full.clone();
        for c in &mut changed.campaigns {
            c.budget = c
                .budget
                .checked_add(socialplan::domain::Money::parse("1").unwrap())
                .unwrap();
        }
        (full, csv::export(&changed))
    };
    import_into(bencher, &plan, &sheet, csv::import);
}

/// A CSV import of `rows` posts, as `socialplan post import` does it before
/// the save, on a plan of `rows / 10` campaigns (10 posts each, as
/// `gen_plan` deals them). `new`: every row adds a post to the plan without
/// posts; `update`: every row names a post of the plan and changes its reach.
#[divan::bench(args = [(10_000, "new"), (100_000, "new"), (10_000, "update"), (100_000, "update")])]
fn csv_import_posts(bencher: Bencher, (rows, kind): (usize, &str)) {
    use socialplan::formats::csv;
    let full = generate::plan(Size {
        campaigns: rows / 10,
        channels: 40,
        objectives: 200,
        measurements: 0,
        posts: rows,
        seed: 1,
    });
    let (plan, sheet) = if kind == "new" {
        let mut empty = full.clone();
        empty.posts.clear();
        (empty, csv::export_posts(&full))
    } else {
        let mut changed = full.clone();
        for p in &mut changed.posts {
            p.reach = Some(p.reach.unwrap_or(0) + 1);
        }
        (full, csv::export_posts(&changed))
    };
    import_into(bencher, &plan, &sheet, csv::import_posts);
}

/// Reads and checks `sheet` with `import`, then applies the edit to a copy
/// of `plan` (the copy is made outside the timing).
fn import_into(
    bencher: Bencher,
    plan: &Plan,
    sheet: &[u8],
    import: fn(
        &Plan,
        &[u8],
    )
        -> Result<socialplan::formats::csv::Import, Vec<socialplan::formats::csv::RowError>>,
) {
    bencher
        .with_inputs(|| plan.clone())
        .bench_local_values(|mut plan| {
            let import = import(&plan, divan::black_box(sheet)).unwrap();
            plan.apply(&import.edit, Context::new(today())).unwrap();
            plan
        });
}
