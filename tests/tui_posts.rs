//! A campaign's posts in the TUI, driven through the keyboard: opened from
//! the Actions tab, added and changed with forms, moved on, published with
//! their link, copied, repeated weekly, and each change undone in one step.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::{Datelike, NaiveDate, Weekday};
use common::posts::{date, plan};
use common::{keys, on_file, saved, screen};
use socialplan::domain::Status;
use socialplan::domain::post::{Post, PostFormat, PostStatus};
use socialplan::i18n::Lang;
use socialplan::tui::App;

/// Keys that empty a prefilled date field (ten characters).
const CLEAR: &str = "<End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>";

/// The TUI on a file with [`plan`], showing the campaign's posts.
fn on_posts(dir: &std::path::Path, lang: Lang) -> (App, std::path::PathBuf) {
    let (mut app, path) = on_file(dir, Some(plan()), lang);
    keys(&mut app, "4<Enter>");
    (app, path)
}

#[test]
fn enter_on_a_campaign_lists_its_posts_and_esc_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_posts(dir.path(), Lang::En);
    let shown = screen(&app);
    assert!(shown.contains("Posts — Spring loaves (2)"), "{shown}");
    let tuesday = shown.lines().position(|l| l.contains("Tuesday reel"));
    let rye = shown.lines().position(|l| l.contains("Rye carousel"));
    assert!(tuesday < rye, "by day: {shown}");
    assert!(
        shown.contains("! ready"),
        "the overdue post is marked: {shown}"
    );
    // The first post still to come is selected.
    assert!(shown.contains("▶ 2027-01-25"), "{shown}");
    keys(&mut app, "<Esc>");
    let shown = screen(&app);
    assert!(shown.contains("Campaigns (1)"), "back in Actions: {shown}");
}

#[test]
fn a_post_added_with_the_form_is_in_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_posts(dir.path(), Lang::En);
    keys(&mut app, "a");
    let shown = screen(&app);
    assert!(shown.contains("New post"), "{shown}");
    // campaign, date (today: the campaign runs), time, format (carousel),
    // title, copy with a line break, asset, owner.
    assert!(shown.contains("2027-01-20"), "{shown}");
    keys(&mut app, "<Tab><Tab>09:30<Tab><Right><Tab>");
    keys(
        &mut app,
        "Sourdough day 🍞<Tab>Starter at 6.<Enter>Bread at 9.<Tab>",
    );
    keys(&mut app, "img/sourdough.jpg<Tab>Luis<Enter>");
    let saved = saved(&path);
    let added = saved.post("sourdough-day").expect("id made from the title");
    assert_eq!(added.campaign, "spring");
    assert_eq!(added.date, date("2027-01-20"));
    assert_eq!(added.time.as_deref(), Some("09:30"));
    assert_eq!(added.format, PostFormat::Carousel);
    assert_eq!(added.copy, "Starter at 6.\nBread at 9.");
    assert_eq!(added.owner, "Luis");
    assert_eq!(added.status, PostStatus::Idea);
    assert!(screen(&app).contains("▶ 2027-01-20 09:30"), "selected");
}

