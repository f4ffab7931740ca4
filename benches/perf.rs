//! What a large plan costs: loading and saving it, drawing the Gantt chart,
//! one full frame of each tab, and one keypress answered (update, draw,
//! diff, terminal escapes). Run with `cargo bench`; CI runs each once with
//! `cargo bench -- --sample-count 1 --sample-size 1`. The figures and how
//! they were taken are in docs/PERFORMANCE.md. Before the timings it prints
//! the bytes written to the terminal for the first frame, a selection move,
//! a calendar step and a tab switch (bytes do not vary, so they are counted
//! once; tests/perf_budgets.rs asserts the budgets on them).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;

use chrono::NaiveDate;
use divan::Bencher;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use ratatui::{Terminal, TerminalOptions, Viewport};
use socialplan::calendar::gantt::Gantt;
use socialplan::calendar::layout::{ByDate, Chart};
use socialplan::calendar::timeline::{Timeline, Zoom};
use socialplan::domain::{Context, Edit, Plan};
use socialplan::generate::{self, Size};
use socialplan::i18n::Lang;
use socialplan::store::{self, Store};
use socialplan::theme::Theme;
use socialplan::tui::App;
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
    let path = file(campaigns);
    let (mut store, mut plan) = Store::open(&path).unwrap();
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

/// A 90-day window: the chart's layout, then the widget. (The campaigns'
/// date order is worked out once per plan, as the Calendar tab does.)
#[divan::bench(args = [(80, 24), (200, 60)])]
fn gantt_90_days(bencher: Bencher, (width, height): (u16, u16)) {
    let plan = plan(10_000);
    let order = ByDate::of(&plan);
    let area = Rect::new(0, 0, width, height);
    let mut buffer = Buffer::empty(area);
    bencher.bench_local(|| {
        let timeline = Timeline::covering(Zoom::Week, today(), today() + chrono::Days::new(89));
        let chart = Chart::with_order(&plan, &order, timeline, None, today());
        Gantt {
            chart: &chart,
            plan: &plan,
            lang: Lang::En,
            theme: Theme::new(true, false),
            selected: None,
            first_row: 0,
        }
        .render(area, &mut buffer);
    });
}

fn app(campaigns: usize) -> App {
    let workspace = Workspace::open(&file(campaigns), false, today()).unwrap();
    App::new(workspace, Lang::En, Theme::new(true, false))
}

fn key(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
}

/// One whole frame of each tab at 200×60 on the 10 000-campaign plan.
#[divan::bench(args = ['1', '2', '3', '4', '5', '6'])]
fn frame(bencher: Bencher, tab: char) {
    let mut app = app(10_000);
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
    let mut app = app(10_000);
    key(&mut app, tab);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 200, 60)),
    };
    let mut terminal =
        Terminal::with_options(CrosstermBackend::new(std::io::sink()), options).unwrap();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    // Back and forth, so every sample moves.
    let back = if pressed == 'j' { 'k' } else { 'h' };
    let mut forward = true;
    bencher.bench_local(|| {
        key(&mut app, if forward { pressed } else { back });
        forward = !forward;
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
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
    bencher
        .with_inputs(|| plan.clone())
        .bench_local_values(|mut plan| {
            let import = csv::import(&plan, divan::black_box(&sheet)).unwrap();
            plan.apply(&import.edit, Context::new(today())).unwrap();
            plan
        });
}
