//! The piecewise read gives the plan the whole read gives, however the
//! reads cut the text, and gives up (to the whole read) on anything odd.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;

use super::read_by;
use crate::domain::Plan;
use crate::domain::sieve::Keep;
use crate::generate::{self, Size};
use crate::store::format::{parse_showing, to_json};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A plan with text in several scripts (cut characters) and escapes.
fn plan() -> Plan {
    let mut plan = generate::plan(Size {
        campaigns: 30,
        channels: 4,
        objectives: 3,
        measurements: 20,
        posts: 200,
        seed: 5,
    });
    plan.name = "Panadería «El Niño» 🥐 \"quoted\" \\ back".into();
    for (i, post) in plan.posts.iter_mut().enumerate() {
        post.title = format!("Ñandú {i} — 🎉 «{}»", "é".repeat(i % 7));
    }
    plan
}

fn keeps() -> [Keep; 6] {
    [
        Keep::All,
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
fn every_cut_of_the_text_gives_the_whole_reads_plan() {
    let bytes = to_json(&plan());
    let path = std::path::Path::new("plan.json");
    for keep in keeps() {
        let whole = parse_showing(path, &bytes, keep).unwrap();
        // From one byte a read (every character and value cut) up.
        for chunk in [1, 2, 3, 7, 64, 4096, 1 << 20] {
            let piecewise = read_by(&bytes[..], keep, chunk);
            assert_eq!(piecewise.as_ref(), Some(&whole), "{keep:?}, {chunk}");
        }
    }
}

#[test]
fn compact_and_reordered_text_reads_the_same() {
    let plan = plan();
    let keep = keeps()[4];
    let path = std::path::Path::new("plan.json");
    let whole = parse_showing(path, &to_json(&plan), keep).unwrap();
    let compact = serde_json::to_vec(&plan).unwrap();
    assert_eq!(read_by(&compact[..], keep, 5).as_ref(), Some(&whole));
    // Keys in another order, the long lists first.
    let mut value = serde_json::to_value(&plan).unwrap();
    let object = value.as_object_mut().unwrap();
    let mut reordered = serde_json::Map::new();
    for key in ["posts", "campaigns", "objectives"] {
        reordered.insert(key.into(), object.remove(key).unwrap());
    }
    reordered.extend(std::mem::take(object));
    let bytes = serde_json::to_vec_pretty(&reordered).unwrap();
    assert_eq!(read_by(&bytes[..], keep, 9).as_ref(), Some(&whole));
}

#[test]
fn anything_odd_gives_up_to_the_whole_read() {
    let text = String::from_utf8(to_json(&plan())).unwrap();
    let posts = text.find("\"posts\": ").unwrap();
    let odd = [
        // Syntax, in a post no command shows and in the plan's own fields.
        text.replacen("\"title\": ", "\"title\" ", 1),
        text.replacen("\"currency\": \"EUR\"", "\"currency\": \"EUR\" 1", 1),
        // A list given twice.
        format!("{}\"posts\": [],\n  {}", &text[..posts], &text[posts..]),
        // Trailing text, a cut file, not an object, not UTF-8.
        format!("{text}x"),
        text[..text.len() / 2].to_string(),
        "[]".to_string(),
        text.replacen("Ñandú", "\u{fffd}", 1)
            .replace('\u{fffd}', "\u{0}"),
        // A newer version.
        text.replacen("\"schema_version\": 2", "\"schema_version\": 99", 1),
    ];
    for (i, text) in odd.iter().enumerate() {
        for keep in keeps() {
            assert_eq!(read_by(text.as_bytes(), keep, 64), None, "{i}: {keep:?}");
        }
    }
    let mut bytes = text.into_bytes();
    let at = bytes.iter().position(|&b| b == 0xc3).unwrap();
    bytes[at] = 0xff;
    for keep in keeps() {
        assert_eq!(read_by(&bytes[..], keep, 64), None, "not UTF-8: {keep:?}");
    }
}
