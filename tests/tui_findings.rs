//! The plan check in the interface: the count of findings in the title
//! line, and the list on `!`, driven through the keyboard.
#![allow(clippy::unwrap_used)]

mod common;

use common::{find, keys, on_file, render, saved, screen, text, today};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use socialplan::domain::{Channel, ChannelKind, Colour, Fit, Money, Plan, PostStatus};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// The demo plan without its findings about posts (see `without_posts_findings`).
fn demo(lang: Lang) -> Plan {
    let mut plan = socialplan::demo::plan(today(), lang);
    without_posts_findings(&mut plan);
    plan
}

/// No cadences, each post within its campaign's dates, and the overdue
/// ones skipped: the demo's findings about posts gone, so that the tests
/// below are about the other findings.
fn without_posts_findings(plan: &mut Plan) {
    for channel in &mut plan.channels {
        channel.posts_per_week = None;
    }
    for post in &mut plan.posts {
        let campaign = plan
            .campaigns
            .iter()
            .find(|c| c.id == post.campaign)
            .unwrap();
        post.date = post.date.clamp(campaign.start, campaign.end);
        if post.is_overdue(today()) {
            post.status = PostStatus::Skipped;
        }
    }
}

/// The demo plan (four months over a channel's budget) with a channel that
/// says nothing about why it was chosen and a campaign serving no
/// objective: six findings, all warnings.
fn with_findings(lang: Lang) -> Plan {
    let mut plan = demo(lang);
    plan.channels.push(Channel {
        id: "pinterest".into(),
        name: "Pinterest".into(),
        kind: ChannelKind::Social,
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 1.0,
        colour: Colour::LightRed,
        active: true,
        posts_per_week: None,
        copy_limit: None,
    });
    let mut extra = plan.campaign("fb-neighbours-group").unwrap().clone();
    extra.id = "fb-extra".into();
    extra.name = "Extra posts".into();
    extra.objectives.clear();
    plan.campaigns.push(extra);
    // An active campaign with posts, like the one it copies.
    let mut post = plan.posts_of("fb-neighbours-group").next().unwrap().clone();
    post.id = "fb-extra-post".into();
    post.campaign = "fb-extra".into();
    plan.posts.push(post);
    plan
}

/// The demo plan with budgets that cover every month: nothing to find.
fn clean() -> Plan {
    let mut plan = demo(Lang::En);
    for channel in &mut plan.channels {
        channel.monthly_budget = Money::from_units(500);
    }
    plan
}

/// The row of the selected item (marked ▶) at 80×24.
fn selected_row(app: &App) -> String {
    let buffer = render(app, 80, 24);
    let (_, y) = find(&buffer, "▶").unwrap();
    text(&buffer)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .to_string()
}

fn title_line(buffer: &Buffer) -> String {
    text(buffer).lines().next().unwrap().to_string()
}

#[test]
fn the_title_line_counts_the_findings_in_the_colour_of_the_worst() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = on_file(dir.path(), Some(with_findings(Lang::En)), Lang::En);
    let buffer = render(&app, 80, 24);
    let title = title_line(&buffer);
    assert!(
        title.starts_with("Crumb & Crust Bakery  ! 6 findings"),
        "{title}"
    );
    assert!(
        title.ends_with("plan.json"),
        "where it lives stays: {title}"
    );
    let (x, y) = find(&buffer, "6 findings").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Yellow, "warnings");
    // The key that lists them, as the footer shows keys.
    let (x, y) = find(&buffer, "! 6").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Cyan);

    // An error makes it red.
    let mut plan = with_findings(Lang::En);
    plan.objectives[0].target = None;
    let sub = dir.path().join("error");
    std::fs::create_dir(&sub).unwrap();
    let (app, _) = on_file(&sub, Some(plan), Lang::En);
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "7 findings").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Red);

    // Only hints (an empty plan): dim.
    let app = common::open(&dir.path().join("new.json"), Lang::En);
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "2 findings").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::DarkGray);

    // Without colour the count is there all the same.
    let path = sub.join("plan.json");
    let colourless = App::new(
        Workspace::open(&path, false, today()).unwrap(),
        Lang::En,
        Theme::new(false, true),
    );
    let buffer = render(&colourless, 80, 24);
    assert!(title_line(&buffer).contains("! 7 findings"));
    let (x, y) = find(&buffer, "7 findings").unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));
}

