//! The Channels tab, driven through the keyboard.
#![allow(clippy::unwrap_used)]

mod common;

use common::{find, keys, on_file, render, saved, screen, today};
use ratatui::style::Color;
use socialplan::domain::{Channel, ChannelKind, Colour, Fit, Money, Plan};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// The demo plan with one more channel that nothing uses (it ranks last).
fn with_unused_channel() -> Plan {
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.channels.push(Channel {
        id: "pinterest".into(),
        name: "Pinterest".into(),
        kind: ChannelKind::Social,
        reason: String::new(),
        fit: Fit::default(),
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour: Colour::LightRed,
        active: false,
        posts_per_week: None,
        copy_limit: None,
    });
    plan
}

/// The rows of the list, top to bottom: where each name is on screen.
fn rows(app: &App, names: &[&str]) -> Vec<u16> {
    let buffer = render(app, 80, 24);
    names
        .iter()
        .map(|n| {
            find(&buffer, n)
                .unwrap_or_else(|| panic!("{n} not shown"))
                .1
        })
        .collect()
}

#[test]
fn a_channel_added_from_a_preset_is_in_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "3a");
    let shown = screen(&app);
    assert!(shown.contains("Add a channel"), "{shown}");
    // Only the presets the plan does not have yet, then Custom….
    assert!(
        shown.contains("LinkedIn") && shown.contains("Custom…"),
        "{shown}"
    );
    keys(&mut app, "<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("New channel — LinkedIn"), "{shown}");
    // The preset filled id, name, kind and colour; the focus is on the reason.
    keys(
        &mut app,
        "Caterers and offices order here<Tab>4<Tab>3<Tab>3",
    );
    keys(&mut app, "<Tab>12.50<Tab>2<Enter>");
    let plan = saved(&path);
    let added = plan
        .channel("linkedin")
        .expect("saved with the preset's id");
    assert_eq!(added.name, "LinkedIn");
    assert_eq!(added.kind, ChannelKind::Social);
    assert_eq!(added.colour, Colour::LightBlue);
    assert_eq!(added.reason, "Caterers and offices order here");
    assert_eq!(
        added.fit,
        Fit {
            audience: 4,
            cost: 3,
            effort: 3
        }
    );
    assert_eq!(added.monthly_budget, Money::parse("12.50").unwrap());
    assert!((added.weekly_hours - 2.0).abs() < f64::EPSILON);
    assert!(added.active);
    let shown = screen(&app);
    assert!(shown.contains("Saved"), "{shown}");
    assert!(
        shown.contains("▶ LinkedIn"),
        "the new channel is selected: {shown}"
    );
}

#[test]
fn a_custom_channel_gets_an_id_from_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // The last entry of the pick list is Custom…; the focus starts on the name.
    keys(&mut app, "3a<End><Enter>");
    assert!(screen(&app).contains("New channel"), "{}", screen(&app));
    keys(
        &mut app,
        "Mercado de San Antón 🍞<Tab>p<Tab>Saturday stall<Tab>5",
    );
    // Budget, hours, posts per week, the copy limit left to the network's
    // (none for a custom channel), then the colour: `l` jumps to the next
    // "light …".
    keys(&mut app, "<Tab><Tab><Tab>40<Tab>3<Tab>4<Tab><Tab>l<Enter>");
    let plan = saved(&path);
    let added = plan
        .channel("mercado-de-san-anton")
        .expect("an id made from the name");
    assert_eq!(added.name, "Mercado de San Antón 🍞");
    assert_eq!(added.kind, ChannelKind::Pr);
    assert_eq!(added.reason, "Saturday stall");
    assert_eq!(added.fit.audience, 5);
    assert_eq!(added.fit.total(), 5, "cost and effort not rated");
    assert_eq!(added.monthly_budget, Money::from_units(40));
    assert_eq!(added.posts_per_week, Some(4));
    assert_eq!(added.copy_limit, None);
    // A custom channel starts in a colour no channel has yet (gray, after
    // the demo's six), and `l` moved it on to light red.
    assert_eq!(added.colour, Colour::LightRed);
}

