use super::*;
use crate::domain::item::Kind;

#[test]
fn slugs_fold_accents_and_punctuation() {
    assert_eq!(slug("Rebajas de Otoño!"), "rebajas-de-otono");
    assert_eq!(slug("  Día de la Madre 🎂 "), "dia-de-la-madre");
    assert_eq!(slug("🎄"), "item");
    assert!(id(&slug(&"x".repeat(100))).is_ok());
}

#[test]
fn unique_ids_count_up() {
    let taken = ["spring", "spring-2"];
    assert_eq!(unique_id("Spring", |c| taken.contains(&c)), "spring-3");
    assert_eq!(unique_id("Summer", |c| taken.contains(&c)), "summer");
}

#[test]
fn text_rules() {
    assert!(line(Field::Name, "Café ☕ 🎄").is_ok());
    assert_eq!(
        line(Field::Name, "a\u{1b}[2J"),
        Err(EditError::ControlCharacter(Field::Name))
    );
    assert!(text(Field::Notes, "two\nlines").is_ok());
    assert!(text(Field::Notes, "tab\there").is_err());
    assert!(
        line(Field::Name, "abc\u{202e}def").is_err(),
        "bidi override"
    );
    assert!(
        line(Field::Name, "👩\u{200d}🍳 ❤\u{fe0f}").is_ok(),
        "joiners are fine"
    );
    assert_eq!(
        required_line(Field::Name, "  "),
        Err(EditError::Empty(Field::Name))
    );
}

/// A plan with one channel and campaign, and a post on that campaign.
fn plan_with_a_post() -> (Plan, Post) {
    let json = serde_json::json!({
        "schema_version": 2, "name": "", "currency": "EUR",
        "channels": [{ "id": "ig", "name": "IG", "kind": "social", "colour": "red" }],
        "campaigns": [{
            "id": "spring", "name": "Spring", "channel": "ig",
            "start": "2027-03-01", "end": "2027-03-31", "status": "planned"
        }],
    });
    let post = serde_json::from_value(serde_json::json!({
        "id": "teaser", "campaign": "spring", "date": "2027-04-15",
        "format": "press-release", "title": "Spring is coming"
    }))
    .unwrap();
    (serde_json::from_value(json).unwrap(), post)
}

#[test]
fn a_post_outside_its_campaigns_dates_is_valid_and_takes_defaults() {
    let (mut plan, post) = plan_with_a_post();
    assert_eq!(
        (post.time.as_deref(), post.status),
        (None, crate::domain::PostStatus::Idea)
    );
    plan.posts.push(post);
    assert_eq!(whole::plan(&plan), Ok(()));
}

#[test]
fn a_whole_plan_refuses_posts_of_unknown_campaigns_and_repeated_ids() {
    let (mut plan, post) = plan_with_a_post();
    plan.posts = vec![post.clone(), post.clone()];
    let repeated = whole::plan(&plan).unwrap_err();
    assert_eq!(
        repeated.error,
        EditError::duplicate(Kind::Post, "teaser".into())
    );
    plan.posts = vec![Post {
        campaign: "autumn".into(),
        ..post
    }];
    let unknown = whole::plan(&plan).unwrap_err();
    assert_eq!(
        (unknown.item, unknown.error),
        (
            Some((Kind::Post, "teaser".into())),
            EditError::UnknownCampaign("autumn".into())
        )
    );
}

#[test]
fn post_times_are_hours_and_minutes_of_one_day() {
    let (plan, post) = plan_with_a_post();
    for (time, ok) in [
        ("00:00", true),
        ("23:59", true),
        ("24:00", false),
        ("7:30", false),
    ] {
        let post = Post {
            time: Some(time.into()),
            ..post.clone()
        };
        assert_eq!(super::post(&plan, &post).is_ok(), ok, "{time}");
    }
}

fn protocol_named(id: &str, name: &str) -> Protocol {
    Protocol {
        id: id.into(),
        name: name.into(),
        scope: crate::domain::Scope::External,
        trigger: "A negative review".into(),
        steps: "Read it\nAnswer in public\nOffer a call".into(),
        owner: "Ana".into(),
        response_time: "within 24 h".into(),
    }
}

#[test]
fn a_protocol_needs_a_name_and_takes_steps_on_several_lines() {
    assert!(protocol(&protocol_named("reviews", "Answering a review")).is_ok());
    assert_eq!(
        protocol(&protocol_named("reviews", " ")),
        Err(EditError::Empty(Field::Name))
    );
    assert_eq!(
        protocol(&protocol_named("Reviews!", "Answering a review")),
        Err(EditError::InvalidId("Reviews!".into()))
    );
    let mut two_line_trigger = protocol_named("reviews", "Answering a review");
    two_line_trigger.trigger = "a\nb".into();
    assert_eq!(
        protocol(&two_line_trigger),
        Err(EditError::ControlCharacter(Field::Trigger))
    );
    let mut long_wait = protocol_named("reviews", "Answering a review");
    long_wait.response_time = "h".repeat(MAX_LINE + 1);
    assert_eq!(
        protocol(&long_wait).unwrap_err().field(),
        Some("response_time")
    );
}

#[test]
fn protocol_ids_are_unique_in_a_plan() {
    let mut plan = Plan::new("Bakery", "EUR");
    plan.protocols = vec![
        protocol_named("crisis", "A crisis"),
        protocol_named("crisis", "Another crisis"),
    ];
    let problem = super::plan(&plan).unwrap_err();
    assert_eq!(problem.item, Some((Kind::Protocol, "crisis".into())));
    assert!(matches!(
        problem.error,
        EditError::Duplicate {
            kind: Kind::Protocol,
            field: Field::Id,
            ..
        }
    ));
    plan.protocols[1].id = "crisis-2".into();
    assert!(super::plan(&plan).is_ok());
}
