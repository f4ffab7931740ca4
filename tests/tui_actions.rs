//! The Actions tab (campaigns), driven through the keyboard. (The Calendar
//! tab, which shares its campaign form, is in tui_calendar.rs.)
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{find, keys, on_file, render, saved, screen, text, today};
use ratatui::style::{Color, Modifier};
use socialplan::domain::{Plan, Status};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

/// Keys that empty a prefilled text field (dates are ten characters).
const CLEAR: &str = "<End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>";

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The list rows on a tall stacked screen: lines of the list panel that
/// show a campaign (they have a start date), without the detail pane.
fn list_rows(app: &App) -> Vec<String> {
    let shown = text(&render(app, 100, 60));
    shown
        .lines()
        .skip(2)
        .take_while(|l| !l.starts_with('└'))
        .filter(|l| l.contains("20") && l.starts_with('│') && !l.contains("Campaign"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_campaign_added_with_the_form_is_in_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "4a");
    let shown = screen(&app);
    assert!(shown.contains("New campaign"), "{shown}");
    // New campaigns start today and last a week.
    assert!(shown.contains("2027-01-20"), "{shown}");
    assert!(shown.contains("2027-01-26"), "{shown}");
    // name, channel (the second: Facebook), start, end, status, budget,
    // objectives (first and third checked), audience, message, owner.
    keys(&mut app, "Spring market 🌷<Tab><Right><Tab>");
    keys(
        &mut app,
        &format!("{CLEAR}2027-03-01<Tab>{CLEAR}2027-03-14<Tab>"),
    );
    keys(
        &mut app,
        "<Right><Tab>150.50<Tab><Space><Down><Down><Space><Tab>",
    );
    keys(
        &mut app,
        "Neighbours<Tab>A stall with tastings<Tab>Ana<Enter>",
    );
    let shown = screen(&app);
    assert!(!shown.contains("New campaign"), "the form closed: {shown}");
    assert!(shown.contains("Saved"), "{shown}");
    let plan = saved(&path);
    let added = plan
        .campaign("spring-market")
        .expect("id made from the name");
    assert_eq!(added.name, "Spring market 🌷");
    assert_eq!(added.channel, "facebook");
    assert_eq!(
        (added.start, added.end),
        (date("2027-03-01"), date("2027-03-14"))
    );
    assert_eq!(added.status, Status::Active);
    assert_eq!(added.budget.to_string(), "150.50");
    assert_eq!(added.objectives, vec!["ig-followers", "newsletter-subs"]);
    assert_eq!(added.audience, "Neighbours");
    assert_eq!(added.message, "A stall with tastings");
    assert_eq!(added.owner, "Ana");
    // It is selected and shown in the detail pane.
    assert!(
        shown.contains("2027-03-01 → 2027-03-14 (14 days)"),
        "{shown}"
    );
}

#[test]
fn a_campaign_ending_before_it_starts_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "4aBackwards<Tab><Tab>");
    keys(
        &mut app,
        &format!("{CLEAR}2027-03-10<Tab>{CLEAR}2027-03-01<Enter>"),
    );
    let shown = screen(&app);
    assert!(
        shown.contains("New campaign"),
        "the form stays open: {shown}"
    );
    assert!(
        shown.contains("The end (2027-03-01) is before the start"),
        "the reason is on the end field: {shown}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // In Spanish too.
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "4aAl revés<Tab><Tab>");
    keys(
        &mut app,
        &format!("{CLEAR}2027-03-10<Tab>{CLEAR}2027-03-01<Enter>"),
    );
    let shown = screen(&app);
    assert!(
        shown.contains("El fin (2027-03-01) es anterior al"),
        "{shown}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_bad_date_or_amount_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "4aX<Tab><Tab>");
    keys(
        &mut app,
        &format!("{CLEAR}1/3/2027<Tab><Tab><Tab>12,50<Enter>"),
    );
    let shown = screen(&app);
    assert!(shown.contains("is not a date"), "{shown}");
    keys(&mut app, "<Esc>");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn editing_a_campaign_keeps_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = saved(&path).campaign("nl-welcome-series").unwrap().clone();
    // The first by start date is the welcome series. (Enter opens its
    // posts: see tui_posts.rs.)
    keys(&mut app, "4e");
    assert!(screen(&app).contains("Edit campaign"), "{}", screen(&app));
    keys(&mut app, "<End> (v2)<Tab><Tab><Tab><Tab><Right><Enter>");
    let edited = saved(&path).campaign("nl-welcome-series").unwrap().clone();
    assert_eq!(edited.name, "Welcome series (v2)");
    assert_eq!(edited.status, Status::Cancelled, "done → cancelled");
    assert_eq!(edited.objectives, original.objectives, "checks kept");
    assert_eq!(edited.message, original.message);
    assert_eq!((edited.start, edited.end), (original.start, original.end));
    assert_eq!(saved(&path).campaigns.len(), 21, "nothing added");
}

