//! The Calendar tab (the Gantt chart), driven through the keyboard: moving in
//! time, zooming, selecting campaigns with the view following, details,
//! the channels shown, editing from here, both languages, ASCII, no colour
//! and every size.
#![allow(clippy::unwrap_used)]

mod common;

use chrono::NaiveDate;
use common::{find, keys, on_file, render, saved, screen, text, today};
use ratatui::style::{Color, Modifier};
use socialplan::domain::{Campaign, Money, Plan, Status};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::App;
use socialplan::workspace::Workspace;

fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// The demo plan on the Calendar tab.
fn calendar(lang: Lang) -> App {
    let mut app = common::demo(lang);
    keys(&mut app, "5");
    app
}

/// Line `n` of the 80×24 screen.
fn line(app: &App, n: usize) -> String {
    screen(app).lines().nth(n).unwrap_or_default().to_string()
}

/// The panel's title line.
fn title(app: &App) -> String {
    line(app, 2)
}

/// The time header's second line (days, weeks or months), without the
/// label column.
fn header(app: &App) -> String {
    line(app, 4).trim_matches('│').trim().to_string()
}

/// The selected campaign's line under the chart (and its legend).
fn status(app: &App) -> String {
    let shown = screen(app);
    shown
        .lines()
        .skip_while(|l| !l.contains("cancel"))
        .skip(1)
        .find(|l| {
            !l.trim_matches(|c| c == '│' || c == '|' || c == ' ')
                .is_empty()
        })
        .unwrap_or_default()
        .to_string()
}

/// Moves the selection down until the status line names `name`.
fn select(app: &mut App, name: &str) {
    for _ in 0..40 {
        if status(app).contains(name) {
            return;
        }
        keys(app, "j");
    }
    panic!("{name} never selected: {}", screen(app));
}

/// A campaign on the radio channel.
fn campaign(id: &str, name: &str, start: &str, end: &str) -> Campaign {
    Campaign {
        spend: Vec::new(),
        id: id.into(),
        name: name.into(),
        channel: "radio".into(),
        start: date(start),
        end: date(end),
        status: Status::Planned,
        budget: Money::ZERO,
        objectives: Vec::new(),
        audience: String::new(),
        message: String::new(),
        owner: String::new(),
    }
}

#[test]
fn the_chart_starts_a_week_before_today_with_the_window_in_the_title() {
    let app = calendar(Lang::En);
    let shown = screen(&app);
    assert!(
        title(&app).contains("Calendar · weeks · 2027-01-11 → 2027-04-"),
        "{shown}"
    );
    // W03 holds today (2027-01-20); W02 is before it.
    assert!(header(&app).starts_with("W02 W03 W04"), "{shown}");
    for name in ["Instagram", "TikTok", "Trend tests", "Deadlines", "today"] {
        assert!(shown.contains(name), "{name}: {shown}");
    }
    // The campaign running today is selected and described under the chart.
    let status = status(&app);
    for part in [
        "Today's bake stories",
        "Instagram",
        "active",
        "6 Jan → 3 Mar",
    ] {
        assert!(status.contains(part), "{part}: {status}");
    }
    // The footer keeps the calendar's most useful keys.
    let footer = line(&app, 23);
    for hint in [
        "←/→ move",
        "+/- zoom",
        "t today",
        "Enter posts",
        "? help",
        "q quit",
    ] {
        assert!(footer.contains(hint), "{hint}: {footer}");
    }
}

#[test]
fn arrows_and_h_l_move_one_column_in_time() {
    let mut app = calendar(Lang::En);
    keys(&mut app, "l");
    assert!(header(&app).starts_with("W03 W04"), "{}", screen(&app));
    assert!(title(&app).contains("2027-01-18 →"), "{}", title(&app));
    keys(&mut app, "<Right><Right>");
    assert!(header(&app).starts_with("W05"), "{}", screen(&app));
    keys(&mut app, "h<Left><Left><Left>");
    assert!(header(&app).starts_with("W01 W02"), "{}", screen(&app));
    assert!(title(&app).contains("2027-01-04 →"), "{}", title(&app));
    // Across the new year: 2026-W53 runs from 2026-12-28.
    keys(&mut app, "h");
    assert!(header(&app).starts_with("W53 W01"), "{}", screen(&app));
}