#[test]
fn editing_changes_the_channel_and_inactive_ones_are_dimmed_and_left_out_of_totals() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "3");
    assert!(screen(&app).contains("Total (6 active): 1054.90 EUR/month · 14.5 h/week"));
    // Newsletter ranks first. Fields: name, kind, reason, audience, cost,
    // effort, budget, hours, posts per week, copy limit, colour, active.
    keys(&mut app, "e");
    assert!(
        screen(&app).contains("Edit channel — newsletter"),
        "{}",
        screen(&app)
    );
    keys(
        &mut app,
        "<Tab><Tab><Tab><Tab><Tab><Tab><End><BS><BS><BS><BS><BS>20",
    );
    keys(&mut app, "<Tab><Tab><Tab><Tab><Tab><Space><Enter>");
    let plan = saved(&path);
    let edited = plan.channel("newsletter").unwrap();
    assert_eq!(edited.monthly_budget, Money::from_units(20));
    assert!(!edited.active);
    assert_eq!(edited.name, "Newsletter", "the rest is kept");
    assert_eq!(edited.fit.total(), 13);
    let shown = screen(&app);
    assert!(
        shown.contains("Total (5 active): 1040.00 EUR/month · 13 h/week"),
        "{shown}"
    );
    // The inactive channel is dimmed, name included.
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "[ ]").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::DarkGray);
    let (x, _) = find(&buffer, "Newsletter").unwrap();
    assert_eq!(buffer[(x, y)].symbol(), "N");
    assert_eq!(buffer[(x, y)].fg, Color::DarkGray);
}

#[test]
fn channels_are_ranked_by_fit_then_name_and_the_selection_follows_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "3");
    // 13, then 12 and 12 by name, then three tens by name.
    let order = [
        "Newsletter",
        "Facebook",
        "Instagram",
        "Radio Barrio",
        "Tastings & workshops",
        "TikTok",
    ];
    let y = rows(&app, &order);
    assert!(y.windows(2).all(|w| w[0] < w[1]), "{y:?}\n{}", screen(&app));
    assert!(screen(&app).contains("13/15 4·5·4"), "{}", screen(&app));
    // TikTok (last) becomes a perfect fit: it moves to the top, still selected.
    keys(&mut app, "Ge<Tab><Tab><Tab>5<Tab>5<Tab>5<Enter>");
    assert_eq!(saved(&path).channel("tiktok").unwrap().fit.total(), 15);
    let y = rows(&app, &["TikTok", "Newsletter"]);
    assert!(y[0] < y[1], "{}", screen(&app));
    assert!(screen(&app).contains("▶ TikTok"), "{}", screen(&app));
}

#[test]
fn a_bad_budget_is_refused_with_the_reason_and_esc_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    // The preset form starts on the reason; the budget is four fields on.
    keys(&mut app, "3a<Enter>Offices<Tab><Tab><Tab><Tab>12,50<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("\"12,50\" is not an amount"), "{shown}");
    assert!(shown.contains("New channel"), "the form stays open");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Hours out of range: refused by the plan's rules, shown by the field.
    keys(&mut app, "<BS><BS><BS><BS><BS>12.50<Tab>200<Enter>");
    let shown = screen(&app);
    assert!(
        shown.contains("The weekly hours must be between 0 and 168"),
        "{shown}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    keys(&mut app, "<Esc>y");
    assert!(!screen(&app).contains("New channel"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "Esc saves nothing");
    // Nor does Esc in the pick list, or in an edit form after typing.
    keys(&mut app, "a<Esc>e<Tab><Tab>changed my mind<Esc>y");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_taken_id_is_refused_by_the_id_field() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "3a<End><Enter><S-Tab>tiktok<Tab>My TikTok<Enter>");
    let shown = screen(&app);
    assert!(
        shown.contains("A channel \"tiktok\" already exists"),
        "{shown}"
    );
    assert!(
        shown.contains("New channel"),
        "the form stays open: {shown}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn delete_asks_first_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(with_unused_channel()), Lang::En);
    let original = saved(&path);
    // Pinterest is not rated: it ranks last.
    keys(&mut app, "3Gd");
    let shown = screen(&app);
    assert!(shown.contains("Delete the channel “Pinterest”?"), "{shown}");
    keys(&mut app, "n");
    assert_eq!(saved(&path), original, "n keeps it");
    keys(&mut app, "dy");
    assert!(saved(&path).channel("pinterest").is_none());
    assert!(screen(&app).contains("Channels (6)"), "{}", screen(&app));
    keys(&mut app, "u");
    assert_eq!(saved(&path), original, "undo brings it back");
    assert!(screen(&app).contains("Channels (7)"));
}

#[test]
fn a_channel_in_use_is_not_offered_for_deletion() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    // Newsletter: two campaigns and one objective use it.
    keys(&mut app, "3d");
    let buffer = render(&app, 200, 40);
    let shown = common::text(&buffer);
    assert!(
        shown.contains(
            "Cannot delete “Newsletter”: 2 campaigns and 1 objective use it. Move them to another channel first"
        ),
        "{shown}"
    );
    assert!(shown.contains("Used by: "), "{shown}");
    assert!(
        !shown.contains("Delete the channel"),
        "no question is asked"
    );
    // The message is an error: red.
    let (x, y) = find(&buffer, "Cannot delete").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    keys(&mut app, "y");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_name_has_the_channel_colour_and_none_without_colour() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "3");
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "Instagram").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Magenta);
    let (x, y) = find(&buffer, "TikTok").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Cyan);

    let lang = Lang::En;
    let mut plain = App::new(
        Workspace::demo(today(), lang),
        lang,
        Theme::new(false, false),
    );
    keys(&mut plain, "3");
    let buffer = render(&plain, 80, 24);
    let (x, y) = find(&buffer, "Instagram").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
    assert!(common::text(&buffer).contains("Total (6 active)"));
}