#[test]
fn delete_asks_first_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    // A campaign with posts cannot be deleted: this one has none here.
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.posts.retain(|p| p.campaign != "nl-welcome-series");
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);
    let original = saved(&path);
    keys(&mut app, "4d");
    let shown = screen(&app);
    assert!(shown.contains("Delete the campaign"), "{shown}");
    assert!(shown.contains("Welcome series"), "{shown}");
    keys(&mut app, "n");
    assert_eq!(saved(&path), original, "n keeps it");
    keys(&mut app, "dy");
    assert!(saved(&path).campaign("nl-welcome-series").is_none());
    assert!(!screen(&app).contains("Welcome series"));
    keys(&mut app, "u");
    assert_eq!(saved(&path), original, "undo restores it, in its place");
    assert!(screen(&app).contains("Welcome series"));
}

#[test]
fn esc_in_a_form_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "4aNever saved<Tab><Right><Esc>");
    assert!(screen(&app).contains("Discard your changes?"));
    keys(&mut app, "y");
    assert!(!screen(&app).contains("New campaign"));
    keys(&mut app, "e<End>!!<Esc><Esc>");
    assert!(!screen(&app).contains("Edit campaign"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_status_filter_cycles_and_lists_only_that_status() {
    let mut app = common::demo(Lang::En);
    let plan = socialplan::demo::plan(today(), Lang::En);
    let count = |status| plan.campaigns.iter().filter(|c| c.status == status).count();
    keys(&mut app, "4");
    assert_eq!(list_rows(&app).len(), 21);
    for (status, word) in [
        (Status::Planned, "○ planned"),
        (Status::Active, "● active"),
        (Status::Done, "✓ done"),
        (Status::Cancelled, "✗ cancelled"),
    ] {
        keys(&mut app, "s");
        let rows = list_rows(&app);
        assert_eq!(rows.len(), count(status), "{word}: {rows:#?}");
        assert!(rows.iter().all(|r| r.contains(word)), "{word}: {rows:#?}");
        let shown = screen(&app);
        let title = format!("of 21) · filter: {}", &word[4..]);
        assert!(shown.contains(&title), "{title}: {shown}");
    }
    keys(&mut app, "s");
    assert_eq!(list_rows(&app).len(), 21, "back to all");
    assert!(!screen(&app).contains("filter:"));
}

#[test]
fn the_channel_filter_is_picked_from_a_list() {
    let mut app = common::demo(Lang::En);
    let plan = socialplan::demo::plan(today(), Lang::En);
    keys(&mut app, "4c");
    let shown = screen(&app);
    assert!(shown.contains("All channels"), "{shown}");
    assert!(shown.contains("Instagram"), "{shown}");
    keys(&mut app, "j<Enter>");
    let instagram = plan
        .campaigns
        .iter()
        .filter(|c| c.channel == "instagram")
        .count();
    let rows = list_rows(&app);
    assert_eq!(rows.len(), instagram, "{rows:#?}");
    assert!(rows.iter().all(|r| r.contains("Instagram")), "{rows:#?}");
    let shown = screen(&app);
    assert!(
        shown.contains(&format!(
            "Campaigns ({instagram} of 21) · filter: Instagram"
        )),
        "{shown}"
    );
    // With the status filter too.
    keys(&mut app, "ss");
    let rows = list_rows(&app);
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r.contains("Instagram") && r.contains("active"))
    );
    assert!(screen(&app).contains("filter: Instagram, active"));
    // Nothing cancelled on Instagram: the screen says why it is empty.
    keys(&mut app, "ss");
    let shown = screen(&app);
    assert!(shown.contains("No campaign matches the filter"), "{shown}");
    assert!(shown.contains("Instagram, cancelled"), "{shown}");
    // Back to every channel.
    keys(&mut app, "c<Home><Enter>s");
    assert_eq!(list_rows(&app).len(), 21);
}

