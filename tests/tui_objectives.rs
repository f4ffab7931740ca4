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
    let shown = screen(&app);
    assert!(
        shown.contains("Saved: added objective “google-reviews”"),
        "{shown}"
    );
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

/// `r` on the first objective: a new target (the demo's has four digits),
/// then `rest` typed from the reason on.
fn revise(app: &mut socialplan::tui::App, target: &str, rest: &str) {
    keys(
        app,
        &format!("2r<End><BS><BS><BS><BS>{target}<Tab><Tab>{rest}"),
    );
}

#[test]
fn revise_key_asks_for_target_deadline_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    revise(&mut app, "1800", "Slower season<Enter>");
    // The name states the old target: the first Enter offers it restated.
    let shown = screen(&app);
    assert!(
        shown.contains("Grow Instagram to 1,800 followers"),
        "{shown}"
    );
    assert!(shown.contains("The name states the old target"), "{shown}");
    keys(&mut app, "<Enter>");
    let objective = saved(&path).objective("ig-followers").unwrap().clone();
    assert_eq!(objective.target, Some(1800.0));
    assert_eq!(objective.name, "Grow Instagram to 1,800 followers");
    assert_eq!(objective.revisions.last().unwrap().reason, "Slower season");
    let shown = screen(&app);
    assert!(
        shown.contains("Saved: new target for “ig-followers”"),
        "{shown}"
    );
    // One undo takes back the new target and the new name together.
    keys(&mut app, "u");
    let undone = saved(&path).objective("ig-followers").unwrap().clone();
    assert_eq!(undone.target, Some(2000.0));
    assert_eq!(undone.name, "Grow Instagram to 2,000 followers");
}

#[test]
fn a_spanish_name_with_the_target_is_restated_or_kept_as_the_person_says() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    revise(&mut app, "2500", "Va mejor<Enter>");
    let shown = screen(&app);
    assert!(
        shown.contains("Llegar a 2.500 seguidores en Instagram"),
        "{shown}"
    );
    assert!(shown.contains("El nombre dice la meta anterior"), "{shown}");
    // The person puts the old name back: it is kept, and the target saved.
    keys(
        &mut app,
        "<C-u>Llegar a 2.000 seguidores en Instagram<Enter>",
    );
    let objective = saved(&path).objective("ig-followers").unwrap().clone();
    assert_eq!(objective.target, Some(2500.0));
    assert_eq!(objective.name, "Llegar a 2.000 seguidores en Instagram");
    let shown = screen(&app);
    assert!(
        shown.contains("Guardado: reajuste del objetivo «ig-followers»"),
        "{shown}"
    );
}

#[test]
fn a_revision_reads_as_a_sentence_in_both_languages() {
    for (lang, date, line) in [
        (
            Lang::En,
            "20 Jan 2027",
            "target 2000 → 1800, because Slower season",
        ),
        (
            Lang::Es,
            "20 ene 2027",
            "meta 2.000 → 1.800, porque Temporada floja",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (mut app, _) = on_file(dir.path(), None, lang);
        let reason = if lang == Lang::En {
            "Slower season"
        } else {
            "Temporada floja"
        };
        revise(
            &mut app,
            "1800",
            &format!("{reason}<Tab><C-u>Followers<Enter>"),
        );
        let shown = screen(&app);
        assert!(shown.contains(&format!("{date}: {line}")), "{shown}");
    }
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