#[test]
fn at_day_zoom_a_step_is_a_week() {
    let mut app = calendar(Lang::En);
    keys(&mut app, "+");
    assert!(
        title(&app).contains("days · 2027-01-18 →"),
        "{}",
        title(&app)
    );
    assert!(header(&app).starts_with("18 19 20 21"), "{}", screen(&app));
    keys(&mut app, "l");
    assert!(title(&app).contains("2027-01-25 →"), "{}", title(&app));
    assert!(
        header(&app).starts_with("25 26 27 28 29 30 31  1"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "<Left><Left>");
    assert!(title(&app).contains("2027-01-11 →"), "{}", title(&app));
}

#[test]
fn page_keys_move_by_a_screen() {
    let mut app = calendar(Lang::En);
    let before = header(&app);
    let columns = before.split_whitespace().count();
    assert!(columns >= 12, "about 15 weeks fit at 80 columns: {before}");
    let last = before.split_whitespace().last().unwrap().to_string();
    keys(&mut app, "<PgDn>");
    let after = header(&app);
    // The new first week is the one after the last shown.
    let first: u32 = after.split_whitespace().next().unwrap()[1..]
        .parse()
        .unwrap();
    let last: u32 = last[1..].parse().unwrap();
    assert_eq!(first, last + 1, "{before} / {after}");
    keys(&mut app, "<PgUp>");
    assert_eq!(header(&app), before);
}

#[test]
fn plus_and_minus_zoom_between_days_weeks_and_months() {
    let mut app = calendar(Lang::En);
    keys(&mut app, "-");
    let shown = screen(&app);
    assert!(title(&app).contains("months"), "{shown}");
    assert!(header(&app).starts_with("Dec  Jan  Feb  Mar"), "{shown}");
    keys(&mut app, "-");
    assert!(header(&app).starts_with("Dec  Jan"), "months is the widest");
    keys(&mut app, "+");
    assert!(header(&app).starts_with('W'), "{}", screen(&app));
    keys(&mut app, "+");
    let header_days = header(&app);
    assert!(header_days.contains("20 21 22"), "{header_days}");
    keys(&mut app, "+");
    assert_eq!(header(&app), header_days, "days is the closest");
    // `=` zooms in too (no Shift on most keyboards).
    keys(&mut app, "--=");
    assert!(header(&app).starts_with('W'), "{}", screen(&app));
}

#[test]
fn zooming_keeps_the_selected_campaign_in_view() {
    let mut app = calendar(Lang::En);
    select(&mut app, "Duet with a local creator");
    keys(&mut app, "++");
    let shown = screen(&app);
    assert!(shown.contains("Duet with"), "{shown}");
    assert!(title(&app).contains("days · 2027-02-2"), "{shown}");
    keys(&mut app, "--");
    assert!(screen(&app).contains("Duet"), "{}", screen(&app));
}

#[test]
fn t_jumps_back_to_today() {
    let mut app = calendar(Lang::En);
    let start = screen(&app);
    keys(&mut app, "llll<PgDn>");
    assert_ne!(screen(&app), start);
    keys(&mut app, "t");
    assert_eq!(screen(&app), start);
    // At day zoom too: today's week.
    keys(&mut app, "+<PgDn><PgDn>t");
    assert!(header(&app).starts_with("18 19 20"), "{}", screen(&app));
}

#[test]
fn up_and_down_select_campaigns_in_reading_order() {
    let mut app = calendar(Lang::En);
    assert!(status(&app).contains("Today's bake stories"));
    keys(&mut app, "j");
    assert!(
        status(&app).contains("Weekend breakfast ads"),
        "{}",
        status(&app)
    );
    keys(&mut app, "<Down>");
    assert!(
        status(&app).contains("Collab with Café Norte"),
        "{}",
        status(&app)
    );
    keys(&mut app, "k<Up>");
    assert!(
        status(&app).contains("Today's bake stories"),
        "{}",
        status(&app)
    );
    // Down the lanes: TikTok after Facebook, then the newsletter.
    select(&mut app, "Trend tests");
    select(&mut app, "Bread club newsletter");
    assert!(status(&app).contains("Newsletter"), "{}", status(&app));
}

#[test]
fn the_view_follows_the_selection_into_the_future_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.campaigns.push(campaign(
        "autumn-fair",
        "Autumn fair",
        "2027-10-04",
        "2027-10-10",
    ));
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "5");
    assert!(!screen(&app).contains("Autumn fair"));
    select(&mut app, "Autumn fair");
    let shown = screen(&app);
    // The window moved as little as it could: the fair is a column from
    // its right edge.
    assert!(title(&app).contains("→ 2027-10-17"), "{shown}");
    assert!(status(&app).contains("Autumn fair"), "{shown}");
    assert!(!status(&app).contains('▶'), "in view: {shown}");
    // One week's column is too narrow for its name: its fill shows, on the
    // radio's lane, in W40.
    let buffer = render(&app, 80, 24);
    let (x, _) = find(&buffer, "W40").unwrap();
    let (_, y) = find(&buffer, "Radio Barrio").unwrap();
    assert_eq!(buffer[(x, y)].symbol(), "░", "{shown}");
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    // Back up: the campaign before it is the last to end before the
    // window; too long to show whole, it shows from its start.
    keys(&mut app, "k");
    assert!(
        status(&app).contains("Bread club newsletter"),
        "{}",
        status(&app)
    );
    assert!(title(&app).contains("2026-12-14 →"), "{}", title(&app));
    // Home and End: the first and last campaign to start.
    keys(&mut app, "G");
    assert!(status(&app).contains("Autumn fair"));
    keys(&mut app, "g");
    assert!(status(&app).contains("Welcome series"), "{}", status(&app));
    assert!(title(&app).contains("2026-11-16 →"), "{}", title(&app));
}