#[test]
fn campaigns_are_sorted_by_start_then_end() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "4");
    let rows = list_rows(&app);
    let dates: Vec<(NaiveDate, NaiveDate)> = rows
        .iter()
        .map(|r| {
            let found: Vec<NaiveDate> = r
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            (found[0], found[1])
        })
        .collect();
    assert_eq!(dates.len(), 21);
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{rows:#?}");
    // Same start: the one ending first comes first.
    let plan = socialplan::demo::plan(today(), Lang::En);
    let first = plan
        .campaigns
        .iter()
        .map(|c| (c.start, c.end))
        .min()
        .unwrap();
    assert_eq!(dates[0], first);
}

#[test]
fn a_new_campaign_is_shown_even_when_the_filter_hid_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // Filter on cancelled, then add a planned one on Instagram.
    keys(&mut app, "4ssss");
    keys(&mut app, "aPop-up stand<Enter>");
    assert!(saved(&path).campaign("pop-up-stand").is_some());
    let shown = screen(&app);
    assert!(!shown.contains("filter"), "{shown}");
    assert!(shown.contains("┌ Pop-up stand"), "selected: {shown}");
}

#[test]
fn without_channels_a_explains_that_step_3_comes_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(Plan::new("Empty", "EUR")), Lang::En);
    keys(&mut app, "4");
    let shown = screen(&app);
    assert!(shown.contains("Step 4 of the method"), "{shown}");
    assert!(shown.contains("tab 3"), "{shown}");
    keys(&mut app, "a");
    let shown = screen(&app);
    assert!(!shown.contains("New campaign"), "{shown}");
    assert!(shown.contains("Step 3 comes first"), "{shown}");
    assert!(shown.contains("tab 3 (Channels)"), "{shown}");
    assert!(saved(&path).campaigns.is_empty());
}

#[test]
fn with_channels_but_no_campaigns_the_tab_explains_step_4_and_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::Es);
    plan.campaigns.clear();
    plan.posts.clear();
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::Es);
    keys(&mut app, "4");
    let shown = screen(&app);
    assert!(shown.contains("Paso 4 del método"), "{shown}");
    // "Pulsa" ends a line here: the key is what follows it.
    assert!(shown.contains("a para añadir la primera"), "{shown}");
}

#[test]
fn the_channel_cell_is_drawn_in_the_channel_colour() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "4");
    let buffer = render(&app, 80, 24);
    // The first row (selected) is the newsletter's: pointed at, its
    // pointer and name reversed, and the rest of the row in its own
    // colours, the channel in yellow and not reversed.
    let (x, y) = find(&buffer, "Newsletter").unwrap();
    let cell = &buffer[(x, y)];
    assert_eq!(cell.fg, Color::Yellow);
    assert!(!cell.modifier.contains(Modifier::REVERSED));
    let (pointer, row) = find(&buffer, "▶ ").unwrap();
    assert_eq!(row, y, "the pointer is on the newsletter's row");
    let reversed = |x: u16| buffer[(x, y)].modifier.contains(Modifier::REVERSED);
    let line: String = (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect();
    let name = line[line.find("▶ ").unwrap() + "▶ ".len()..]
        .split("  ")
        .next()
        .unwrap();
    let name_end = pointer + 2 + u16::try_from(name.chars().count()).unwrap();
    assert!((pointer..name_end).all(reversed), "{line}");
    // Only the name: not the padding after it, nor the rest of the row.
    assert!(
        (name_end..buffer.area.width).all(|x| !reversed(x)),
        "{line}"
    );
    let (x, y) = find(&buffer, "Instagram").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Magenta);
    assert!(!buffer[(x, y)].modifier.contains(Modifier::REVERSED));
    // Active campaigns are green; done ones dimmed.
    let (x, y) = find(&buffer, "● active").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Green);
}