#[test]
fn a_plan_with_nothing_to_find_shows_no_count_and_says_so_on_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(clean()), Lang::En);
    let shown = screen(&app);
    assert!(
        !title_line(&render(&app, 80, 24)).contains("finding"),
        "{shown}"
    );
    keys(&mut app, "!");
    let shown = screen(&app);
    assert!(
        shown.contains("No findings: the plan follows the five steps."),
        "{shown}"
    );
}

#[test]
fn bang_lists_every_finding_with_its_code_what_is_wrong_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(with_findings(Lang::En)), Lang::En);
    keys(&mut app, "!");
    let buffer = render(&app, 80, 24);
    let shown = text(&buffer);
    for part in [
        "6 findings",
        "▶ warning  channel-without-reason",
        "channel pinterest “Pinterest” says nothing about why it was chosen",
        "fix: write the audience it reaches, or make it inactive (tab 3, e)",
        "warning  channel-over-budget",
        "channel instagram “Instagram” plans 168.57 EUR of campaigns in",
        "↑/↓ move Enter go to it Esc/q/! close",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    let (x, y) = find(&buffer, "warning  channel-without").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Yellow, "the severity's colour");
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::REVERSED),
        "selected"
    );
    // The last one is further down: the list scrolls to it.
    assert!(!shown.contains("campaign-without-objective"), "{shown}");
    keys(&mut app, "G");
    let shown = screen(&app);
    for part in [
        "▶ warning  campaign-without-objective",
        "campaign fb-extra “Extra posts” serves no objective",
        "fix: tick the objectives it serves (tab 4, e)",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    assert!(!shown.contains("channel-without-reason"), "{shown}");
    keys(&mut app, "g");
    assert!(screen(&app).contains("▶ warning  channel-without-reason"));
    // Esc closes it (and so does ! again).
    keys(&mut app, "<Esc>");
    assert!(!screen(&app).contains("Enter go to it"));
    keys(&mut app, "!!");
    assert!(!screen(&app).contains("Enter go to it"));
}

#[test]
fn enter_goes_to_the_item_and_fixing_it_takes_the_count_down() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(with_findings(Lang::En)), Lang::En);
    keys(&mut app, "6!<Enter>");
    // The Channels tab, Pinterest selected.
    let shown = screen(&app);
    assert!(shown.contains("▶ Pinterest"), "{shown}");
    assert!(shown.contains("┌ Pinterest"), "its detail: {shown}");
    assert!(shown.contains("none yet: say why"), "{shown}");
    // Its reason, through the edit form: one finding fewer.
    keys(
        &mut app,
        "e<Tab><Tab>Recipes with photos reach our foodies<Enter>",
    );
    assert_eq!(
        saved(&path).channel("pinterest").unwrap().reason,
        "Recipes with photos reach our foodies"
    );
    let shown = screen(&app);
    assert!(
        title_line(&render(&app, 80, 24)).contains("! 5 findings"),
        "{shown}"
    );
    keys(&mut app, "!");
    let shown = screen(&app);
    assert!(!shown.contains("channel-without-reason"), "{shown}");
    assert!(shown.contains("5 findings"), "{shown}");
    // The campaign: Enter on it goes to the Actions tab with it selected.
    keys(&mut app, "G<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("▶ "), "{shown}");
    assert!(shown.contains("Extra posts"), "{shown}");
    let row = selected_row(&app);
    assert!(row.contains("Extra posts"), "{row}");
    // Undo brings the finding back: the count follows every change.
    keys(&mut app, "u");
    assert!(title_line(&render(&app, 80, 24)).contains("! 6 findings"));
}