#[test]
fn a_selection_moved_out_of_view_is_marked_and_down_picks_one_in_view() {
    let mut app = calendar(Lang::En);
    keys(&mut app, "<PgDn><PgDn>");
    // Nothing runs there; the selection stays, out of view to the left.
    let shown = screen(&app);
    assert!(
        status(&app).starts_with("│◀ Today's bake stories"),
        "{shown}"
    );
    keys(&mut app, "<PgUp><PgUp><PgUp>");
    keys(&mut app, "j");
    // The first campaign in view (reading order) is chosen.
    assert!(!status(&app).contains('◀'), "{}", status(&app));
}

#[test]
fn the_selected_lane_scrolls_into_view_on_a_small_screen() {
    let mut app = calendar(Lang::En);
    let small = |app: &App| text(&render(app, 60, 15));
    let shown = small(&app);
    assert!(!shown.contains("Tastings"), "{shown}");
    assert!(shown.contains("lanes 1-"), "{shown}");
    select(&mut app, "Kids' sourdough workshop");
    let shown = small(&app);
    assert!(shown.contains("Tastings"), "{shown}");
    assert!(shown.contains("Kids'"), "{shown}");
    assert!(!shown.contains("lanes 1-"), "scrolled: {shown}");
    keys(&mut app, "g");
    let shown = small(&app);
    assert!(shown.contains("Welcome series"), "{shown}");
}

#[test]
fn i_shows_the_details_and_esc_closes_them() {
    let mut app = calendar(Lang::En);
    select(&mut app, "Croissant week");
    keys(&mut app, "i");
    let shown = screen(&app);
    for part in [
        "Croissant week 🥐",
        "Channel: Instagram",
        "Dates: 2027-01-23 → 2027-01-29 (7 days)",
        "Status: ○ planned",
        "Budget: 90.00 EUR",
        "Objectives served: Grow Instagram",
        "Audience: Young foodies",
        "Message: A new filled croissant",
        "Owner: Marta",
        "Esc/Enter/q close",
        "e edit",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    keys(&mut app, "<Esc>");
    assert!(!screen(&app).contains("Dates:"), "{}", screen(&app));
    keys(&mut app, "i<Enter>");
    assert!(!screen(&app).contains("Dates:"), "Enter closes too");
    // In Spanish.
    let mut app = calendar(Lang::Es);
    keys(&mut app, "i");
    let shown = screen(&app);
    assert!(shown.contains("Fechas: 6 ene → 3 mar (57 días)"), "{shown}");
    assert!(shown.contains("Esc/Intro/q cerrar"), "{shown}");
}

#[test]
fn c_chooses_the_channels_shown() {
    let mut app = calendar(Lang::En);
    keys(&mut app, "c");
    let shown = screen(&app);
    assert!(shown.contains("Channels shown"), "{shown}");
    assert!(shown.contains("[x] All channels"), "{shown}");
    assert!(shown.contains("[x] TikTok"), "{shown}");
    // a unticks them all; then TikTok and the newsletter.
    keys(&mut app, "a");
    assert!(screen(&app).contains("[ ] TikTok"));
    keys(&mut app, "jjj<Space>j<Space>");
    let shown = screen(&app);
    assert!(shown.contains("[-] All channels"), "{shown}");
    keys(&mut app, "<Enter>");
    let shown = screen(&app);
    assert!(title(&app).contains("2 of 6 channels"), "{shown}");
    let chart: String = shown
        .lines()
        .skip(5)
        .take(15)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        chart.contains("TikTok") && chart.contains("Newsletter"),
        "{shown}"
    );
    assert!(
        !chart.contains("Instagram") && !chart.contains("Facebook"),
        "{shown}"
    );
    // The selection moved to a campaign shown.
    assert!(!status(&app).contains("Today's bake"), "{}", status(&app));
    // Space on the first entry ticks every channel again.
    keys(&mut app, "c<Space><Enter>");
    assert!(!title(&app).contains("channels"), "{}", title(&app));
    assert!(screen(&app).contains("Instagram"));
    // None ticked shows them all, and says so.
    keys(&mut app, "ca<Enter>");
    assert!(
        line(&app, 23).contains("No channel ticked"),
        "{}",
        screen(&app)
    );
    // Esc changes nothing.
    keys(&mut app, "ca<Esc>");
    assert!(!title(&app).contains("channels"));
}

