//! The Review tab and the weekly check-in, driven through the keyboard.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{find, keys, on_file, render, saved, screen, text, today};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use socialplan::domain::{Decision, Plan, Review};
use socialplan::i18n::Lang;

/// Clears the prefilled value of the check-in or of a text field.
const CLEAR: &str = "<End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>";

fn active_ids(plan: &Plan) -> Vec<String> {
    plan.objectives
        .iter()
        .filter(|o| o.active)
        .map(|o| o.id.clone())
        .collect()
}

/// The values recorded for `id` on `date`.
fn values_on(plan: &Plan, id: &str, date: NaiveDate) -> Vec<f64> {
    plan.objective(id)
        .unwrap()
        .measurements
        .iter()
        .filter(|m| m.date == date)
        .map(|m| m.value)
        .collect()
}

fn review_on(plan: &Plan, date: NaiveDate) -> Option<&Review> {
    plan.reviews.iter().find(|r| r.date == date)
}

/// The text of screen row `y`.
fn row(buffer: &Buffer, y: u16) -> String {
    text(buffer)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .to_string()
}

#[test]
fn the_weekly_check_in_records_one_value_per_active_objective_then_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    // An inactive objective is not asked about.
    plan.objectives[4].active = false;
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);
    let before = saved(&path);
    let active = active_ids(&before);
    assert_eq!(active.len(), 6);
    assert!(
        before
            .objectives
            .iter()
            .all(|o| values_on(&before, &o.id, today()).is_empty())
    );

    keys(&mut app, "6w<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("Weekly check-in 1/6"), "{shown}");
    assert!(
        shown.contains("1612"),
        "prefilled with the last value: {shown}"
    );
    // Each objective's target: values far from it would be asked about
    // first (they look like a slip).
    let targets: Vec<f64> = active
        .iter()
        .map(|id| before.objective(id).unwrap().target.unwrap())
        .collect();
    for target in &targets {
        keys(&mut app, &format!("{CLEAR}{target}<Enter>"));
    }
    // Then the review form, for today.
    let shown = screen(&app);
    assert!(shown.contains("This week's review (optional)"), "{shown}");
    assert!(shown.contains("2027-01-20"), "{shown}");
    keys(
        &mut app,
        "<Tab>Reels of the morning bake<Tab>Ads<Tab><Right><Enter>",
    );
    assert!(!screen(&app).contains("New review"), "{}", screen(&app));
    // Then what moved: every objective recorded, old → new and the change.
    let shown = screen(&app);
    assert!(
        shown.contains("Check-in done: 6 values recorded"),
        "{shown}"
    );
    assert!(
        shown.contains("1612 → 2000 followers (+388) · 52% → 100%"),
        "{shown}"
    );
    keys(&mut app, "<Enter>");
    assert!(!screen(&app).contains("Check-in done"), "Enter closes it");

    let after = saved(&path);
    for (id, target) in active.iter().zip(&targets) {
        assert_eq!(values_on(&after, id, today()), vec![*target], "{id}");
        let count = |p: &Plan| p.objective(id).unwrap().measurements.len();
        assert_eq!(count(&after), count(&before) + 1, "{id}");
    }
    let inactive = &before.objectives[4].id;
    assert!(values_on(&after, inactive, today()).is_empty());
    assert_eq!(after.reviews.len(), before.reviews.len() + 1);
    let review = review_on(&after, today()).unwrap();
    assert_eq!(review.worked, "Reels of the morning bake");
    assert_eq!(review.did_not_work, "Ads");
    assert_eq!(review.decision, Some(Decision::KeepGoing));

    // The tab shows the new values and the new review, selected.
    let shown = screen(&app);
    assert!(shown.contains("Reviews (4)"), "{shown}");
    assert!(shown.contains("▶ 2027-01-20 keep going"), "{shown}");
    assert!(shown.contains("Review 2027-01-20"), "{shown}");
    // 2000 followers: the target, reached.
    let (_, y) = find(&render(&app, 80, 24), "Grow Instagram").unwrap();
    let line = row(&render(&app, 80, 24), y);
    assert!(line.contains("100%") && line.contains("achieved"), "{line}");
}

