use super::*;
use crate::domain::Post;
use crate::domain::post::PostStatus;
use crate::domain::{
    Baseline, Campaign, Channel, ChannelKind, Colour, Direction, Fit, Money, Objective,
};
use chrono::Days;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The chart of every channel, `columns` columns of `zoom` from `from`.
fn chart_of(plan: &Plan, zoom: Zoom, from: &str, columns: usize, today: &str) -> Chart {
    Chart::new(plan, Timeline::new(zoom, d(from), columns), None, d(today))
}

/// Channels `ig` and `radio`, and `campaigns` (id, channel, start, end),
/// planned, each named by its id.
pub(crate) fn plan(campaigns: &[(&str, &str, &str, &str)]) -> Plan {
    let mut plan = Plan::new("p", "EUR");
    for id in ["ig", "radio"] {
        plan.channels.push(Channel {
            id: id.into(),
            name: id.into(),
            kind: ChannelKind::Social,
            reason: String::new(),
            fit: Fit::default(),
            monthly_budget: Money::ZERO,
            weekly_hours: 0.0,
            colour: Colour::Blue,
            active: true,
            posts_per_week: None,
            copy_limit: None,
        });
    }
    for (id, channel, start, end) in campaigns {
        plan.campaigns.push(Campaign {
            spend: Vec::new(),
            id: (*id).into(),
            name: (*id).into(),
            channel: (*channel).into(),
            start: d(start),
            end: d(end),
            status: Status::Planned,
            budget: Money::ZERO,
            objectives: Vec::new(),
            audience: String::new(),
            message: String::new(),
            owner: String::new(),
        });
    }
    plan
}

#[test]
fn channels_get_as_many_lanes_as_campaigns_on_their_busiest_day() {
    let plan = plan(&[
        ("a", "ig", "2027-01-04", "2027-01-10"),
        ("b", "ig", "2027-01-08", "2027-01-20"),
        ("c", "ig", "2027-01-11", "2027-01-12"),
        ("old", "ig", "2026-01-01", "2026-01-02"),
    ]);
    let chart = chart_of(&plan, Zoom::Week, "2027-01-04", 4, "2027-01-06");
    let ig: Vec<&Row> = chart.rows.iter().filter(|r| r.channel == "ig").collect();
    assert_eq!(ig.len(), 2, "b overlaps a and c; a and c share a lane");
    let radio: Vec<&Row> = chart.rows.iter().filter(|r| r.channel == "radio").collect();
    assert_eq!(radio.len(), 1, "a channel with nothing on still shows");
    assert!(chart.find(&plan, "old").is_none(), "outside the window");
    let (row, bar) = chart.find(&plan, "b").unwrap();
    assert_eq!(row, 1);
    assert_eq!((bar.span.first, bar.span.last), (0, 2));
}

#[test]
fn only_the_channels_asked_for() {
    let plan = plan(&[("a", "ig", "2027-01-04", "2027-01-10")]);
    let shown = vec!["radio".to_string()];
    let chart = Chart::new(
        &plan,
        Timeline::new(Zoom::Day, d("2027-01-04"), 7),
        Some(&shown),
        d("2027-01-06"),
    );
    assert_eq!(chart.rows.len(), 1);
    assert_eq!(chart.rows[0].channel, "radio");
}

#[test]
fn a_date_falls_in_the_cell_of_its_weekday_or_day() {
    assert_eq!(cell_in_column(Zoom::Week, d("2027-01-04"), 4), 0); // Monday
    assert_eq!(cell_in_column(Zoom::Week, d("2027-01-10"), 4), 3); // Sunday
    assert_eq!(cell_in_column(Zoom::Month, d("2027-02-28"), 5), 4);
    assert_eq!(cell_in_column(Zoom::Month, d("2028-02-29"), 5), 4);
    assert_eq!(cell_in_column(Zoom::Day, d("2027-01-04"), 3), 1);
}