#[test]
fn a_and_e_open_the_campaign_form_and_e_edits_the_selected_campaign() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "5a");
    let shown = screen(&app);
    assert!(shown.contains("New campaign"), "{shown}");
    // A new campaign starts on the selected campaign's channel.
    assert!(shown.contains("Instagram"), "{shown}");
    keys(&mut app, "Market day<Enter>");
    assert!(saved(&path).campaign("market-day").is_some());
    // The new one is selected and in view.
    assert!(status(&app).contains("Market day"), "{}", screen(&app));
    keys(&mut app, "k");
    select(&mut app, "Trend tests");
    keys(&mut app, "e");
    assert!(screen(&app).contains("Edit campaign"), "{}", screen(&app));
    keys(&mut app, "<End> 2<Enter>");
    assert_eq!(
        saved(&path).campaign("tt-trend-tests").unwrap().name,
        "Trend tests 2"
    );
    assert!(status(&app).contains("Trend tests 2"), "{}", status(&app));
    // From the details, e edits too.
    keys(&mut app, "ie");
    assert!(screen(&app).contains("Edit campaign"), "{}", screen(&app));
    keys(&mut app, "<Esc>");
    // The demo is edited too (in memory).
    let mut demo = calendar(Lang::En);
    keys(&mut demo, "e");
    assert!(screen(&demo).contains("Edit campaign"), "{}", screen(&demo));
}

#[test]
fn d_asks_then_deletes_and_u_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    // A campaign with posts cannot be deleted: this one has none here.
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.posts.retain(|p| p.campaign != "tt-trend-tests");
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);
    let original = saved(&path);
    keys(&mut app, "5");
    select(&mut app, "Trend tests");
    keys(&mut app, "dn");
    assert!(saved(&path).campaign("tt-trend-tests").is_some());
    keys(&mut app, "d");
    assert!(screen(&app).contains("Trend tests"), "{}", screen(&app));
    keys(&mut app, "y");
    assert!(saved(&path).campaign("tt-trend-tests").is_none());
    assert!(!screen(&app).contains("Trend tests"), "{}", screen(&app));
    keys(&mut app, "u");
    assert_eq!(saved(&path), original);
    // Brought back, and selected again.
    assert!(status(&app).contains("Trend tests"), "{}", status(&app));
}