#[test]
fn esc_stops_the_check_in_keeping_what_was_entered_and_writes_no_review() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = saved(&path);
    let active = active_ids(&before);
    keys(&mut app, "6w<Enter>");
    // The first: recorded. The second: skipped with ↓.
    keys(&mut app, &format!("{CLEAR}1700<Enter>"));
    assert!(screen(&app).contains("Weekly check-in 2/7"));
    keys(&mut app, "<Down>");
    assert!(screen(&app).contains("Weekly check-in 3/7"));
    // The third: a comma is refused with the reason, and nothing recorded.
    keys(&mut app, &format!("{CLEAR}12,5<Enter>"));
    let shown = screen(&app);
    assert!(shown.contains("is not a number"), "{shown}");
    assert!(
        shown.contains("Weekly check-in 3/7"),
        "stays on it: {shown}"
    );
    assert!(values_on(&saved(&path), &active[2], today()).is_empty());
    // Esc stops: no review form, and what was recorded is kept.
    keys(&mut app, "<Esc>");
    let shown = screen(&app);
    assert!(!shown.contains("Weekly check-in"), "{shown}");
    assert!(!shown.contains("New review"), "{shown}");
    assert!(
        shown.contains("Check-in stopped: 1 value recorded"),
        "{shown}"
    );

    let after = saved(&path);
    assert_eq!(values_on(&after, &active[0], today()), vec![1700.0]);
    for id in &active[1..] {
        assert!(values_on(&after, id, today()).is_empty(), "{id}");
        assert_eq!(
            after.objective(id).unwrap().measurements,
            before.objective(id).unwrap().measurements
        );
    }
    assert_eq!(after.reviews, before.reviews, "no review is written");
}

#[test]
fn a_review_is_added_edited_and_deleted_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = saved(&path);

    // a: a new review, dated today.
    keys(&mut app, "6a");
    assert!(screen(&app).contains("New review"), "{}", screen(&app));
    keys(
        &mut app,
        "<Tab>Stories at 8 am<Tab>Ads too broad<Tab><Right><Right><Tab>Try again next week<C-s>",
    );
    let review = review_on(&saved(&path), today()).unwrap().clone();
    assert_eq!(review.worked, "Stories at 8 am");
    assert_eq!(review.did_not_work, "Ads too broad");
    assert_eq!(review.decision, Some(Decision::ChangeStrategy));
    assert_eq!(review.notes, "Try again next week");
    let shown = screen(&app);
    assert!(shown.contains("▶ 2027-01-20 change strategy"), "{shown}");
    assert!(shown.contains("Try again next week"), "{shown}");

    // a again edits today's review rather than making a second one.
    keys(&mut app, "a");
    assert!(screen(&app).contains("Edit review"), "{}", screen(&app));
    keys(&mut app, "<Esc>");

    // e edits the selected one; Enter too.
    keys(&mut app, "e<Tab><End> and reels<C-s>");
    assert_eq!(
        review_on(&saved(&path), today()).unwrap().worked,
        "Stories at 8 am and reels"
    );
    keys(&mut app, "j");
    assert!(
        screen(&app).contains("Review 2027-01-11"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("Edit review"), "{shown}");
    assert!(shown.contains("Facebook engagement"), "{shown}");
    keys(&mut app, "<Esc>");

    // d asks first: n keeps, y deletes, u brings it back.
    keys(&mut app, "kd");
    let shown = screen(&app);
    assert!(shown.contains("Delete the review “2027-01-20”?"), "{shown}");
    keys(&mut app, "n");
    assert!(review_on(&saved(&path), today()).is_some(), "n keeps it");
    keys(&mut app, "dy");
    assert!(review_on(&saved(&path), today()).is_none());
    assert_eq!(saved(&path).reviews, original.reviews);
    keys(&mut app, "u");
    assert_eq!(
        review_on(&saved(&path), today()).unwrap().worked,
        "Stories at 8 am and reels"
    );
    keys(&mut app, "uu");
    assert_eq!(saved(&path), original, "every edit undone");
}