#[test]
fn without_colour_or_unicode_the_status_still_reads() {
    let app = |lang| {
        let mut app = App::new(
            Workspace::demo(today(), lang),
            lang,
            Theme::new(false, true),
        );
        keys(&mut app, "4");
        app
    };
    let en = app(Lang::En);
    let shown = screen(&en);
    assert!(shown.contains("* active"), "{shown}");
    assert!(shown.contains("+ done"), "{shown}");
    for symbol in ["▶", "●", "✓", "→", "─", "│"] {
        assert!(!shown.contains(symbol), "{symbol}: {shown}");
    }
    let buffer = render(&en, 80, 24);
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "no colour: {:?}", cell.symbol());
    }
}

#[test]
fn the_spanish_screen_has_spanish_headers() {
    let mut app = common::demo(Lang::Es);
    keys(&mut app, "4");
    let shown = screen(&app);
    for header in [
        "Campañas (21)",
        "Campaña",
        "Canal",
        "Inicio",
        "Fin",
        "Estado",
        "Presup.",
    ] {
        assert!(shown.contains(header), "{header}: {shown}");
    }
    assert!(shown.contains("✓ terminada"), "{shown}");
    assert!(shown.contains("Fechas: "), "{shown}");
    assert!(shown.contains("días)"), "{shown}");
    keys(&mut app, "s");
    assert!(screen(&app).contains("de 21) · filtro: prevista"));
}

/// One key sets the selected campaign's status, from the Actions tab and
/// from the Calendar; the patch changes the status alone, and `u` undoes it.
#[test]
fn s_sets_a_campaigns_status_in_one_step_and_u_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = saved(&path);
    keys(&mut app, "4gS");
    let shown = screen(&app);
    assert!(
        shown.contains("Status — "),
        "the status list opens: {shown}"
    );
    assert!(shown.contains("cancelled"), "{shown}");
    let first = before
        .campaigns
        .iter()
        .find(|c| shown.contains(&format!("Status — {}", c.name)))
        .expect("titled with the campaign's name")
        .clone();
    keys(&mut app, "G<Enter>");
    let after = saved(&path);
    let changed = after.campaign(&first.id).unwrap();
    assert_eq!(changed.status, Status::Cancelled);
    let mut expected = first.clone();
    expected.status = Status::Cancelled;
    assert_eq!(changed, &expected, "only the status changed");
    keys(&mut app, "u");
    assert_eq!(saved(&path).campaign(&first.id), Some(&first), "undone");
    // From the Calendar, on the selected bar.
    keys(&mut app, "5S");
    assert!(screen(&app).contains("Status — "), "{}", screen(&app));
    keys(&mut app, "<Esc>");
    assert_eq!(saved(&path), before, "Esc chooses nothing");
}

/// A campaign's posts go with it: the question says how many, and one undo
/// brings the campaign and all its posts back.
#[test]
fn deleting_a_campaign_takes_its_posts_and_one_undo_brings_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = saved(&path);
    keys(&mut app, "4gd");
    let shown = screen(&app);
    let campaign = before
        .campaigns
        .iter()
        .find(|c| shown.contains(&format!("“{}”", c.name)))
        .expect("the question names the campaign")
        .clone();
    let posts = before
        .posts
        .iter()
        .filter(|p| p.campaign == campaign.id)
        .count();
    assert!(posts > 0, "the demo's campaigns have posts");
    assert!(
        shown.contains(&format!("Its {posts} posts are deleted")),
        "{shown}"
    );
    keys(&mut app, "y");
    let after = saved(&path);
    assert!(after.campaign(&campaign.id).is_none());
    assert!(after.posts.iter().all(|p| p.campaign != campaign.id));
    assert_eq!(after.posts.len(), before.posts.len() - posts);
    keys(&mut app, "u");
    assert_eq!(saved(&path), before, "one undo brings everything back");
}