#[test]
fn months_are_named_in_spanish() {
    let mut app = calendar(Lang::Es);
    let shown = screen(&app);
    assert!(title(&app).contains("Calendario · semanas"), "{shown}");
    assert!(shown.contains("ene 2027"), "{shown}");
    assert!(shown.contains("feb"), "{shown}");
    assert!(shown.contains("Fechas límite"), "{shown}");
    assert!(status(&app).contains("6 ene → 3 mar"), "{shown}");
    keys(&mut app, "-");
    assert!(title(&app).contains("meses"), "{}", screen(&app));
    assert!(
        header(&app).starts_with("dic  ene  feb  mar"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "++");
    assert!(title(&app).contains("días"), "{}", screen(&app));
    let footer = line(&app, 23);
    assert!(
        footer.contains("←/→ mover") && footer.contains("t hoy"),
        "{footer}"
    );
}

#[test]
fn without_colour_or_unicode_it_still_reads() {
    let mut app = App::new(
        Workspace::demo(today(), Lang::En),
        Lang::En,
        Theme::new(false, true),
    );
    keys(&mut app, "5");
    for zoom in ["", "+", "--"] {
        keys(&mut app, zoom);
        let buffer = render(&app, 80, 24);
        let shown = text(&buffer);
        for symbol in [
            "█", "░", "▒", "╌", "│", "◆", "◀", "▶", "─", "┌", "·", "→", "…",
        ] {
            assert!(!shown.contains(symbol), "{symbol}: {shown}");
        }
        // Only the plan's own names may be other than ASCII.
        let chrome: String = shown
            .replace("Croissant week 🥐", "")
            .replace("Café", "")
            .replace("🫒", "");
        assert!(chrome.is_ascii(), "{shown}");
        for cell in buffer.content() {
            assert_eq!(cell.fg, Color::Reset, "no colour: {:?}", cell.symbol());
        }
    }
    // Statuses are told apart by their fill, and the legend says which.
    keys(&mut app, "t+");
    let shown = screen(&app);
    assert!(
        shown.contains("# active  . planned  = done  x cancelled"),
        "{shown}"
    );
    assert!(
        shown.contains("Calendar - weeks - 2027-01-11 -> "),
        "{shown}"
    );
    assert!(line(&app, 23).contains("Left/Right move"), "{shown}");
}

#[test]
fn bars_are_in_their_channel_colour_and_the_selected_one_is_underlined() {
    let mut app = calendar(Lang::En);
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "Trend tests").unwrap();
    // TikTok is cyan: its name, and each cell of its bar.
    assert_eq!(buffer[(x, y)].fg, Color::Cyan);
    assert_eq!(buffer[(x + 14, y)].fg, Color::Cyan);
    let (lx, ly) = find(&buffer, "TikTok").unwrap();
    assert_eq!(buffer[(lx, ly)].fg, Color::Cyan);
    assert!(!buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    // The selected bar (the one running today on Instagram) is underlined.
    let (sx, sy) = find(&buffer, "Today's bake stories").unwrap();
    assert_eq!(buffer[(sx, sy)].fg, Color::Magenta);
    assert!(buffer[(sx, sy)].modifier.contains(Modifier::UNDERLINED));
    select(&mut app, "Trend tests");
    let buffer = render(&app, 80, 24);
    assert_eq!(
        find(&buffer, "Trend tests"),
        Some((x, y)),
        "the view stayed"
    );
    assert!(buffer[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert!(!buffer[(sx, sy)].modifier.contains(Modifier::UNDERLINED));
}

#[test]
fn empty_plans_explain_the_calendar_and_name_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(Plan::new("Empty", "EUR")), Lang::En);
    keys(&mut app, "5");
    let shown = screen(&app);
    assert!(
        shown.contains("The calendar draws every campaign"),
        "{shown}"
    );
    assert!(shown.contains("tab 3 (Channels)"), "{shown}");
    keys(&mut app, "a");
    assert!(
        screen(&app).contains("Step 3 comes first"),
        "{}",
        screen(&app)
    );
    assert!(saved(&path).campaigns.is_empty());
    // With channels but no campaigns.
    let mut plan = socialplan::demo::plan(today(), Lang::Es);
    plan.campaigns.clear();
    plan.posts.clear();
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::Es);
    keys(&mut app, "5");
    let shown = screen(&app);
    assert!(
        shown.contains("El calendario dibuja cada campaña"),
        "{shown}"
    );
    assert!(shown.contains("pulsa a"), "{shown}");
    keys(&mut app, "a");
    assert!(screen(&app).contains("Nueva campaña"), "{}", screen(&app));
}

#[test]
fn the_help_lists_the_calendar_keys() {
    let mut app = calendar(Lang::En);
    keys(&mut app, "?");
    let shown = screen(&app);
    for part in [
        "←/h",
        "earlier",
        "→/l",
        "PgUp",
        "a screen earlier",
        "+/=",
        "zoom in",
        "zoom out",
        "today",
        "details",
        "channels",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
}

#[test]
fn extreme_dates_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.campaigns
        .push(campaign("far", "Far", "+262142-12-01", "+262142-12-31"));
    plan.campaigns
        .push(campaign("old", "Old", "-262143-01-01", "-262143-01-31"));
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "5");
    for k in [
        "G", "<PgDn>", "l", "+", "<PgDn>", "l", "--", "<PgDn>", "l", "g", "<PgUp>", "h", "++", "h",
        "<PgUp>", "j", "k", "t",
    ] {
        keys(&mut app, k);
        render(&app, 80, 24);
        render(&app, 200, 60);
    }
}

#[test]
fn enter_on_a_bar_lists_the_campaigns_posts_and_esc_comes_back() {
    let mut app = calendar(Lang::En);
    select(&mut app, "Croissant week");
    keys(&mut app, "<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("Posts — Croissant week"), "{shown}");
    keys(&mut app, "<Esc>");
    let shown = screen(&app);
    assert!(!shown.contains("Posts — "), "{shown}");
    assert!(
        status(&app).contains("Croissant week"),
        "still selected: {shown}"
    );
}