#[test]
fn campaigns_days_apart_in_one_column_get_separate_lanes() {
    // Done on Tuesday, the next one starts on Wednesday of the same week
    // (the demo's TikTok in 2027-W03): one lane at day zoom, two at week
    // and month zoom, where both bars take the week's and month's column.
    let plan = plan(&[
        ("before", "ig", "2026-12-09", "2027-01-19"),
        ("after", "ig", "2027-01-20", "2027-02-17"),
    ]);
    let lanes_at = |zoom, from| {
        let chart = chart_of(&plan, zoom, from, 20, from);
        let ig: Vec<_> = chart.rows.iter().filter(|r| r.channel == "ig").collect();
        let (before, after) = (
            chart.find(&plan, "before").unwrap(),
            chart.find(&plan, "after").unwrap(),
        );
        (ig.len(), before.0 != after.0)
    };
    assert_eq!(lanes_at(Zoom::Day, "2027-01-18"), (1, false));
    assert_eq!(lanes_at(Zoom::Week, "2027-01-18"), (2, true));
    assert_eq!(lanes_at(Zoom::Month, "2027-01-01"), (2, true));
    // A window of 2027-W02 alone holds only "before": one lane.
    let chart = chart_of(&plan, Zoom::Week, "2027-01-11", 1, "2027-01-11");
    assert_eq!(chart.rows.iter().filter(|r| r.channel == "ig").count(), 1);
}

#[test]
fn campaigns_that_overlapped_only_before_the_window_share_a_lane() {
    let plan = plan(&[
        ("a", "ig", "2026-12-01", "2027-01-05"),
        ("b", "ig", "2026-12-10", "2027-01-02"),
    ]);
    let chart = chart_of(&plan, Zoom::Day, "2027-01-03", 10, "2027-01-03");
    assert!(
        chart.find(&plan, "b").is_none(),
        "it ended before the window"
    );
    assert_eq!(chart.rows.iter().filter(|r| r.channel == "ig").count(), 1);
    let (_, a) = chart.find(&plan, "a").unwrap();
    assert_eq!((a.span.first, a.span.last, a.span.cut_left), (0, 2, true));
}

/// An objective named by its id, with a deadline or none.
pub(crate) fn objective(id: &str, deadline: Option<NaiveDate>) -> Objective {
    Objective {
        id: id.into(),
        name: id.into(),
        metric: "followers".into(),
        unit: String::new(),
        channel: None,
        direction: Direction::Increase,
        baseline: Baseline {
            value: 0.0,
            date: d("2026-12-01"),
        },
        target: Some(10.0),
        deadline,
        active: true,
        measurements: Vec::new(),
        revisions: Vec::new(),
    }
}

#[test]
fn deadlines_in_the_window_by_date() {
    let mut plan = plan(&[]);
    for (id, deadline) in [
        ("late", Some("2027-01-30")),
        ("early", Some("2027-01-05")),
        ("outside", Some("2027-03-01")),
        ("none", None),
        ("same-day", Some("2027-01-05")),
    ] {
        plan.objectives.push(objective(id, deadline.map(d)));
    }
    let chart = chart_of(&plan, Zoom::Week, "2027-01-04", 4, "2027-01-06");
    let got: Vec<_> = chart
        .deadlines
        .iter()
        .map(|x| (x.objective.as_str(), x.column))
        .collect();
    assert_eq!(got, [("early", 0), ("same-day", 0), ("late", 3)]);
    let empty = chart_of(&plan, Zoom::Week, "2027-01-04", 0, "2027-01-06");
    assert!(empty.rows.is_empty() && empty.deadlines.is_empty());
}

/// Campaigns on the two channels: a start in the first 90 days of 2027
/// and up to 40 days long.
fn campaigns() -> impl Strategy<Value = Vec<(bool, u64, u64)>> {
    prop::collection::vec((any::<bool>(), 0u64..90, 0u64..40), 0..25)
}

