//! The forecast in the Review tab (projected value and verdict) and the
//! summary the weekly check-in ends with, driven through the keyboard.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{find, keys, on_file, render, screen, text, today};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use socialplan::domain::{Baseline, Measurement, Objective, Plan};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// Clears the prefilled value of the check-in.
const CLEAR: &str = "<End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>";

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn objective<'p>(plan: &'p mut Plan, id: &str) -> &'p mut Objective {
    plan.objectives.iter_mut().find(|o| o.id == id).unwrap()
}

/// The demo plan with one objective per verdict (on 2027-01-20):
/// Instagram on track, TikTok behind, Facebook achieved (as in the demo);
/// the newsletter at risk, online orders overdue, the workshops no data.
fn every_verdict(lang: Lang) -> Plan {
    let mut plan = socialplan::demo::plan(today(), lang);
    // +8.5 a day from 100: 601.5 by the deadline, 84% of the way to 700.
    let newsletter = objective(&mut plan, "newsletter-subs");
    newsletter.baseline = Baseline {
        value: 100.0,
        date: d("2027-01-01"),
    };
    newsletter.target = Some(700.0);
    newsletter.deadline = Some(d("2027-03-01"));
    newsletter.measurements = [("2027-01-11", 185.0), ("2027-01-19", 253.0)]
        .iter()
        .map(|(date, value)| Measurement {
            date: d(date),
            value: *value,
            note: String::new(),
        })
        .collect();
    objective(&mut plan, "online-orders").deadline = Some(d("2027-01-10"));
    objective(&mut plan, "workshop-signups")
        .measurements
        .clear();
    plan
}

/// The app on `plan` in a temporary file, with or without colour.
fn app_on(dir: &std::path::Path, plan: &Plan, lang: Lang, colour: bool) -> App {
    let path = dir.join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(plan)).unwrap();
    let workspace = Workspace::open(&path, false, today()).unwrap();
    App::new(workspace, lang, Theme::new(colour, false))
}

/// The screen row of the objective called `name`.
fn row_of(buffer: &Buffer, name: &str) -> (u16, String) {
    let (_, y) = find(buffer, name).unwrap_or_else(|| panic!("{name}: {}", text(buffer)));
    (
        y,
        text(buffer)
            .lines()
            .nth(usize::from(y))
            .unwrap()
            .to_string(),
    )
}

/// The cell where `word` starts on row `y`.
fn cell_of<'b>(buffer: &'b Buffer, y: u16, word: &str) -> &'b ratatui::buffer::Cell {
    let line = text(buffer)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .to_string();
    let byte = line.rfind(word).unwrap_or_else(|| panic!("{word}: {line}"));
    let x = unicode_width::UnicodeWidthStr::width(&line[..byte]);
    &buffer[(u16::try_from(x).unwrap(), y)]
}

#[test]
fn every_verdict_has_its_word_and_its_colour() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), &every_verdict(Lang::En), Lang::En, true);
    keys(&mut app, "6");
    let buffer = render(&app, 80, 24);
    let shown = text(&buffer);
    assert!(
        shown.contains("Projected") && shown.contains("Status"),
        "{shown}"
    );
    for (name, projected, verdict, colour) in [
        ("Grow Instagram", "2287", "on track", Color::Reset),
        ("1,500 average views", "920", "behind", Color::Red),
        ("800 newsletter", "602", "at risk", Color::Yellow),
        ("60 online orders", "43", "overdue", Color::Red),
        ("3% engagement", "4.06", "achieved", Color::Green),
        ("120 sign-ups", "-", "no data", Color::DarkGray),
    ] {
        let (y, line) = row_of(&buffer, name);
        assert!(line.contains(projected), "{projected}: {line}");
        assert!(
            line.ends_with(&format!("{verdict}│")) || line.contains(&format!(" {verdict} ")),
            "{verdict}: {line}"
        );
        assert_eq!(cell_of(&buffer, y, verdict).fg, colour, "{verdict}: {line}");
    }
}

