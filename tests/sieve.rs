//! Read-only commands read in full only what they show (`domain::sieve`):
//! what they keep is exactly what the whole plan has; a fault in anything
//! they show, in the dates and statuses that decide what they show, or in
//! the file's syntax anywhere is refused with the same error as the whole
//! plan's; a fault elsewhere in an item they do not show is left to the
//! commands that read the whole plan (`check`, the TUI, every write).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use chrono::NaiveDate;
use socialplan::domain::Plan;
use socialplan::domain::post::PostStatus;
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

fn keeps() -> [Keep; 5] {
    [
        Keep::Objectives,
        Keep::NoPosts,
        Keep::Span {
            first: day("2027-03-01"),
            last: day("2027-04-04"),
        },
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
fn a_sieved_plan_is_the_whole_plan_with_only_what_is_kept() {
    let whole = plan();
    let bytes = store::to_json(&whole);
    let path = Path::new("plan.json");
    for keep in keeps() {
        let sieved = store::parse_showing(path, &bytes, keep).unwrap();
        let mut expected = whole.clone();
        if keep == Keep::Objectives {
            expected.campaigns.clear();
        }
        if let Keep::Span { first, last } = keep {
            expected
                .campaigns
                .retain(|c| c.start <= last && c.end >= first);
            assert!(
                !expected.campaigns.is_empty() && expected.campaigns.len() < whole.campaigns.len(),
                "the window holds some of the campaigns"
            );
        }
        expected.posts.retain(|p| match keep {
            Keep::All => true,
            Keep::Objectives | Keep::NoPosts | Keep::Span { .. } => false,
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

/// The whole plan's error for `bytes`, and each sieve's (none if it
/// read the file).
fn errors(bytes: &[u8]) -> (Option<String>, Vec<Option<String>>) {
    let path = Path::new("plan.json");
    let error = |read: Result<Plan, store::StoreError>| read.err().map(|e| e.to_string());
    let whole = error(store::parse(path, bytes));
    assert!(whole.is_some());
    let sieved = keeps()
        .into_iter()
        .map(|keep| error(store::parse_showing(path, bytes, keep)))
        .collect();
    (whole, sieved)
}

/// The plan with `change` made to it, its posts in date order (the last
/// one, late in 2027, is outside every window above and not overdue).
fn changed(change: impl FnOnce(&mut Plan)) -> Vec<u8> {
    let mut plan = plan();
    plan.posts.sort_by_key(|p| p.date);
    change(&mut plan);
    store::to_json(&plan)
}

/// A post every `Keep::Dated` above shows: in the first window and,
/// unpublished, overdue on the second's day.
fn shown(plan: &mut Plan) -> &mut socialplan::domain::Post {
    let post = plan
        .posts
        .iter_mut()
        .find(|p| (day("2027-03-01")..day("2027-05-29")).contains(&p.date))
        .unwrap();
    post.status = PostStatus::Draft;
    post
}

/// `text` with the value of the first `"key": ` at or after `from` replaced.
fn with_value(text: &str, from: usize, key: &str, value: &str) -> String {
    let at = from + text[from..].find(&format!("\"{key}\": ")).unwrap();
    let end = at + text[at..].find('\n').unwrap();
    let comma = if text[..end].ends_with(',') { "," } else { "" };
    format!("{}\"{key}\": {value}{comma}{}", &text[..at], &text[end..])
}

#[test]
fn a_fault_in_a_post_shown_is_refused_with_the_whole_plans_error() {
    let faults: Vec<(&str, Vec<u8>)> = vec![
        (
            "unknown campaign",
            changed(|p| shown(p).campaign = "nowhere".into()),
        ),
        (
            "bad time",
            changed(|p| shown(p).time = Some("25:00".into())),
        ),
        (
            "title with a control character",
            changed(|p| shown(p).title = "a\u{7}b".into()),
        ),
    ];
    for (what, bytes) in faults {
        let (whole, sieved) = errors(&bytes);
        // `Keep::Objectives`, `Keep::NoPosts` and `Keep::Span` show no post:
        // they read it.
        for error in &sieved[3..] {
            assert_eq!(error, &whole, "{what}");
        }
    }
    let mut id = String::new();
    let text = String::from_utf8(changed(|p| id = shown(p).id.clone())).unwrap();
    let post = text.find(&format!("\"id\": \"{id}\"")).unwrap();
    for (key, value) in [
        ("reach", "\"many\""),
        ("reach", "-1"),
        ("format", "\"fax\""),
    ] {
        let broken = with_value(&text, post, key, value);
        let (whole, sieved) = errors(broken.as_bytes());
        assert!(whole.as_deref().unwrap().contains("posts["), "{whole:?}");
        for error in &sieved[3..] {
            assert_eq!(error, &whole, "{key}: {value}");
        }
    }
}

#[test]
fn a_fault_in_what_decides_or_in_the_syntax_is_refused_with_the_whole_plans_error() {
    let text = String::from_utf8(changed(|_| {})).unwrap();
    // The last post in the file is the latest one, shown by no sieve.
    let last = text.rfind("\"campaign\": ").unwrap();
    // The date and status of a post decide whether it is shown: read by
    // the sieves that show some posts (the others show none and skip them).
    let deciding = [
        with_value(&text, last, "date", "\"2027-02-30\""),
        with_value(&text, last, "date", "20270101"),
        with_value(&text, last, "status", "\"lost\""),
    ];
    for bytes in deciding {
        let (whole, sieved) = errors(bytes.as_bytes());
        for error in &sieved[3..] {
            assert_eq!(error, &whole);
        }
    }
    // The syntax, anywhere: a post not shown, a campaign `status` skips.
    let syntax = [
        with_value(&text, last, "reach", "[1,"),
        with_value(
            &text,
            text.find("\"campaigns\": ").unwrap(),
            "budget",
            "1 2",
        ),
    ];
    for bytes in syntax {
        let (whole, sieved) = errors(bytes.as_bytes());
        for error in sieved {
            assert_eq!(error, whole);
        }
    }
}

/// The rule's other side, on purpose: a read-only command vouches for what
/// it shows and for the file's syntax, not for every field of what it does
/// not show; the commands that read the whole plan refuse such a file.
#[test]
fn a_fault_elsewhere_in_an_item_not_shown_is_left_to_the_whole_plans_readers() {
    let path = Path::new("plan.json");
    let text = String::from_utf8(changed(|_| {})).unwrap();
    let last = text.rfind("\"campaign\": ").unwrap();
    let faults = [
        with_value(&text, last, "reach", "\"many\""),
        with_value(&text, last, "time", "\"25:00\""),
        text[..last].to_string() + "\"reech\": 1,\n      " + &text[last..],
        String::from_utf8(changed(|p| {
            p.posts.last_mut().unwrap().campaign = "x".into();
        }))
        .unwrap(),
    ];
    for bytes in faults {
        assert!(store::parse(path, bytes.as_bytes()).is_err());
        for keep in keeps() {
            let sieved = store::parse_showing(path, bytes.as_bytes(), keep).unwrap();
            assert!(sieved.posts.iter().all(|p| p.date < day("2027-12-01")));
        }
    }
    // `status` shows no campaign: one with a wrong field does not stop it.
    let campaign = text.find("\"campaigns\": ").unwrap();
    let bytes = with_value(&text, campaign, "budget", "\"lots\"");
    assert!(store::parse(path, bytes.as_bytes()).is_err());
    let objectives = store::parse_showing(path, bytes.as_bytes(), Keep::Objectives).unwrap();
    assert_eq!(objectives.objectives, plan().objectives);
}

#[test]
fn a_post_with_an_escaped_key_is_read_as_the_whole_plan_reads_it() {
    let path = Path::new("plan.json");
    let whole = plan();
    let text = String::from_utf8(store::to_json(&whole)).unwrap();
    // JSON may write any key with escapes; the quick read borrows keys and
    // cannot, so it hands the file to the whole plan's read.
    let escaped = text.replace("\"title\": ", "\"t\\u0069tle\": ");
    for keep in keeps() {
        let sieved = store::parse_showing(path, escaped.as_bytes(), keep).unwrap();
        let direct = store::parse_showing(path, text.as_bytes(), keep).unwrap();
        assert!(sieved.posts.len() >= direct.posts.len(), "{keep:?}");
        assert!(
            direct.posts.iter().all(|p| sieved.posts.contains(p)),
            "{keep:?}"
        );
    }
}

/// From a file, a read-only command reads the plan a piece at a time
/// (`store::stream`): the same plan as from its bytes, and for a damaged
/// file the same error.
#[test]
fn a_file_read_a_piece_at_a_time_gives_the_same_plan_or_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    let good = store::to_json(&plan());
    let text = String::from_utf8(good.clone()).unwrap();
    let last = text.rfind("\"campaign\": ").unwrap();
    let files = [
        good,
        with_value(&text, last, "date", "\"2027-02-30\"").into_bytes(),
        with_value(&text, last, "reach", "[1,").into_bytes(),
        changed(|p| shown(p).time = Some("25:00".into())),
        text.as_bytes()[..text.len() / 3].to_vec(),
    ];
    for bytes in files {
        std::fs::write(&path, &bytes).unwrap();
        for keep in keeps() {
            let from_file = store::load_showing(&path, keep).map_err(|e| e.to_string());
            let from_bytes = store::parse_showing(&path, &bytes, keep).map_err(|e| e.to_string());
            assert_eq!(from_file, from_bytes, "{keep:?}");
        }
    }
}

/// The calendar's window (`Keep::Span`) reads a campaign that meets it in
/// full, and one outside it for its dates only, from a file or its bytes.
#[test]
fn a_campaign_in_the_window_is_read_in_full_and_one_outside_for_its_dates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    let whole = plan();
    let span = keeps()[2];
    let Keep::Span { first, last } = span else {
        panic!("the third sieve is the calendar's window")
    };
    let inside = whole
        .campaigns
        .iter()
        .find(|c| c.start <= last && c.end >= first)
        .unwrap();
    let outside = whole.campaigns.iter().find(|c| c.end < first).unwrap();
    let text = String::from_utf8(store::to_json(&whole)).unwrap();
    let at = |id: &str| text.find(&format!("\"id\": \"{id}\"")).unwrap();
    let read = |bytes: &str| {
        std::fs::write(&path, bytes).unwrap();
        let from_file = store::load_showing(&path, span).map_err(|e| e.to_string());
        let from_bytes =
            store::parse_showing(&path, bytes.as_bytes(), span).map_err(|e| e.to_string());
        assert_eq!(from_file, from_bytes);
        from_file
    };
    let whole_error = |bytes: &str| {
        store::parse(&path, bytes.as_bytes())
            .map(|_| ())
            .unwrap_err()
            .to_string()
    };
    // Shown: any fault is the whole plan's error.
    for (key, value) in [("budget", "\"lots\""), ("end", "\"2027-02-30\"")] {
        let broken = with_value(&text, at(&inside.id), key, value);
        assert_eq!(read(&broken), Err(whole_error(&broken)), "{key}");
    }
    // Not shown: its dates decide, so a bad one is refused too…
    let bad_date = with_value(&text, at(&outside.id), "end", "\"2027-02-30\"");
    assert_eq!(read(&bad_date), Err(whole_error(&bad_date)));
    // …and the rest is left to the whole plan's readers.
    let bad_budget = with_value(&text, at(&outside.id), "budget", "\"lots\"");
    whole_error(&bad_budget);
    let sieved = read(&bad_budget).unwrap();
    assert!(sieved.campaigns.contains(inside));
    assert!(!sieved.campaigns.iter().any(|c| c.id == outside.id));
}