fn random_plan(specs: &[(bool, u64, u64)]) -> Plan {
    let base = d("2027-01-01");
    let dates: Vec<(String, &str, String, String)> = specs
        .iter()
        .enumerate()
        .map(|(i, (radio, start, len))| {
            let start = base + Days::new(*start);
            (
                format!("c{i}"),
                if *radio { "radio" } else { "ig" },
                start.to_string(),
                (start + Days::new(*len)).to_string(),
            )
        })
        .collect();
    let refs: Vec<_> = dates
        .iter()
        .map(|(id, ch, a, b)| (id.as_str(), *ch, a.as_str(), b.as_str()))
        .collect();
    plan(&refs)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn at_day_zoom_a_channel_has_as_many_lanes_as_campaigns_on_its_busiest_day(
        specs in campaigns(),
        from in 0u64..100,
    ) {
        let plan = random_plan(&specs);
        let timeline = Timeline::new(Zoom::Day, d("2027-01-01") + Days::new(from), 30);
        let days: Vec<NaiveDate> = timeline.columns().iter().map(|c| c.first).collect();
        let chart = Chart::new(&plan, timeline, None, d("2027-01-01"));
        for channel in ["ig", "radio"] {
            let busiest = days
                .iter()
                .map(|day| {
                    plan.campaigns
                        .iter()
                        .filter(|c| c.channel == channel && c.start <= *day && *day <= c.end)
                        .count()
                })
                .max()
                .unwrap_or(0);
            let rows = chart.rows.iter().filter(|r| r.channel == channel).count();
            prop_assert_eq!(rows, busiest.max(1), "{}", channel);
        }
    }

    #[test]
    fn every_campaign_in_the_window_is_drawn_once_and_no_two_bars_of_a_lane_meet(
        specs in campaigns(),
        zoom in prop::sample::select(vec![Zoom::Day, Zoom::Week, Zoom::Month]),
        from in 0u64..100,
    ) {
        let plan = random_plan(&specs);
        let timeline = Timeline::new(zoom, d("2027-01-01") + Days::new(from), 12);
        let (first, last) = (timeline.first_day().unwrap(), timeline.last_day().unwrap());
        let chart = Chart::new(&plan, timeline, None, d("2027-01-01"));
        for campaign in &plan.campaigns {
            let drawn = chart.campaigns().filter(|b| b.id(&plan) == campaign.id).count();
            let inside = campaign.start <= last && campaign.end >= first;
            prop_assert_eq!(drawn, usize::from(inside), "{}", campaign.id);
            if let Some((row, _)) = chart.find(&plan, &campaign.id) {
                prop_assert_eq!(&chart.rows[row].channel, &campaign.channel);
            }
        }
        for row in &chart.rows {
            for pair in row.bars.windows(2) {
                prop_assert!(pair[0].span.last < pair[1].span.first, "{:?}", row);
            }
        }
        // A channel's lanes are numbered from 0 and kept together.
        for pair in chart.rows.windows(2) {
            if pair[0].channel == pair[1].channel {
                prop_assert_eq!(pair[1].lane, pair[0].lane + 1);
            } else {
                prop_assert_eq!(pair[1].lane, 0);
            }
        }
    }
}

fn post(campaign: &str, date: &str, status: PostStatus) -> Post {
    let id = format!("{campaign}-{date}-{status:?}");
    Post {
        status,
        ..Post::new(id, campaign.into(), d(date), String::new())
    }
}

/// The marks of campaign `id` at day zoom, a fortnight from 2027-01-04, on
/// 2027-01-08: (column, mark).
fn marks_of(plan: &Plan, zoom: Zoom, id: &str) -> Vec<(usize, Mark)> {
    let chart = chart_of(plan, zoom, "2027-01-04", 14, "2027-01-08");
    let (_, bar) = chart.find(plan, id).unwrap();
    bar.marks.iter().map(|m| (m.column, m.mark)).collect()
}

/// Adds posts of `campaign` on days of January 2027.
fn add_posts(plan: &mut Plan, campaign: &str, posts: &[(u32, PostStatus)]) {
    for &(day, status) in posts {
        let date = NaiveDate::from_ymd_opt(2027, 1, day).unwrap().to_string();
        plan.posts.push(post(campaign, &date, status));
    }
}

#[test]
fn at_day_zoom_each_post_is_a_mark_on_its_day() {
    use PostStatus::{Draft, Idea, Published, Ready, Scheduled};
    let mut plan = plan(&[
        ("a", "ig", "2027-01-01", "2027-01-31"),
        ("b", "radio", "2027-01-05", "2027-01-06"),
    ]);
    // The 2nd and the 25th are outside the window.
    let a = [
        (6, Published),
        (7, Ready),
        (12, Idea),
        (2, Published),
        (25, Draft),
    ];
    add_posts(&mut plan, "a", &a);
    add_posts(&mut plan, "b", &[(5, Scheduled)]);
    assert_eq!(
        marks_of(&plan, Zoom::Day, "a"),
        [(2, Mark::Published), (3, Mark::Overdue), (8, Mark::Planned)]
    );
    assert_eq!(marks_of(&plan, Zoom::Day, "b"), [(1, Mark::Overdue)]);
}