#[test]
fn without_colour_the_verdict_is_still_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), &every_verdict(Lang::En), Lang::En, false);
    keys(&mut app, "6");
    let buffer = render(&app, 80, 24);
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
    for (name, verdict) in [
        ("Grow Instagram", "on track"),
        ("1,500 average views", "behind"),
        ("800 newsletter", "at risk"),
        ("60 online orders", "overdue"),
        ("3% engagement", "achieved"),
        ("120 sign-ups", "no data"),
    ] {
        let (_, line) = row_of(&buffer, name);
        assert!(line.contains(verdict), "{verdict}: {line}");
    }
    // What needs attention still stands out: underlined, or bold.
    let (y, _) = row_of(&buffer, "800 newsletter");
    assert!(
        cell_of(&buffer, y, "at risk")
            .modifier
            .contains(Modifier::UNDERLINED)
    );
    let (y, _) = row_of(&buffer, "1,500 average views");
    assert!(
        cell_of(&buffer, y, "behind")
            .modifier
            .contains(Modifier::BOLD)
    );
}

#[test]
fn the_verdicts_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_on(dir.path(), &every_verdict(Lang::Es), Lang::Es, true);
    keys(&mut app, "6");
    let shown = screen(&app);
    for word in [
        "Previsión",
        "Estado",
        "en buen camino",
        "retrasado",
        "en riesgo",
        "vencido",
        "conseguido",
        "sin datos",
    ] {
        assert!(shown.contains(word), "{word}: {shown}");
    }
}

#[test]
fn names_stay_readable_as_the_table_narrows() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "6");
    // Wide: every column. 80: the date and the latest value give way.
    // Narrower: then the age and the projection; the trend and the verdict stay.
    for (width, shown, hidden) in [
        (
            120,
            &["Latest", "Date", "Ago", "Projected", "Trend", "Status"][..],
            &[][..],
        ),
        (
            80,
            &["Ago", "Projected", "Trend", "Status"],
            &["Latest", "Date"],
        ),
        (
            60,
            &["Progress", "Trend", "Status"],
            &["Latest", "Ago", "Projected"],
        ),
    ] {
        let screen = text(&render(&app, width, 24));
        let header = screen.lines().find(|l| l.contains("Objective ")).unwrap();
        for column in shown {
            assert!(header.contains(column), "{width}: {column}: {header}");
        }
        for column in hidden {
            assert!(!header.contains(column), "{width}: {column}: {header}");
        }
        assert!(
            screen.contains("Grow Instagram to 2,000"),
            "{width}: {screen}"
        );
    }
}

#[test]
fn stopping_the_check_in_shows_what_moved_and_how() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    // Instagram up 88; TikTok skipped; newsletter down (away from its
    // target); cost per lead down 0.12 (towards it).
    keys(
        &mut app,
        &format!("6w<Enter>{CLEAR}1700<Enter><Down>{CLEAR}590<Enter>{CLEAR}3.7<Enter><Esc>"),
    );
    let buffer = render(&app, 80, 24);
    let shown = text(&buffer);
    assert!(
        shown.contains("Check-in stopped: 3 values recorded"),
        "{shown}"
    );
    for part in [
        "Grow Instagram to 2,000 followers",
        "1612 → 1700 followers (+88) · 52% → 63% · on track",
        "800 newsletter subscribers",
        "601 → 590 subscribers (-11) · 47% → 44%",
        "Cut the cost per catering lead to 3 EUR",
        "3.82 → 3.7 EUR (-0.12) · 54% → 61% · on track",
        "Esc/Enter/q/! close",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    assert!(
        !shown.contains("1,500 average views per TikTok video\n"),
        "skipped: {shown}"
    );
    // The change is coloured by where it heads: towards the target green,
    // away red (a decrease is good news for a cost).
    let (x, y) = find(&buffer, "+88").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    let (x, y) = find(&buffer, "-11").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    let (x, y) = find(&buffer, "-0.12").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // Esc closes it; the tab is back.
    keys(&mut app, "<Esc>");
    let shown = screen(&app);
    assert!(!shown.contains("1612 → 1700"), "{shown}");
    assert!(shown.contains("Reviews (3)"), "{shown}");
}