#[test]
fn a_time_that_is_not_a_clock_time_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_posts(dir.path(), Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "a<Tab><Tab>9.30<Tab><Tab>Bad time<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("New post"), "the form stays open: {shown}");
    assert!(shown.contains("HH:MM"), "{shown}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn advance_moves_a_post_one_step_and_the_step_to_published_asks_for_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_posts(dir.path(), Lang::En);
    // The rye carousel is selected: idea → draft → ready → scheduled.
    keys(&mut app, ">>>");
    assert_eq!(
        saved(&path).post("rye-carousel").unwrap().status,
        PostStatus::Scheduled
    );
    keys(&mut app, ">");
    assert!(
        screen(&app).contains("Mark as published"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "https://instagram.com/p/rye<Enter>");
    let rye = saved(&path).post("rye-carousel").unwrap().clone();
    assert_eq!(rye.status, PostStatus::Published);
    assert_eq!(rye.link, "https://instagram.com/p/rye");
    // Nothing comes after published.
    keys(&mut app, ">");
    assert!(
        screen(&app).contains("Already published"),
        "{}",
        screen(&app)
    );
    // One undo takes back the publishing, link and status together.
    keys(&mut app, "u");
    let rye = saved(&path).post("rye-carousel").unwrap().clone();
    assert_eq!((rye.status, rye.link.as_str()), (PostStatus::Scheduled, ""));
}

#[test]
fn a_post_copied_to_another_day_starts_again_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_posts(dir.path(), Lang::En);
    keys(&mut app, "k");
    let shown = screen(&app);
    assert!(shown.contains("▶ 2027-01-19"), "{shown}");
    keys(&mut app, &format!("C{CLEAR}2027-02-02<Enter>"));
    let saved = saved(&path);
    let copies: Vec<&Post> = saved
        .posts
        .iter()
        .filter(|p| p.title == "Tuesday reel")
        .collect();
    assert_eq!(copies.len(), 2);
    assert_eq!(copies[1].date, date("2027-02-02"));
    assert_eq!(copies[1].status, PostStatus::Draft);
    assert!(screen(&app).contains("Posts — Spring loaves (3)"));
}

#[test]
fn a_weekly_repeat_is_one_batch_that_one_undo_takes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_posts(dir.path(), Lang::En);
    let before = saved(&path);
    // The rye carousel is on a Monday, which is ticked; add Thursdays.
    keys(&mut app, "w");
    let shown = screen(&app);
    assert!(shown.contains("Repeat every week"), "{shown}");
    assert!(shown.contains("[x] Mon"), "{shown}");
    keys(&mut app, "<Down><Down><Down><Space><Enter>");
    let after = saved(&path);
    let series: Vec<NaiveDate> = after
        .posts
        .iter()
        .filter(|p| p.title == "Rye carousel")
        .map(|p| p.date)
        .collect();
    // Mondays and Thursdays after the 25th, up to the campaign's end.
    let expected: Vec<NaiveDate> = date("2027-01-25")
        .iter_days()
        .take_while(|d| *d <= date("2027-02-14"))
        .filter(|d| matches!(d.weekday(), Weekday::Mon | Weekday::Thu))
        .collect();
    assert_eq!(series, expected);
    assert!(screen(&app).contains("Repeated “Rye carousel”: 5 copies"));
    keys(&mut app, "u");
    assert_eq!(saved(&path), before, "one undo, the whole series");
}

#[test]
fn a_campaign_copied_with_its_posts_moves_them_by_as_many_days() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(plan()), Lang::En);
    keys(&mut app, "4C");
    let shown = screen(&app);
    assert!(shown.contains("Copy the campaign"), "{shown}");
    assert!(shown.contains("Spring loaves (copy)"), "{shown}");
    // By default it starts the day after this one ends.
    assert!(shown.contains("2027-02-15"), "{shown}");
    keys(&mut app, "<Enter>");
    let saved = saved(&path);
    let copy = saved.campaign("spring-loaves-copy").expect("copied");
    assert_eq!(
        (copy.start, copy.end),
        (date("2027-02-15"), date("2027-03-14"))
    );
    assert_eq!(copy.status, Status::Planned);
    let dates: Vec<NaiveDate> = saved.posts_of(&copy.id).map(|p| p.date).collect();
    assert_eq!(dates, [date("2027-02-16"), date("2027-02-22")]);
}

#[test]
fn a_post_is_deleted_after_the_question_and_comes_back_with_undo() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_posts(dir.path(), Lang::En);
    keys(&mut app, "d");
    assert!(screen(&app).contains("Delete the post “Rye carousel”?"));
    keys(&mut app, "y");
    assert!(saved(&path).post("rye-carousel").is_none());
    keys(&mut app, "u");
    assert_eq!(saved(&path), plan());
}

#[test]
fn the_posts_list_at_80_columns() {
    for (lang, theme, name) in common::languages_and_themes("posts") {
        let body = common::body_after(plan(), lang, theme, "4<Enter>");
        insta::assert_snapshot!(name, body);
    }
}

/// A is publishing the rye carousel (its link dialog open) while B, another
/// session on the file, changes who owns it. Both are kept, and A's undo
/// takes back only what A did.
#[test]
fn publishing_while_another_session_changes_the_owner_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, path) = on_posts(dir.path(), Lang::En);
    let mut b = common::open(&path, Lang::En);
    keys(&mut a, "p");
    // B: campaign, date, time, format, title, copy, asset, then the owner.
    keys(&mut b, "4<Enter>e");
    keys(
        &mut b,
        "<Tab><Tab><Tab><Tab><Tab><Tab><Tab><C-u>Marta<Enter>",
    );
    assert_eq!(saved(&path).post("rye-carousel").unwrap().owner, "Marta");
    assert!(a.tick(), "A reloads B's save");
    keys(&mut a, "https://instagram.com/p/rye<Enter>");
    let rye = saved(&path).post("rye-carousel").unwrap().clone();
    assert_eq!(rye.status, PostStatus::Published);
    assert_eq!(rye.link, "https://instagram.com/p/rye");
    assert_eq!(rye.owner, "Marta", "B's change is kept");
    keys(&mut a, "u");
    let rye = saved(&path).post("rye-carousel").unwrap().clone();
    assert_eq!((rye.status, rye.link.as_str()), (PostStatus::Idea, ""));
    assert_eq!(rye.owner, "Marta", "undo takes back only A's change");
}