#[test]
fn a_day_with_several_posts_shows_the_one_that_needs_work() {
    use PostStatus::{Draft, Published, Scheduled};
    let mut plan = plan(&[("a", "ig", "2027-01-01", "2027-01-31")]);
    for (day, statuses) in [
        (10, [Published, Draft, Published]),
        (5, [Published, Scheduled, Published]),
        (11, [Published, Published, Published]),
    ] {
        add_posts(&mut plan, "a", &statuses.map(|status| (day, status)));
    }
    assert_eq!(
        marks_of(&plan, Zoom::Day, "a"),
        [(1, Mark::Overdue), (6, Mark::Planned), (7, Mark::Published)]
    );
}

#[test]
fn skipped_posts_and_posts_outside_their_campaign_get_no_mark() {
    use PostStatus::{Draft, Published, Skipped};
    let mut plan = plan(&[
        ("a", "ig", "2027-01-06", "2027-01-08"),
        ("b", "ig", "2027-01-10", "2027-01-12"),
    ]);
    // The 11th is b's, not a's: a finding, not a mark on b.
    add_posts(&mut plan, "a", &[(7, Skipped), (11, Draft)]);
    add_posts(&mut plan, "b", &[(7, Draft)]);
    add_posts(&mut plan, "gone", &[(7, Draft)]);
    assert!(marks_of(&plan, Zoom::Day, "a").is_empty());
    assert!(marks_of(&plan, Zoom::Day, "b").is_empty());
    // A skipped post beside a published one leaves the published mark.
    add_posts(&mut plan, "b", &[(11, Published), (11, Skipped)]);
    assert_eq!(marks_of(&plan, Zoom::Day, "b"), [(7, Mark::Published)]);
}

#[test]
fn week_and_month_columns_have_no_marks() {
    let mut plan = plan(&[("a", "ig", "2027-01-01", "2027-03-31")]);
    plan.posts = vec![post("a", "2027-01-12", PostStatus::Draft)];
    assert_eq!(marks_of(&plan, Zoom::Day, "a"), [(8, Mark::Planned)]);
    assert!(marks_of(&plan, Zoom::Week, "a").is_empty());
    assert!(marks_of(&plan, Zoom::Month, "a").is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 128,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn each_bar_marks_exactly_the_days_its_posts_fall_on(
        specs in campaigns(),
        posts in prop::collection::vec((0usize..25, 0u64..140, 0usize..6), 0..80),
        from in 0u64..100,
        today in 0u64..140,
    ) {
        let mut plan = random_plan(&specs);
        let base = d("2027-01-01");
        for (campaign, day, status) in posts {
            let id = format!("c{}", campaign % specs.len().max(1));
            let date = (base + Days::new(day)).to_string();
            plan.posts.push(post(&id, &date, PostStatus::ALL[status]));
        }
        let timeline = Timeline::new(Zoom::Day, base + Days::new(from), 30);
        let days: Vec<NaiveDate> = timeline.columns().iter().map(|c| c.first).collect();
        let today = base + Days::new(today);
        let chart = Chart::new(&plan, timeline, None, today);
        for bar in chart.campaigns() {
            let campaign = &plan.campaigns[bar.index];
            let wanted: Vec<(usize, Mark)> = days
                .iter()
                .enumerate()
                .filter(|(_, day)| campaign.start <= **day && **day <= campaign.end)
                .filter_map(|(column, day)| {
                    let on_day = plan.posts_of(&campaign.id).filter(|p| p.date == *day);
                    Some((column, on_day.filter_map(|p| Mark::of(p, today)).max()?))
                })
                .collect();
            let got: Vec<(usize, Mark)> = bar.marks.iter().map(|m| (m.column, m.mark)).collect();
            prop_assert_eq!(got, wanted, "{}", campaign.id);
        }
    }
}