/// The terminal's way: the first frame and every edit come before the plan
/// check (17 ms on 100 000 posts), which the loop catches up on while no
/// key waits; the count then follows.
#[test]
fn the_count_follows_an_edit_once_the_keys_pause() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::plan_file(dir.path(), Some(with_findings(Lang::En)), Lang::En);
    let workspace = Workspace::open(&path, false, today()).unwrap();
    let mut app = App::new_check_later(workspace, Lang::En, Theme::new(true, false));
    assert!(app.behind(), "the check waits for the first frame");
    assert!(!title_line(&render(&app, 80, 24)).contains("findings"));
    assert!(app.catch_up(), "the check changes the title line");
    assert!(title_line(&render(&app, 80, 24)).contains("! 6 findings"));
    while app.behind() {
        assert!(!app.catch_up(), "views not shown change nothing on screen");
    }

    // Pinterest gets its reason: saved at once, the count a moment later.
    common::keys_live(
        &mut app,
        "3Ge<Tab><Tab>Recipes with photos reach our foodies<Enter>",
    );
    assert_eq!(
        saved(&path).channel("pinterest").unwrap().reason,
        "Recipes with photos reach our foodies"
    );
    assert!(app.behind());
    assert!(title_line(&render(&app, 80, 24)).contains("! 6 findings"));
    assert!(app.catch_up());
    assert!(title_line(&render(&app, 80, 24)).contains("! 5 findings"));

    // `!` never lists what the plan held before: it checks first.
    common::keys_live(&mut app, "u!");
    let shown = screen(&app);
    assert!(shown.contains("channel-without-reason"), "{shown}");
    assert!(shown.contains("6 findings"), "{shown}");
}

#[test]
fn a_plan_level_finding_goes_to_its_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::open(&dir.path().join("new.json"), Lang::En);
    keys(&mut app, "!");
    let shown = screen(&app);
    for part in [
        "hint  plan-without-objectives",
        "the plan has no objectives yet",
        "hint  plan-without-channels",
        "fix: step 3: choose the channels (tab 3, a)",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    keys(&mut app, "j<Enter>");
    assert!(
        screen(&app).contains("Step 3 of the method"),
        "{}",
        screen(&app)
    );
}

#[test]
fn findings_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), Some(with_findings(Lang::Es)), Lang::Es);
    let buffer = render(&app, 80, 24);
    assert!(title_line(&buffer).contains("! 6 observaciones"));
    keys(&mut app, "!");
    let shown = screen(&app);
    for part in [
        "6 observaciones",
        "aviso  channel-without-reason",
        "no dice por qué se eligió",
        "solución: escribe a qué público llega",
        "mover",
        "Intro ir a ello",
        "Esc/q/! cerrar",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    keys(&mut app, "<Esc>?");
    assert!(
        screen(&app).contains("observaciones del plan"),
        "{}",
        screen(&app)
    );
}

#[test]
fn in_ascii_the_dialog_draws_no_box_characters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(&with_findings(Lang::En))).unwrap();
    let mut app = App::new(
        Workspace::open(&path, false, today()).unwrap(),
        Lang::En,
        Theme::new(true, true),
    );
    keys(&mut app, "!");
    let shown = screen(&app);
    assert!(
        shown.contains("> warning  channel-without-reason"),
        "{shown}"
    );
    assert!(
        shown.contains("Up/Down move Enter go to it Esc/q/! close"),
        "{shown}"
    );
    // More below: the scrollbar's thumb on the right border, at the top.
    // (The dialog's right border is the next to last column: the tab bar
    // shows in the last one.)
    let second_row = shown.lines().nth(1).unwrap_or_default();
    assert_eq!(second_row.chars().nth(78), Some('#'), "more below: {shown}");
    for c in ['┌', '│', '▶', '↓', '·'] {
        assert!(!shown.contains(c), "{c}: {shown}");
    }
}

#[test]
fn the_findings_of_the_demo_at_80x24() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "6!j");
    insta::assert_snapshot!("en_80x24_findings", screen(&app));
}

#[test]
fn a_post_finding_names_the_post_and_goes_to_it_among_its_campaigns_posts() {
    let dir = tempfile::tempdir().unwrap();
    let plan = socialplan::demo::plan(today(), Lang::En);
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    // The demo's findings about posts come after those about its channels:
    // the last one is a post dated before its campaign.
    keys(&mut app, "!G");
    let shown = screen(&app);
    for part in [
        "▶ warning  post-outside-campaign",
        "post open-day-press “Press release: open bakery day” is dated",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    // Enter shows the campaign's posts, that one selected; Esc comes back.
    keys(&mut app, "<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("Posts — Open bakery day"), "{shown}");
    let row = selected_row(&app);
    assert!(row.contains("Press release: open bakery"), "{row}");
    keys(&mut app, "<Esc>");
    assert!(!screen(&app).contains("Posts — "), "{}", screen(&app));
}