#[test]
fn ascii_uses_no_middle_dots_or_box_drawing() {
    let lang = Lang::En;
    let mut app = App::new(Workspace::demo(today(), lang), lang, Theme::new(true, true));
    keys(&mut app, "3");
    let shown = screen(&app);
    assert!(shown.contains("13/15 4-5-4"), "{shown}");
    assert!(shown.contains("1054.90 EUR/month | 14.5 h/week"), "{shown}");
    assert!(!shown.contains('·') && !shown.contains('│'), "{shown}");
}

#[test]
fn totals_and_details_in_english_and_spanish() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "3jj");
    let shown = screen(&app);
    assert!(
        shown.contains("Total (6 active): 1054.90 EUR/month · 14.5 h/week"),
        "{shown}"
    );
    assert!(shown.contains("Kind: social network"), "{shown}");
    assert!(
        shown.contains("Fit: audience 5 · cost 4 · effort 3 (12/15)"),
        "{shown}"
    );
    assert!(shown.contains("Budget: 150.00 EUR/month (14%)"), "{shown}");
    assert!(shown.contains("Campaigns (6): "), "{shown}");
    // Measured on Instagram (followers), or served by its campaigns.
    assert!(shown.contains("Objectives (4): "), "{shown}");

    let mut app = common::demo(Lang::Es);
    keys(&mut app, "3");
    let shown = screen(&app);
    assert!(
        shown.contains("Total (6 activos): 1.054,90 €/mes · 14,5 h/semana"),
        "{shown}"
    );
    assert!(shown.contains("Tipo: medio propio"), "{shown}");
    assert!(shown.contains("Ppto./mes"), "{shown}");
    // Wide: the detail lists each campaign with its dates.
    let shown = common::text(&render(&app, 120, 40));
    assert!(shown.contains("Campañas (2):"), "{shown}");
    assert!(shown.contains(" → "), "{shown}");
}

#[test]
fn the_preset_list_is_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(Plan::new("Tienda", "EUR")), Lang::Es);
    keys(&mut app, "3");
    assert!(
        screen(&app).contains("Paso 3 del método"),
        "{}",
        screen(&app)
    );
    assert!(screen(&app).contains("Pulsa a"));
    keys(&mut app, "a");
    let shown = screen(&app);
    for name in [
        "Instagram",
        "Newsletter",
        "Prensa",
        "Televisión",
        "Eventos",
        "Concursos",
        "Personalizado…",
    ] {
        assert!(shown.contains(name), "{name}: {shown}");
    }
    // TV is the 14th preset.
    keys(&mut app, "jjjjjjjjjjjjj<Enter><Enter>");
    let tv = saved(&path).channel("tv").cloned().expect("added");
    assert_eq!(tv.name, "Televisión");
    assert_eq!(tv.kind, ChannelKind::Traditional);
}

#[test]
fn the_demo_is_edited_in_memory() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "3a");
    let shown = screen(&app);
    assert!(shown.contains("Add a channel"), "{shown}");
}

#[test]
fn an_empty_plan_explains_the_step_and_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::open(&dir.path().join("new.json"), Lang::En);
    keys(&mut app, "3");
    let shown = screen(&app);
    // The paragraph wraps: read it as one line.
    let flat: Vec<&str> = shown
        .lines()
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .collect();
    let flat = flat.join(" ");
    assert!(flat.contains("Step 3 of the method"), "{shown}");
    assert!(flat.contains("Press a to add"), "{shown}");
    keys(&mut app, "ed");
    assert!(screen(&app).contains("Nothing selected"));
}