#[test]
fn the_summary_comes_after_the_review_form_saved_or_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    // The first value recorded, the same value again for the second, the
    // rest skipped: then the review form.
    keys(&mut app, &format!("6w<Enter>{CLEAR}1650<Enter><Enter>"));
    keys(&mut app, "<Down><Down><Down><Down><Down>");
    let shown = screen(&app);
    assert!(shown.contains("This week's review (optional)"), "{shown}");
    assert!(!shown.contains("1612 → 1650"), "not yet: {shown}");
    // Skipped with Esc: the summary.
    keys(&mut app, "<Esc>");
    let shown = screen(&app);
    assert!(
        shown.contains("Check-in done: 2 values recorded"),
        "{shown}"
    );
    assert!(shown.contains("1612 → 1650 followers (+38)"), "{shown}");
    assert!(shown.contains("620 → 620 views (unchanged)"), "{shown}");
    keys(&mut app, "<Enter>");
    assert!(!screen(&app).contains("1612 → 1650"));

    // Saved: the summary after it, over the saved review.
    keys(&mut app, &format!("w<Enter>{CLEAR}1700<Enter><Esc>"));
    assert!(screen(&app).contains("Check-in stopped: 1 value recorded"));
    keys(&mut app, "<Esc>");
    keys(&mut app, &format!("w<Enter>{CLEAR}1710<Enter>"));
    keys(&mut app, "<Down><Down><Down><Down><Down><Down>");
    keys(&mut app, "<Tab>Reels<C-s>");
    let shown = screen(&app);
    assert!(shown.contains("Check-in done: 1 value recorded"), "{shown}");
    assert!(shown.contains("1700 → 1710 followers (+10)"), "{shown}");
    keys(&mut app, "<Esc>");
    assert!(screen(&app).contains("▶ 2027-01-20"), "{}", screen(&app));

    // Nothing recorded: no summary.
    keys(&mut app, "w<Esc>");
    let shown = screen(&app);
    assert!(
        shown.contains("Check-in stopped: 0 values recorded"),
        "{shown}"
    );
    assert!(!shown.contains("Esc close"), "{shown}");
}

#[test]
fn a_long_summary_scrolls_in_a_small_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "6w<Enter>");
    for _ in 0..7 {
        keys(&mut app, "<Enter>");
    }
    keys(&mut app, "<Esc>");
    let top = text(&render(&app, 60, 15));
    assert!(top.contains("Check-in done: 7 values"), "{top}");
    assert!(top.contains("Grow Instagram"), "{top}");
    assert!(!top.contains("120 sign-ups"), "{top}");
    assert!(top.contains('↓'), "more below: {top}");
    keys(&mut app, "<End>");
    let bottom = text(&render(&app, 60, 15));
    assert!(bottom.contains("120 sign-ups"), "{bottom}");
    assert!(!bottom.contains("Grow Instagram"), "{bottom}");
    assert!(bottom.contains('↑'), "more above: {bottom}");
    keys(&mut app, "<Home>");
    assert!(text(&render(&app, 60, 15)).contains("Grow Instagram"));
}

#[test]
fn the_check_in_summary_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::Es);
    keys(&mut app, &format!("6w<Enter>{CLEAR}1700<Enter><Esc>"));
    let shown = screen(&app);
    for part in [
        "Seguimiento interrumpido: 1 valor registrado",
        "1.612 → 1.700 seguidores (+88) · 52 % → 63 % · en buen camino",
        "Esc/Intro/q/! cerrar",
        "desplazar",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
}

#[test]
fn the_check_in_summary_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(
        &mut app,
        &format!("6w<Enter>{CLEAR}1700<Enter><Down>{CLEAR}590<Enter>{CLEAR}3.7<Enter><Esc>"),
    );
    // Without the title line, which names the temporary file.
    let shown = screen(&app);
    let rest = shown.split_once('\n').map_or("", |(_, rest)| rest);
    insta::assert_snapshot!("en_80x24_check_in_summary", rest);
}
