//! The built-in example plan behind `socialplan --demo`: a neighbourhood
//! bakery, in English or Spanish, with every date relative to `today`.
//!
//! The plan is data, `demo/bakery.json`: a plan file whose dates are days
//! from today and whose texts are in both languages (its first lines say
//! how to read it). This module only resolves it for one day and language.
//!
//! It is kept in memory, never written, and snapshot tests print it, so it is
//! fully deterministic: the same `today` and language always give the same
//! plan, and both languages share every id.

use chrono::{NaiveDate, TimeDelta};
use serde_json::{Map, Value};

use crate::domain::{Plan, PostStatus, SCHEMA_VERSION, Status};
use crate::i18n::Lang;

/// The plan, with dates as days from today and texts in both languages.
const BAKERY: &str = include_str!("demo/bakery.json");

/// The fields whose numbers are days from today.
const DATE_FIELDS: [&str; 6] = [
    "date",
    "deadline",
    "start",
    "end",
    "old_deadline",
    "new_deadline",
];

/// A note for the reader of the data; dropped on reading.
const NOTE: &str = "//";

/// The example plan for `today`, in `lang`.
#[allow(clippy::expect_used)] // built-in data, which every test that shows the demo reads
pub fn plan(today: NaiveDate, lang: Lang) -> Plan {
    let mut data: Value = serde_json::from_str(BAKERY).expect("demo/bakery.json is JSON");
    set_statuses(&mut data, today);
    set_post_statuses(&mut data, today);
    resolve(&mut data, today, lang);
    // Built in, so always in this build's format.
    data["schema_version"] = SCHEMA_VERSION.into();
    serde_json::from_value(data).expect("demo/bakery.json is a plan")
}

/// `offset` days from `today` (negative: in the past). Falls back to `today`
/// at the very edge of the calendar rather than panicking.
fn day(today: NaiveDate, offset: i64) -> NaiveDate {
    today
        .checked_add_signed(TimeDelta::days(offset))
        .unwrap_or(today)
}

/// Gives each campaign without a status the one its dates make it have on
/// `today` (the data sets only the cancelled one's).
fn set_statuses(data: &mut Value, today: NaiveDate) {
    let Some(campaigns) = data["campaigns"].as_array_mut() else {
        return;
    };
    for campaign in campaigns.iter_mut().filter_map(Value::as_object_mut) {
        if !campaign.contains_key("status") {
            let on = |field: &str| day(today, campaign[field].as_i64().unwrap_or_default());
            let status = status(on("start"), on("end"), today);
            campaign.insert("status".into(), serde_json::json!(status));
        }
    }
}

/// Gives each post without a status the one its date makes it have on
/// `today`: gone out before today, going out in the next days, prepared
/// further ahead. The data sets only the ones that break the rule (skipped,
/// or overdue).
fn set_post_statuses(data: &mut Value, today: NaiveDate) {
    let Some(posts) = data["posts"].as_array_mut() else {
        return;
    };
    for post in posts.iter_mut().filter_map(Value::as_object_mut) {
        if !post.contains_key("status") {
            let on = day(today, post["date"].as_i64().unwrap_or_default());
            let status = post_status((on - today).num_days());
            post.insert("status".into(), serde_json::json!(status));
        }
    }
}

/// The status of a post going out `days_ahead` days from today (negative:
/// gone out already).
fn post_status(days_ahead: i64) -> PostStatus {
    match days_ahead {
        ..0 => PostStatus::Published,
        0..=2 => PostStatus::Scheduled,
        3..=6 => PostStatus::Ready,
        7..=14 => PostStatus::Draft,
        _ => PostStatus::Idea,
    }
}

fn status(start: NaiveDate, end: NaiveDate, today: NaiveDate) -> Status {
    if end < today {
        Status::Done
    } else if start > today {
        Status::Planned
    } else {
        Status::Active
    }
}

/// Turns the data into a plan file for `today` and `lang`: texts in one
/// language, days from today into dates, notes dropped.
fn resolve(value: &mut Value, today: NaiveDate, lang: Lang) {
    match value {
        Value::Object(fields) => {
            if let Some(text) = translation(fields, lang) {
                *value = text;
                return;
            }
            fields.remove(NOTE);
            for (name, field) in fields.iter_mut() {
                match field.as_i64() {
                    Some(offset) if DATE_FIELDS.contains(&name.as_str()) => {
                        *field = serde_json::json!(day(today, offset));
                    }
                    _ => resolve(field, today, lang),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                resolve(item, today, lang);
            }
        }
        _ => {}
    }
}

/// The text in `lang`, when `fields` is a text in both languages.
fn translation(fields: &Map<String, Value>, lang: Lang) -> Option<Value> {
    let key = match lang {
        Lang::En => "en",
        Lang::Es => "es",
    };
    let bilingual = fields.len() == 2 && fields.contains_key("en") && fields.contains_key("es");
    bilingual.then(|| fields[key].clone())
}

#[cfg(test)]
mod tests;