#[test]
fn the_objective_table_shows_progress_and_a_sparkline() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "6");
    let buffer = render(&app, 80, 24);
    let shown = text(&buffer);
    assert!(
        shown.contains("Objectives (7) · w: weekly check-in"),
        "{shown}"
    );
    // At 80 columns the names keep room: the latest value and its date
    // give way to the forecast.
    for header in [
        "Objective",
        "Progress",
        "Trend",
        "Ago",
        "Projected",
        "Status",
    ] {
        assert!(shown.contains(header), "{header}: {shown}");
    }
    assert!(!shown.contains("Latest"), "{shown}");
    // Baseline 1180, then weekly values up to 1612 on 2027-01-18: 52% of the
    // way to 2000, and on its trend 2287 by the deadline: on track.
    let (_, y) = find(&buffer, "Grow Instagram").unwrap();
    let line = row(&buffer, y);
    for part in [
        "Grow Instagram to 2,000 followers",
        "52%",
        "▁▁▂▂▃▄▅▇█",
        "2d",
        "2287",
        "on track",
    ] {
        assert!(line.contains(part), "{part}: {line}");
    }
    // Wider, every column.
    let wide = render(&app, 120, 40);
    let (_, y) = find(&wide, "Grow Instagram").unwrap();
    let line = row(&wide, y);
    for part in [
        "52%",
        "▁▁▂▂▃▄▅▇█",
        "1612",
        "2027-01-18",
        "2d",
        "2287",
        "on track",
    ] {
        assert!(line.contains(part), "{part}: {line}");
    }
    assert!(text(&wide).contains("Latest"));
    // A decreasing objective: its values fall as it progresses.
    let (_, y) = find(&buffer, "Cut the cost").unwrap();
    let line = row(&buffer, y);
    assert!(line.contains("54%") && line.contains("█▇▆▇▄▄▂▂▁"), "{line}");
    // Achieved: the percentage in the success colour.
    let (x, y) = find(&buffer, "116%").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    let (x, y) = find(&buffer, "52%").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Reset, "neither reached nor late");

    // Reviews: newest first, with the decision and what worked; the
    // selected one in full beside the list.
    assert!(shown.contains("Reviews (3)"), "{shown}");
    let (_, newest) = find(&buffer, "2027-01-11 change strategy").unwrap();
    let (_, oldest) = find(&buffer, "2026-12-28 change objective").unwrap();
    assert!(newest < oldest);
    assert!(shown.contains("Review 2027-01-11"), "{shown}");
    assert!(
        shown.contains("ads on Instagram."),
        "the whole review fits: {shown}"
    );
    let (x, y) = find(&buffer, "keep going").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // ↓ moves in the reviews; the objective table has no selection.
    keys(&mut app, "j");
    let shown = screen(&app);
    assert!(shown.contains("▶ 2027-01-04 keep going"), "{shown}");
    assert!(shown.contains("Review 2027-01-04"), "{shown}");
    assert!(shown.contains("What worked: The tasting filled"), "{shown}");
    // The footer names the check-in key.
    assert!(shown.contains("w weekly check-in"), "{shown}");
}

#[test]
fn an_objective_not_measured_for_over_a_week_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    // Instagram last measured 9 days ago; online orders made inactive.
    let instagram = &mut plan.objectives[0];
    instagram.measurements.pop();
    let orders = plan
        .objectives
        .iter_mut()
        .find(|o| o.id == "online-orders")
        .unwrap();
    orders.active = false;
    orders.measurements.truncate(5);
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "6");
    let wide = render(&app, 120, 40);
    let (_, y) = find(&wide, "Grow Instagram").unwrap();
    let line = row(&wide, y);
    assert!(line.contains("2027-01-11") && line.contains("9d"), "{line}");
    let buffer = render(&app, 80, 24);
    let (_, y) = find(&buffer, "Grow Instagram").unwrap();
    let (x9, y9) = find(&buffer, " 9d").map(|(x, y)| (x + 1, y)).unwrap();
    assert_eq!(y9, y);
    assert_eq!(buffer[(x9, y9)].fg, Color::Yellow, "stale: warning");
    let (x2, y2) = find(&buffer, " 2d").map(|(x, y)| (x + 1, y)).unwrap();
    assert_ne!(buffer[(x2, y2)].fg, Color::Yellow, "fresh: plain");

    // Inactive objectives come last, dimmed, marked, and never flagged.
    let shown = text(&buffer);
    let (_, last) = find(&buffer, "60 online orders a week (inactive)").unwrap();
    let (_, other) = find(&buffer, "120 sign-ups").unwrap();
    assert!(last > other, "{shown}");
    let line = row(&buffer, last);
    assert!(line.contains("23d"), "{line}");
    let (xo, yo) = find(&buffer, "60 online orders").unwrap();
    assert_eq!(buffer[(xo, yo)].fg, Color::DarkGray);
    let (xa, ya) = find(&buffer, "23d").unwrap();
    assert_eq!(buffer[(xa, ya)].fg, Color::DarkGray);
}

