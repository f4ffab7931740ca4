//! The Objectives tab, driven through the keyboard.
#![allow(clippy::unwrap_used)]

mod common;

use common::{keys, on_file, saved, screen, today};
use socialplan::i18n::Lang;

#[test]
fn an_objective_added_with_the_form_is_in_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "2a");
    assert!(screen(&app).contains("New objective"));
    // id (empty: made from the name), name, metric, unit, channel, direction,
    // baseline, baseline date (prefilled), target, deadline.
    keys(
        &mut app,
        "<Tab>Google reviews ⭐<Tab>reviews<Tab>reviews<Tab><Tab>",
    );
    keys(&mut app, "<Tab>12<Tab><Tab>50<Tab>2027-06-30<Enter>");
    let plan = saved(&path);
    let added = plan
        .objective("google-reviews")
        .expect("saved with an id from its name");
    assert_eq!(added.name, "Google reviews ⭐");
    assert_eq!(added.target, Some(50.0));
    assert_eq!(added.deadline, Some("2027-06-30".parse().unwrap()));
    assert_eq!(added.baseline.date, today());
    assert!(screen(&app).contains("Saved"), "{}", screen(&app));
}

#[test]
fn a_form_with_a_bad_date_is_refused_with_the_reason_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(
        &mut app,
        "2a<Tab>Bad one<Tab>m<Tab><Tab><Tab><Tab>1<Tab><Tab>5<Tab>30/06/2027<Enter>",
    );
    let shown = screen(&app);
    assert!(shown.contains("is not a date"), "{shown}");
    assert!(shown.contains("New objective"), "the form stays open");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // A target on the wrong side is refused by the plan, with its reason.
    keys(
        &mut app,
        "<BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>2027-06-30<S-Tab><BS>0.5<Enter>",
    );
    let shown = screen(&app);
    assert!(shown.contains("below the baseline"), "{shown}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    keys(&mut app, "<Esc>y");
    assert!(!screen(&app).contains("New objective"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "Esc saves nothing");
}

#[test]
fn changing_a_target_is_a_revision_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // ig-followers is the first objective; open its form and change the target.
    keys(&mut app, "2e<Tab><Tab><Tab><Tab><Tab><Tab><Tab>");
    keys(&mut app, "<End><BS><BS><BS><BS>2500<Enter>");
    assert!(screen(&app).contains("Say why"), "{}", screen(&app));
    // The focus moved to the reason, the field to fix.
    keys(&mut app, "Reels work better than planned<Enter>");
    let objective = saved(&path).objective("ig-followers").unwrap().clone();
    assert_eq!(objective.target, Some(2500.0));
    let last = objective.revisions.last().unwrap();
    assert_eq!(last.old_target, Some(2000.0));
    assert_eq!(last.reason, "Reels work better than planned");
}

#[test]
fn revise_key_asks_for_target_deadline_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(
        &mut app,
        "2r<End><BS><BS><BS><BS>1800<Tab><Tab>Slower season<Enter>",
    );
    let objective = saved(&path).objective("ig-followers").unwrap().clone();
    assert_eq!(objective.target, Some(1800.0));
    assert_eq!(objective.revisions.last().unwrap().reason, "Slower season");
}

#[test]
fn m_records_a_value_for_the_selected_objective() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "2jm<End><BS><BS><BS>700<Enter>");
    let objective = saved(&path).objective("tiktok-views").unwrap().clone();
    let last = objective.measurements.last().unwrap();
    assert_eq!((last.date, last.value), (today(), 700.0));
}

#[test]
fn delete_asks_first_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = saved(&path);
    keys(&mut app, "2d");
    assert!(
        screen(&app).contains("Delete the objective"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "n");
    assert_eq!(saved(&path), original, "n keeps it");
    keys(&mut app, "dy");
    let after = saved(&path);
    assert!(after.objective("ig-followers").is_none());
    // It was also taken off the campaigns that served it.
    assert!(
        after
            .campaigns
            .iter()
            .all(|c| !c.objectives.contains(&"ig-followers".to_string()))
    );
    keys(&mut app, "u");
    assert_eq!(saved(&path), original, "one undo restores everything");
    keys(&mut app, "<C-r>");
    assert!(
        saved(&path).objective("ig-followers").is_none(),
        "redo deletes again"
    );
}

#[test]
fn the_demo_is_edited_in_memory() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "2a");
    let shown = screen(&app);
    assert!(shown.contains("New objective"), "{shown}");
}

#[test]
fn an_empty_plan_explains_the_step_and_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::open(&dir.path().join("new.json"), Lang::Es);
    keys(&mut app, "2");
    let shown = screen(&app);
    assert!(shown.contains("Paso 2 del método"), "{shown}");
    assert!(shown.contains("Pulsa a"), "{shown}");
    assert!(
        !dir.path().join("new.json").exists(),
        "nothing is written before a change"
    );
}

/// The delete question lists, one a line, every campaign that will no
/// longer serve the objective. With 30 of them it is taller than an 80×24
/// screen: it scrolls, with a scrollbar, and its answers stay on its frame.
#[test]
fn the_delete_question_for_an_objective_thirty_campaigns_serve_scrolls_at_80x24() {
    use socialplan::domain::Campaign;
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    let objective = plan.objectives[0].id.clone();
    let template: Campaign = plan.campaigns[0].clone();
    plan.campaigns
        .retain(|c| !c.objectives.contains(&objective));
    // Posts are beside the point here, and some were on the campaigns dropped.
    plan.posts.clear();
    for i in 1..=30 {
        let mut campaign = template.clone();
        campaign.id = format!("long-{i:02}");
        campaign.name = format!("Campaign {i:02} of the spring");
        campaign.objectives = vec![objective.clone()];
        plan.campaigns.push(campaign);
    }
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "2gd");
    let first = screen(&app);
    assert!(first.contains("Delete"), "the question starts: {first}");
    assert!(first.contains("Campaign 01"), "{first}");
    assert!(
        !first.contains("Campaign 30"),
        "taller than the screen: {first}"
    );
    assert!(
        first.contains("y yes"),
        "the answers stay on the frame: {first}"
    );
    assert!(first.contains("n/Esc no"), "{first}");
    // The thumb sits on the dialog's right border, at the top.
    let border = first
        .lines()
        .find_map(|line| line.chars().position(|c| c == '┐'))
        .expect("the dialog's top right corner");
    let thumb_rows: Vec<usize> = first
        .lines()
        .enumerate()
        .filter(|(_, line)| line.chars().nth(border) == Some('█'))
        .map(|(y, _)| y)
        .collect();
    assert!(!thumb_rows.is_empty(), "a scrollbar: {first}");
    keys(&mut app, "<End>");
    let last = screen(&app);
    assert!(last.contains("Campaign 30"), "scrolled to the end: {last}");
    assert!(!last.contains("Campaign 01"), "{last}");
    assert!(last.contains("y yes"), "{last}");
    keys(&mut app, "y");
    let saved = saved(&path);
    assert!(saved.objective(&objective).is_none(), "deleted");
    assert!(
        saved
            .campaigns
            .iter()
            .all(|c| !c.objectives.contains(&objective)),
        "and no campaign serves it any more"
    );
}