#[test]
fn the_detail_shows_planned_spend_per_month_against_the_budget() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "3jj");
    let buffer = render(&app, 80, 24);
    let shown = common::text(&buffer);
    // Instagram (150.00 a month): December and January over, marked in
    // words; the months before this one only when over.
    assert!(
        shown.contains(
            "Planned spend: Dec 2026 168.57 over · Jan 304.39 over · Feb 98.12 · Mar 61.78"
        ),
        "{shown}"
    );
    assert!(shown.contains("Budget: 150.00 EUR/month (14%)"), "{shown}");
    assert!(shown.contains("Objectives (4): "), "still fits: {shown}");
    let (x, y) = find(&buffer, "304.39 over").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
    let (x, y) = find(&buffer, "98.12").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Reset);

    // The list marks the channels over budget in some month.
    let (_, y) = find(&buffer, "Instagram").unwrap();
    let row = common::text(&buffer)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .to_string();
    assert!(row.contains("150.00!"), "{row}");
    let (x, y) = find(&buffer, "150.00!").unwrap();
    assert_eq!(buffer[(x + 6, y)].fg, Color::Yellow);
    for (name, marked) in [
        ("Newsletter", false),
        ("Facebook", false),
        ("Radio Barrio", false),
        ("Tastings & workshops", true),
        ("TikTok", true),
    ] {
        let (_, y) = find(&buffer, name).unwrap();
        let row = common::text(&buffer)
            .lines()
            .nth(usize::from(y))
            .unwrap()
            .to_string();
        assert_eq!(row.contains('!'), marked, "{row}");
    }

    // Facebook: under budget every month; what its lead ads really spent
    // this month (the demo's 45.00 boost) beside what was planned.
    keys(&mut app, "k");
    let shown = screen(&app);
    assert!(
        shown.contains("Spent/planned: Jan 45.00/150.44 · Feb 178.63"),
        "{shown}"
    );
    assert!(!shown.contains(" over"), "{shown}");

    // Wide: one month a line, with the currency.
    keys(&mut app, "j");
    let shown = common::text(&render(&app, 120, 40));
    for part in [
        "Planned spend (EUR):",
        "• Dec 2026  168.57 over",
        "• Jan       304.39 over",
        "• Feb        98.12",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
}

#[test]
fn without_colour_the_over_budget_months_are_said_and_underlined() {
    let lang = Lang::Es;
    let mut app = App::new(
        Workspace::demo(today(), lang),
        lang,
        Theme::new(false, true),
    );
    keys(&mut app, "3jj");
    let buffer = render(&app, 80, 24);
    let shown = common::text(&buffer);
    assert!(
        shown.contains("Gasto previsto: dic 2026 168,57 excede | ene 304,39 excede | feb 98,12"),
        "{shown}"
    );
    let (x, y) = find(&buffer, "304,39 excede").unwrap();
    assert!(
        buffer[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    );
    assert!(shown.contains("150,00!"), "{shown}");
}

#[test]
fn a_channel_with_nothing_planned_says_so_and_a_long_list_is_cut_between_months() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = with_unused_channel();
    plan.channels.last_mut().unwrap().active = true;
    // A campaign a month on the newsletter for a year, each over budget.
    let template = plan.campaign("nl-bread-club").unwrap().clone();
    for month in 1..=12 {
        let mut campaign = template.clone();
        campaign.id = format!("nl-{month}");
        campaign.start = chrono::NaiveDate::from_ymd_opt(2027, month, 2).unwrap();
        campaign.end = campaign.start;
        campaign.budget = Money::from_units(20);
        plan.campaigns.push(campaign);
    }
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "3");
    let shown = screen(&app);
    let line = shown
        .lines()
        .find(|l| l.contains("Planned spend:"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        line.contains("Planned spend: Jan 28.23 over · Feb 27.43 over"),
        "{line}"
    );
    assert!(line.contains("over · …"), "cut between months: {line}");
    assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
    keys(&mut app, "G");
    let shown = screen(&app);
    assert!(
        shown.contains("Planned spend: none from this month on"),
        "{shown}"
    );
}

#[test]
fn the_cadence_and_copy_limit_are_edited_in_the_form_and_shown_in_the_detail() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let newsletter = |path| saved(path).channel("newsletter").cloned().unwrap();
    // Newsletter ranks first; posts per week is eight fields after the name.
    let to_cadence = "<Tab>".repeat(8);
    keys(&mut app, &format!("3e{to_cadence}0<Enter>"));
    assert!(
        screen(&app).contains("not a whole number from 1 to 70"),
        "a cadence of 0 is refused: {}",
        screen(&app)
    );
    assert_eq!(newsletter(&path).posts_per_week, None, "nothing saved");
    keys(&mut app, "<BS>2<Tab>500<Enter>");
    let edited = newsletter(&path);
    assert_eq!(
        (edited.posts_per_week, edited.copy_limit),
        (Some(2), Some(500))
    );
    let shown = common::text(&render(&app, 120, 40));
    assert!(shown.contains("Cadence: 2 posts a week"), "{shown}");
    assert!(shown.contains("Copy: up to 500 characters"), "{shown}");

    // The demo's Instagram keeps a cadence and takes its network's limit.
    let mut app = common::demo(Lang::Es);
    keys(&mut app, "3jj");
    let shown = common::text(&render(&app, 200, 40));
    for part in [
        "Ritmo: 3 publicaciones por semana",
        "Texto: hasta 2200 caracteres (el límite de Instagram)",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
}