#[test]
fn without_colour_the_stale_warning_is_underlined() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.objectives[0].measurements.pop();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    let workspace = socialplan::workspace::Workspace::open(&path, false, today()).unwrap();
    let mut app = socialplan::tui::App::new(
        workspace,
        Lang::En,
        socialplan::theme::Theme::new(false, true),
    );
    keys(&mut app, "6");
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, " 9d").map(|(x, y)| (x + 1, y)).unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    let shown = text(&buffer);
    assert!(shown.contains("__..-=-=#"), "ASCII sparkline: {shown}");
    assert!(!shown.contains('┌') && !shown.contains('▁'), "{shown}");
}

#[test]
fn empty_states_explain_step_5_and_name_the_keys() {
    let dir = tempfile::tempdir().unwrap();
    // No plan yet: step 5 and where the objectives come from.
    let mut app = common::open(&dir.path().join("new.json"), Lang::En);
    keys(&mut app, "6");
    let shown = screen(&app);
    assert!(shown.contains("Step 5 of the method"), "{shown}");
    assert!(shown.contains("tab 2"), "{shown}");
    assert!(shown.contains("press w"), "{shown}");
    keys(&mut app, "w");
    assert!(
        screen(&app).contains("No active objectives"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "e");
    assert!(
        screen(&app).contains("Nothing selected"),
        "{}",
        screen(&app)
    );

    // Objectives but no reviews: the check-in key.
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.reviews.clear();
    let sub = dir.path().join("a");
    std::fs::create_dir(&sub).unwrap();
    let (mut app, _) = on_file(&sub, Some(plan), Lang::En);
    keys(&mut app, "6");
    let shown = screen(&app);
    assert!(shown.contains("Objectives (7)"), "{shown}");
    assert!(shown.contains("No reviews yet. Press w"), "{shown}");

    // Reviews but no objectives: they come from tab 2.
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.objectives.clear();
    plan.campaigns.iter_mut().for_each(|c| c.objectives.clear());
    let sub = dir.path().join("b");
    std::fs::create_dir(&sub).unwrap();
    let (mut app, _) = on_file(&sub, Some(plan), Lang::Es);
    keys(&mut app, "6");
    let shown = screen(&app);
    assert!(shown.contains("defínelos en la pestaña 2"), "{shown}");
    assert!(shown.contains("Revisiones (3)"), "{shown}");
}

#[test]
fn the_demo_takes_reviews_and_the_check_in() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "6a");
    let shown = screen(&app);
    assert!(shown.contains("New review"), "{shown}");
    keys(&mut app, "<Esc>w");
    assert!(screen(&app).contains("Weekly check-in"), "{}", screen(&app));
}

#[test]
fn the_review_tab_in_spanish() {
    let mut app = common::demo(Lang::Es);
    keys(&mut app, "6");
    let shown = screen(&app);
    for part in [
        "6 Seguimiento",
        "Objetivos (7) · w: seguimiento semanal",
        "Progreso",
        "Tendencia",
        "Previsión",
        "Estado",
        "en buen camino",
        "retrasado",
        "conseguido",
        "Revisiones (3)",
        "▶ 11/01/2027 cambiar de estrategia",
        "seguir así",
        "Revisión 11/01/2027",
        "Qué funcionó: La interacción",
        "Qué no funcionó",
        "w seguimiento",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    // "en buen camino" takes the room of the last-value columns at 80
    // columns; at 100 the age is back.
    let wide = text(&render(&app, 100, 30));
    assert!(wide.contains("Hace"), "{wide}");
}

#[test]
fn line_breaks_in_a_review_are_kept_in_the_pane_and_joined_in_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.reviews.push(Review {
        date: today(),
        worked: "good\nstuff".into(),
        did_not_work: "line one\nline two".into(),
        decision: Some(Decision::KeepGoing),
        notes: String::new(),
    });
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "6");
    let shown = screen(&app);
    assert!(shown.contains("keep going       good stuff"), "{shown}");
    assert!(shown.contains("What did not: line one"), "{shown}");
    assert!(shown.contains("│line two"), "{shown}");
}
