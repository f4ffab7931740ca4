//! The agenda of a small plan on Monday 2027-02-22: what shows, in which
//! order, and what the filters keep.

use serde_json::json;

use super::*;
use crate::domain::Direction;
use crate::domain::progress::tests::objective;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn today() -> NaiveDate {
    day("2027-02-22")
}

fn week() -> Window {
    Window {
        from: today(),
        days: 7,
    }
}

/// Two channels; "spring" on Instagram runs the week, "club" on the
/// newsletter ends on the 24th, a cancelled one would start on the 23rd.
/// Two posts are overdue, one published is not, three go out today, one
/// after the week. "stale" was last measured twelve days ago and is due on
/// the 25th; "fresh" was measured on Saturday; "asleep" is inactive.
fn plan() -> Plan {
    let mut plan = Plan::new("Bakery", "EUR");
    plan.campaigns = serde_json::from_value(json!([
        campaign("spring", "ig", "2027-02-22", "2027-02-28", "planned", "Ana"),
        campaign("club", "nl", "2027-02-01", "2027-02-24", "active", "Marta"),
        campaign("gone", "ig", "2027-02-23", "2027-03-30", "cancelled", "Ana"),
    ]))
    .unwrap();
    plan.posts = serde_json::from_value(json!([
        post("evening", "spring", "2027-02-22 19:00", "scheduled", "Ana"),
        post("late", "spring", "2027-02-19 10:00", "draft", "Ana"),
        post("older-late", "club", "2027-02-15", "ready", "Marta"),
        post("done", "spring", "2027-02-18", "published", "Ana"),
        post("morning", "spring", "2027-02-22 08:00", "idea", "Ana"),
        post("untimed", "club", "2027-02-22", "draft", "marta"),
        post("far", "spring", "2027-03-10", "idea", "Ana"),
    ]))
    .unwrap();
    let mut stale = objective(Direction::Increase, 100.0, 200.0, &[("2027-02-10", 120.0)]);
    stale.id = "stale".into();
    stale.channel = Some("ig".into());
    stale.deadline = Some(day("2027-02-25"));
    let mut fresh = objective(Direction::Increase, 100.0, 200.0, &[("2027-02-20", 120.0)]);
    fresh.id = "fresh".into();
    let mut asleep = stale.clone();
    asleep.id = "asleep".into();
    asleep.active = false;
    plan.objectives = vec![stale, fresh, asleep];
    plan
}

fn campaign(
    id: &str,
    channel: &str,
    start: &str,
    end: &str,
    status: &str,
    owner: &str,
) -> serde_json::Value {
    json!({"id": id, "name": id, "channel": channel, "start": start, "end": end,
           "status": status, "owner": owner})
}

/// A post on "date" or "date time".
fn post(id: &str, campaign: &str, when: &str, status: &str, owner: &str) -> serde_json::Value {
    let (date, time) = when
        .split_once(' ')
        .map_or((when, None), |(d, t)| (d, Some(t)));
    json!({"id": id, "campaign": campaign, "date": date, "time": time, "format": "post",
           "title": id, "status": status, "owner": owner})
}

fn overdue(id: &str) -> Entry {
    Entry {
        section: Section::Overdue,
        what: What::Post(id.into()),
    }
}

fn on(date: &str, what: What) -> Entry {
    Entry {
        section: Section::Day(day(date)),
        what,
    }
}

fn post_on(date: &str, id: &str) -> Entry {
    on(date, What::Post(id.into()))
}

fn reminder(id: &str, last: &str) -> Entry {
    Entry {
        section: Section::Reminders,
        what: What::Measure {
            objective: id.into(),
            last: day(last),
        },
    }
}

#[test]
fn overdue_first_then_each_day_in_order_then_reminders() {
    let entries = agenda(&plan(), today(), week(), &Filter::default());
    let expected = vec![
        overdue("older-late"),
        overdue("late"),
        // Untimed first, then by time; the campaign after the posts.
        post_on("2027-02-22", "untimed"),
        post_on("2027-02-22", "morning"),
        post_on("2027-02-22", "evening"),
        on("2027-02-22", What::CampaignStarts("spring".into())),
        on("2027-02-24", What::CampaignEnds("club".into())),
        on("2027-02-25", What::Deadline("stale".into())),
        on("2027-02-28", What::CampaignEnds("spring".into())),
        reminder("stale", "2027-02-10"),
    ];
    assert_eq!(entries, expected);
}

#[test]
fn an_overdue_post_in_the_window_is_listed_once_among_the_overdue() {
    let window = Window {
        from: day("2027-02-15"),
        days: 7,
    };
    let entries = agenda(&plan(), today(), window, &Filter::default());
    let late: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.what == What::Post("late".into()))
        .collect();
    assert_eq!(late, [&overdue("late")]);
    // A settled post in the window is on its day.
    assert!(entries.contains(&post_on("2027-02-18", "done")));
    assert!(!entries.iter().any(|e| e.what == What::Post("far".into())));
}

#[test]
fn an_owner_keeps_their_posts_and_campaigns_in_any_case_and_no_objectives() {
    let filter = Filter {
        owner: Some(" MARTA ".into()),
        channel: None,
    };
    let entries = agenda(&plan(), today(), week(), &filter);
    let expected = vec![
        overdue("older-late"),
        post_on("2027-02-22", "untimed"),
        on("2027-02-24", What::CampaignEnds("club".into())),
    ];
    assert_eq!(entries, expected);
}

#[test]
fn a_channel_keeps_what_goes_out_or_is_measured_on_it() {
    let only = |channel: &str| {
        let filter = Filter {
            owner: None,
            channel: Some(channel.into()),
        };
        agenda(&plan(), today(), week(), &filter)
    };
    let newsletter = only("nl");
    assert_eq!(
        newsletter,
        [
            overdue("older-late"),
            post_on("2027-02-22", "untimed"),
            on("2027-02-24", What::CampaignEnds("club".into())),
        ]
    );
    let instagram = only("ig");
    assert!(instagram.contains(&on("2027-02-25", What::Deadline("stale".into()))));
    assert!(instagram.contains(&reminder("stale", "2027-02-10")));
    assert!(!instagram.contains(&post_on("2027-02-22", "untimed")));
}

#[test]
fn a_window_of_no_days_holds_only_the_overdue_and_the_reminders() {
    let window = Window {
        from: today(),
        days: 0,
    };
    let entries = agenda(&plan(), today(), window, &Filter::default());
    assert!(
        entries
            .iter()
            .all(|e| !matches!(e.section, Section::Day(_))),
        "{entries:?}"
    );
    assert_eq!(entries.len(), 3);
}

#[test]
fn a_window_past_the_last_date_there_is_ends_there() {
    let window = Window {
        from: day("2027-02-22"),
        days: u32::MAX,
    };
    assert_eq!(window.last(), NaiveDate::MAX);
    assert_eq!(week().last(), day("2027-02-28"));
    let entries = agenda(&plan(), today(), window, &Filter::default());
    assert!(entries.contains(&post_on("2027-03-10", "far")));
}
