//! What the terminal receives per keypress, counted through a real
//! `CrosstermBackend` (bytes do not vary from run to run, unlike times), and
//! that a frame does not cost more when the plan holds campaigns the view
//! does not show. Timings are benchmarks: see benches/perf.rs.
#![allow(clippy::unwrap_used)]

#[path = "support/screen.rs"]
mod screen;

use chrono::Days;
use ratatui::crossterm::event::KeyCode;
use screen::Screen;
use socialplan::domain::Plan;
use socialplan::generate::{self, Size};

fn big() -> Plan {
    generate::plan(Size::campaigns(10_000))
}

#[test]
fn a_calendar_selection_move_writes_under_200_bytes() {
    let plan = big();
    for size in [(80, 24), (200, 50)] {
        let mut screen = Screen::new(&plan, '5', size);
        screen.draw();
        let bytes = screen.press(KeyCode::Char('j'));
        assert!(bytes < 200, "{size:?}: {bytes} bytes");
    }
}

/// In the list tabs the detail pane shows the new item, which is most of
/// what a move writes: under 200 bytes is not possible with it (see
/// docs/PERFORMANCE.md). This guards what a move costs today: the two rows
/// of the list, and the text that changes in the pane — well under a
/// network packet, and nothing like a full frame.
#[test]
fn a_list_selection_move_writes_the_rows_and_the_detail_only() {
    let plan = big();
    for (tab, limit) in [('2', 700), ('4', 700)] {
        for size in [(80, 24), (200, 50)] {
            let mut screen = Screen::new(&plan, tab, size);
            let frame = screen.draw();
            let bytes = screen.press(KeyCode::Char('j'));
            assert!(bytes < limit, "tab {tab} {size:?}: {bytes} bytes");
            assert!(
                bytes * 5 < frame,
                "tab {tab} {size:?}: {bytes} of a {frame}-byte frame"
            );
        }
    }
}

#[test]
fn first_frames_and_tab_switches_stay_within_a_screen() {
    let plan = big();
    for (w, h) in [(80u16, 24u16), (200, 50)] {
        // A full frame is at most the cells and their colours: a few
        // bytes a cell.
        let cells = usize::from(w) * usize::from(h);
        for tab in ['1', '2', '3', '4', '5', '6'] {
            let mut screen = Screen::new(&plan, tab, (w, h));
            let first = screen.draw();
            assert!(first < cells * 8, "tab {tab} {w}x{h}: {first} bytes");
            let switch = screen.press(KeyCode::Tab);
            assert!(
                switch < cells * 8,
                "tab {tab} {w}x{h}: switching wrote {switch} bytes"
            );
        }
    }
}

#[test]
fn a_calendar_step_at_day_zoom_is_a_week_and_rewrites_at_most_the_chart() {
    let plan = big();
    let mut screen = Screen::new(&plan, '5', (80, 24));
    screen.draw();
    screen.press(KeyCode::Char('+'));
    let step = screen.press(KeyCode::Char('l'));
    assert!(step < 80 * 24 * 8, "{step} bytes");
}

/// A plan, and the same plan with 9 900 more campaigns years later: what
/// the views show of the first is all they show of the second, so a frame
/// must write the same (the lists' titles count every campaign, and do).
/// The later campaigns serve an objective, cost nothing and are planned
/// (an active one would want posts), so that they add no findings to the
/// count in the title line either.
fn with_more_later(plan: &Plan) -> Plan {
    let mut more = plan.clone();
    let extra = generate::plan(Size {
        seed: 7,
        ..Size::campaigns(9_900)
    });
    for (i, mut campaign) in extra.campaigns.into_iter().enumerate() {
        campaign.id = format!("later-{i}");
        campaign
            .channel
            .clone_from(&plan.channels[i % plan.channels.len()].id);
        campaign.objectives = vec![plan.objectives[i % plan.objectives.len()].id.clone()];
        campaign.budget = socialplan::domain::Money::ZERO;
        campaign.status = socialplan::domain::Status::Planned;
        campaign.start = campaign.start.checked_add_days(Days::new(3 * 365)).unwrap();
        campaign.end = campaign.end.checked_add_days(Days::new(3 * 365)).unwrap();
        more.campaigns.push(campaign);
    }
    more
}

#[test]
fn a_frame_does_not_grow_with_campaigns_out_of_view() {
    let small = generate::plan(Size::campaigns(100));
    let large = with_more_later(&small);
    assert_eq!(large.campaigns.len(), 10_000);
    // The calendar and the campaign list at the start of the plan: the
    // same cells, so the same bytes, for 100 or 10 000 campaigns.
    for (tab, keys) in [('5', "jjl"), ('4', "jjj")] {
        let mut a = Screen::new(&small, tab, (120, 40));
        let mut b = Screen::new(&large, tab, (120, 40));
        let (first_a, first_b) = (a.draw(), b.draw());
        if tab == '4' {
            // "Campaigns (10000)" has two more digits where "(100)" has two
            // more border cells, and the scrollbar's thumb is shorter for
            // more rows: at most one cell of each of the 40 rows differs (a
            // cell and its style change take well under 16 bytes), however
            // many campaigns there are.
            assert!(
                first_a.abs_diff(first_b) <= 40 * 16,
                "tab {tab}: {first_a} vs {first_b}"
            );
        } else {
            assert_eq!(first_b, first_a, "tab {tab}");
        }
        for key in keys.chars() {
            assert_eq!(
                a.press(KeyCode::Char(key)),
                b.press(KeyCode::Char(key)),
                "tab {tab} key {key}"
            );
        }
    }
}
