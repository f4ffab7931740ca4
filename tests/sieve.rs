//! Read-only commands read only the posts they show (`domain::sieve`):
//! what they keep is exactly what the whole plan has, and a file the whole
//! plan would refuse is refused with the same error, even when the fault
//! is in a post they do not show.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use chrono::NaiveDate;
use socialplan::domain::Plan;
use socialplan::domain::sieve::Keep;
use socialplan::generate::{self, Size};
use socialplan::store;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// 200 campaigns over 2027, 2 000 posts on them, some published.
fn plan() -> Plan {
    generate::plan(Size {
        campaigns: 200,
        channels: 8,
        objectives: 10,
        measurements: 100,
        posts: 2_000,
        seed: 3,
    })
}

fn keeps() -> [Keep; 3] {
    [
        Keep::NoPosts,
        Keep::Dated {
            from: day("2027-03-01"),
            to: day("2027-05-29"),
            overdue: None,
        },
        Keep::Dated {
            from: day("2027-06-01"),
            to: day("2027-06-07"),
            overdue: Some(day("2027-06-01")),
        },
    ]
}

#[test]
fn a_sieved_plan_is_the_whole_plan_with_only_the_posts_kept() {
    let whole = plan();
    let bytes = store::to_json(&whole);
    let path = Path::new("plan.json");
    for keep in keeps() {
        let sieved = store::parse_showing(path, &bytes, keep).unwrap();
        let mut expected = whole.clone();
        expected.posts.retain(|p| match keep {
            Keep::All => true,
            Keep::NoPosts => false,
            Keep::Dated { from, to, overdue } => {
                (from..=to).contains(&p.date) || overdue.is_some_and(|d| p.is_overdue(d))
            }
        });
        assert!(expected.posts.len() < whole.posts.len(), "{keep:?}");
        assert_eq!(sieved, expected, "{keep:?}");
    }
    // Without a sieve, or with `Keep::All`, every post is there.
    assert_eq!(store::parse(path, &bytes).unwrap(), whole);
    assert_eq!(
        store::parse_showing(path, &bytes, Keep::All).unwrap(),
        whole
    );
}

/// The whole plan's error for `bytes`, and each sieve's.
fn errors(bytes: &[u8]) -> (String, Vec<String>) {
    let path = Path::new("plan.json");
    let whole = store::parse(path, bytes).unwrap_err().to_string();
    let sieved = keeps()
        .into_iter()
        .map(|keep| {
            store::parse_showing(path, bytes, keep)
                .unwrap_err()
                .to_string()
        })
        .collect();
    (whole, sieved)
}

/// The plan with `change` made to the last post (dated late in 2027, so
/// outside every window above and not overdue on their days).
fn with_last_post(change: impl FnOnce(&mut Plan)) -> Vec<u8> {
    let mut plan = plan();
    plan.posts.sort_by_key(|p| p.date);
    change(&mut plan);
    store::to_json(&plan)
}

#[test]
fn a_fault_in_a_post_not_shown_is_refused_with_the_whole_plans_error() {
    let faults: Vec<(&str, Vec<u8>)> = vec![
        (
            "unknown campaign",
            with_last_post(|p| p.posts.last_mut().unwrap().campaign = "nowhere".into()),
        ),
        (
            "repeated id",
            with_last_post(|p| {
                let first = p.posts[p.posts.len() - 2].id.clone();
                p.posts.last_mut().unwrap().id = first;
            }),
        ),
        (
            "id shared with a post shown",
            with_last_post(|p| {
                let shown = p
                    .posts
                    .iter()
                    .find(|q| q.date == day("2027-03-02"))
                    .unwrap()
                    .id
                    .clone();
                p.posts.last_mut().unwrap().id = shown;
            }),
        ),
        (
            "bad time",
            with_last_post(|p| p.posts.last_mut().unwrap().time = Some("25:00".into())),
        ),
        (
            "title with a control character",
            with_last_post(|p| p.posts.last_mut().unwrap().title = "a\u{7}b".into()),
        ),
    ];
    for (what, bytes) in faults {
        let (whole, sieved) = errors(&bytes);
        for error in sieved {
            assert_eq!(error, whole, "{what}");
        }
    }
}

#[test]
fn a_wrong_type_or_unknown_field_in_a_post_not_shown_is_refused_with_the_whole_plans_error() {
    let text = String::from_utf8(with_last_post(|_| {})).unwrap();
    // The last post in the file is the latest one.
    let at = text.rfind("\"reach\": ").unwrap();
    let end = at + text[at..].find('\n').unwrap();
    let comma = if text[..end].ends_with(',') { "," } else { "" };
    for value in ["\"many\"", "-1"] {
        let broken = format!("{}\"reach\": {value}{comma}{}", &text[..at], &text[end..]);
        let (whole, sieved) = errors(broken.as_bytes());
        assert!(whole.contains("posts["), "{whole}");
        for error in sieved {
            assert_eq!(error, whole, "{value}");
        }
    }
    let unknown = text.replacen("\"reach\": ", "\"reech\": 1,\n      \"reach\": ", 1);
    let (whole, sieved) = errors(unknown.as_bytes());
    for error in sieved {
        assert_eq!(error, whole);
    }
}
