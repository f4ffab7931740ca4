use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::Value;

use super::*;
use crate::domain::validate;
use crate::i18n::Lang;

const ALL: [Field; 37] = [
    Field::PlanName,
    Field::Notes,
    Field::SituationNotes,
    Field::Id,
    Field::Name,
    Field::Metric,
    Field::Unit,
    Field::Channel,
    Field::Baseline,
    Field::Target,
    Field::Deadline,
    Field::Value,
    Field::Note,
    Field::Reason,
    Field::Budget,
    Field::MonthlyBudget,
    Field::WeeklyHours,
    Field::PostsPerWeek,
    Field::CopyLimit,
    Field::Fit,
    Field::Start,
    Field::End,
    Field::Audience,
    Field::Message,
    Field::Owner,
    Field::Places,
    Field::Interests,
    Field::AgeMin,
    Field::AgeMax,
    Field::Works,
    Field::Fails,
    Field::Worked,
    Field::DidNotWork,
    Field::Followers,
    Field::Reach,
    Field::Engagement,
    Field::Date,
];

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
}

fn demo() -> crate::domain::Plan {
    crate::demo::plan(day(20), Lang::En)
}

/// Every key of every object in the file, and `key.inner` for the keys of
/// an object inside another (`fit.cost`, `situation.notes`).
fn names_in(value: &Value, names: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                names.insert(key.clone());
                if let Value::Object(inner) = inner {
                    names.extend(inner.keys().map(|k| format!("{key}.{k}")));
                }
                names_in(inner, names);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| names_in(item, names)),
        _ => {}
    }
}

#[test]
fn every_field_is_named_as_the_plan_file_names_it() {
    let mut names = BTreeSet::new();
    names_in(&serde_json::to_value(demo()).unwrap(), &mut names);
    for field in ALL {
        assert!(
            names.contains(field.json_name()),
            "{field:?} is {:?}, which the plan file does not have",
            field.json_name()
        );
    }
}

#[test]
fn a_campaign_ending_before_it_starts_is_about_its_end() {
    let plan = demo();
    let mut campaign = plan.campaigns[0].clone();
    campaign.end = campaign.start.pred_opt().unwrap();
    let error = validate::campaign(&plan, &campaign).unwrap_err();
    assert!(
        matches!(error, EditError::EndBeforeStart { .. }),
        "{error:?}"
    );
    assert_eq!(error.field(), Some("end"));
}

#[test]
fn an_age_range_names_the_age_to_fix() {
    let plan = demo();
    let with_ages = |min, max| {
        let mut audience = plan.situation.audiences[0].clone();
        (audience.age_min, audience.age_max) = (min, max);
        validate::audience(&audience).map_err(|e| e.field())
    };
    assert_eq!(with_ages(Some(20), Some(40)), Ok(()));
    assert_eq!(with_ages(Some(40), Some(30)), Err(Some("age_max")));
    assert_eq!(with_ages(None, Some(130)), Err(Some("age_max")));
    assert_eq!(with_ages(Some(130), None), Err(Some("age_min")));
}

#[test]
fn a_duplicate_names_the_field_of_the_key() {
    let mut plan = demo();
    plan.channels.push(plan.channels[0].clone());
    let problem = validate::plan(&plan).unwrap_err();
    assert!(matches!(problem.error, EditError::Duplicate { .. }));
    assert_eq!(problem.error.field(), Some("id"));

    let mut plan = demo();
    plan.reviews.push(plan.reviews[0].clone());
    let problem = validate::plan(&plan).unwrap_err();
    assert_eq!(problem.error.field(), Some("date"));
}

#[test]
fn other_errors_of_one_field_name_it_and_the_rest_name_none() {
    let field = |result: Result<(), EditError>| result.unwrap_err().field();
    assert_eq!(field(validate::currency("eur")), Some("currency"));
    assert_eq!(field(validate::id("Not An Id")), Some("id"));
    assert_eq!(
        field(validate::required_line(Field::Name, " ")),
        Some("name")
    );
    assert_eq!(
        field(validate::text(Field::SituationNotes, "a\tb")),
        Some("situation.notes")
    );
    assert_eq!(
        EditError::Negative(Field::MonthlyBudget).field(),
        Some("monthly_budget")
    );
    let in_use = EditError::InUse {
        kind: Kind::Channel,
        key: "instagram".into(),
        used_by: vec!["spring".into()],
    };
    assert_eq!(in_use.field(), None);
}

#[test]
fn the_display_is_an_english_sentence_naming_the_field_as_the_file_does() {
    let error = EditError::TooLong {
        field: Field::MonthlyBudget,
        max: 200,
    };
    assert_eq!(
        error.to_string(),
        "`monthly_budget` is longer than 200 characters"
    );
    let duplicate = EditError::duplicate(Kind::Figure, "Instagram@2027-03-01".into());
    assert_eq!(
        duplicate.to_string(),
        "a channel figure \"Instagram@2027-03-01\" already exists: its `date` must be another"
    );
}

#[test]
fn a_cadence_or_copy_limit_of_zero_is_refused_under_its_field() {
    let plan = demo();
    let with = |posts_per_week, copy_limit| {
        let mut channel = plan.channels[0].clone();
        (channel.posts_per_week, channel.copy_limit) = (posts_per_week, copy_limit);
        validate::channel(&channel).map_err(|e| e.field())
    };
    assert_eq!(with(None, None), Ok(()));
    assert_eq!(with(Some(3), Some(280)), Ok(()));
    assert_eq!(with(Some(0), None), Err(Some("posts_per_week")));
    assert_eq!(with(None, Some(0)), Err(Some("copy_limit")));
    assert_eq!(
        with(Some(validate::MAX_POSTS_PER_WEEK + 1), None),
        Err(Some("posts_per_week"))
    );
}
