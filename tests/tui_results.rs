//! A post's results in the TUI, driven through the keyboard: recorded in a
//! published post's form (a non-number refused under its field), listed in
//! the post's details, and summed in its campaign's, with what a click and
//! a lead cost on the budget.
#![allow(clippy::unwrap_used)]

mod common;

use common::posts::plan;
use common::{keys, on_file, render, saved, text};
use socialplan::domain::Money;
use socialplan::domain::post::PostStatus;
use socialplan::i18n::Lang;
use socialplan::tui::App;

/// From a post's form's first field (its campaign) to its reach: campaign,
/// date, time, format, title, copy, asset, owner, status, link, notes.
const TO_REACH: &str = "<Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab>";

/// The TUI on [`plan`] with its overdue post published and a budget of
/// 100.00, showing the campaign's posts with that post selected.
fn on_published_post(dir: &std::path::Path, lang: Lang) -> (App, std::path::PathBuf) {
    let mut plan = plan();
    plan.campaigns[0].budget = Money::from_units(100);
    plan.posts[0].status = PostStatus::Published;
    let (mut app, path) = on_file(dir, Some(plan), lang);
    keys(&mut app, "4<Enter>");
    let shown = big_screen(&app);
    if !selected_line(&shown).contains("Tuesday reel") {
        keys(&mut app, "k");
    }
    (app, path)
}

/// The screen, large enough for the whole form and the details.
fn big_screen(app: &App) -> String {
    text(&render(app, 220, 50))
}

/// The line of the list the selection marks.
fn selected_line(shown: &str) -> &str {
    shown
        .lines()
        .find(|l| l.contains('▶') || l.contains('>'))
        .unwrap_or("")
}

fn results(path: &std::path::Path) -> [Option<u64>; 4] {
    let post = saved(path).post("tuesday-reel").cloned().unwrap();
    [post.reach, post.interactions, post.clicks, post.leads]
}

#[test]
fn results_recorded_in_the_form_show_in_the_post_and_sum_in_the_campaign() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_published_post(dir.path(), Lang::En);
    keys(&mut app, "e");
    let form = big_screen(&app);
    assert!(
        form.contains("Reach") && form.contains("Leads (conversions)"),
        "{form}"
    );

    // A value that is not a whole number is refused under its field.
    keys(
        &mut app,
        &format!("{TO_REACH}2140<Tab>12k<Tab>41<Tab>3<Enter>"),
    );
    let refused = big_screen(&app);
    assert!(
        refused.contains("\"12k\" is not a whole number"),
        "{refused}"
    );
    assert_eq!(results(&path), [None; 4], "nothing saved");

    // The refused field has the focus. Fixed, and the leads blanked, it is
    // saved: a blank field is none.
    keys(&mut app, "<C-u>186<Tab><Tab><C-u><Enter>");
    assert_eq!(results(&path), [Some(2140), Some(186), Some(41), None]);
    let details = big_screen(&app);
    assert!(
        details.contains("Results: reach 2140 · interactions 186 · clicks 41"),
        "{details}"
    );
    assert!(!details.contains("leads 3"), "{details}");

    // Leads too, then the campaign's details: 100.00 over 41 clicks is
    // 2.439… → 2.44; over 2 leads, 50.00.
    keys(&mut app, &format!("e{TO_REACH}<Tab><Tab><Tab>2<Enter>"));
    assert_eq!(results(&path)[3], Some(2));
    keys(&mut app, "<Esc>");
    let campaign = big_screen(&app);
    assert!(
        campaign.contains("Posts: 1 published of 2 planned"),
        "{campaign}"
    );
    assert!(
        campaign.contains("Results: reach 2140 · interactions 186 · clicks 41 · leads 2"),
        "{campaign}"
    );
    assert!(
        campaign.contains("2.44 EUR per click; 50.00 EUR per lead"),
        "{campaign}"
    );
    assert!(
        campaign.contains("Summed reach counts a person once per post that reached them."),
        "{campaign}"
    );
}

#[test]
fn a_post_not_yet_published_has_no_results_fields_and_keeps_none() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_published_post(dir.path(), Lang::En);
    // The other post, an idea: its form has no results, and saving it
    // changes none.
    keys(&mut app, "j");
    assert!(selected_line(&big_screen(&app)).contains("Rye carousel"));
    keys(&mut app, "e");
    let form = big_screen(&app);
    assert!(!form.contains("Reach"), "{form}");
    keys(&mut app, "<Enter>");
    let rye = saved(&path).post("rye-carousel").cloned().unwrap();
    assert_eq!((rye.reach, rye.clicks), (None, None));
    // A campaign whose posts have no results says so.
    keys(&mut app, "<Esc>");
    let campaign = big_screen(&app);
    assert!(campaign.contains("Results: none recorded"), "{campaign}");
    assert!(!campaign.contains("per click"), "{campaign}");
}

#[test]
fn the_campaign_sums_in_spanish_say_how_reach_counts() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_published_post(dir.path(), Lang::Es);
    keys(&mut app, &format!("e{TO_REACH}500<Tab><Tab>0<Enter>"));
    assert_eq!(results(&path), [Some(500), None, Some(0), None]);
    keys(&mut app, "<Esc>");
    let campaign = big_screen(&app);
    assert!(
        campaign.contains("1 publicadas de 2 previstas"),
        "{campaign}"
    );
    assert!(
        campaign.contains("alcance 500 · interacciones sin datos · clics 0 · leads sin datos"),
        "{campaign}"
    );
    assert!(
        campaign.contains("por clic sin definir (sin clics)"),
        "no clicks: undefined, not 0: {campaign}"
    );
    assert!(
        campaign.contains(
            "El alcance sumado cuenta a una persona una vez por cada publicación que le llegó."
        ),
        "{campaign}"
    );
}

/// The campaign's pane is kept between frames, not written again on each,
/// and its sums read the posts through the plan's posts by campaign, made
/// once per change: a result recorded on one of its posts still shows
/// there at once.
#[test]
fn the_campaign_pane_shows_a_result_recorded_after_it_was_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _path) = on_published_post(dir.path(), Lang::En);
    keys(&mut app, "<Esc>");
    let before = big_screen(&app);
    assert!(before.contains("Results: none recorded"), "{before}");
    keys(&mut app, "<Enter>");
    if !selected_line(&big_screen(&app)).contains("Tuesday reel") {
        keys(&mut app, "k");
    }
    keys(
        &mut app,
        &format!("e{TO_REACH}2140<Tab>186<Tab>41<Tab>2<Enter><Esc>"),
    );
    let after = big_screen(&app);
    assert!(
        after.contains("Results: reach 2140 · interactions 186 · clicks 41 · leads 2"),
        "{after}"
    );
}
