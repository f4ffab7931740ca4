//! Changes fine alone that together break a rule of the plan.

#[allow(clippy::wildcard_imports)] // the shared fixtures of the merge's tests
use super::*;

#[test]
fn crossing_dates_break_a_rule_and_keep_ours_for_the_campaign() {
    // Each move is fine alone; together the campaign would end before it starts.
    let ours = changed(|p| campaign_mut(p, "spring").start = day("2027-03-20"));
    let theirs = changed(|p| {
        let spring = campaign_mut(p, "spring");
        spring.end = day("2027-03-10");
        spring.owner = "Luis".into();
    });
    let (one, other) = both_ways(&ours, &theirs);
    assert_eq!(one.plan.campaign("spring"), ours.campaign("spring"));
    assert_eq!(other.plan.campaign("spring"), theirs.campaign("spring"));
    let rule = Cause::Rule(EditError::EndBeforeStart {
        field: crate::domain::Field::End,
        start: day("2027-03-20"),
        end: day("2027-03-10"),
    });
    assert_eq!(
        one.conflicts,
        vec![
            spring_conflict(
                "end",
                ["2027-03-31", "2027-03-31", "2027-03-10"],
                rule.clone()
            ),
            spring_conflict("owner", ["Ana", "Ana", "Luis"], rule),
        ]
    );
}

#[test]
fn a_campaign_added_on_a_channel_the_other_side_deleted_is_left_out() {
    let ours = changed(|p| {
        campaign_mut(p, "summer").channel = "instagram".into();
        apply(p, &Edit::delete(Kind::Channel, "newsletter"));
    });
    let theirs = changed(|p| p.campaigns.push(campaign("letter", "newsletter")));
    let merged = three_way(&base(), &ours, &theirs);
    assert_eq!(validate::plan(&merged.plan), Ok(()));
    assert!(merged.plan.channel("newsletter").is_none());
    assert!(merged.plan.campaign("letter").is_none());
    assert_eq!(merged.conflicts.len(), 1);
    let left_out = &merged.conflicts[0];
    assert_eq!(
        (&left_out.item, left_out.field.as_str(), &left_out.ours),
        (&campaign_key("letter"), "", &None)
    );
    assert_eq!(
        left_out.cause,
        Cause::Rule(EditError::UnknownChannel("newsletter".into()))
    );
}

#[test]
fn a_channel_the_other_side_deleted_comes_back_for_our_new_campaign() {
    let ours = changed(|p| p.campaigns.push(campaign("letter", "newsletter")));
    let theirs = changed(|p| {
        campaign_mut(p, "summer").channel = "instagram".into();
        apply(p, &Edit::delete(Kind::Channel, "newsletter"));
    });
    let merged = three_way(&base(), &ours, &theirs);
    assert_eq!(validate::plan(&merged.plan), Ok(()));
    assert_eq!(
        merged.plan.channel("newsletter"),
        ours.channel("newsletter")
    );
    assert_eq!(
        merged.plan.channels[1].id, "newsletter",
        "back in its place"
    );
    assert!(merged.plan.campaign("letter").is_some());
    let restored = &merged.conflicts[0];
    assert_eq!(
        (&restored.item, restored.field.as_str(), &restored.theirs),
        (&Some((Kind::Channel, "newsletter".into())), "", &None)
    );
    assert!(matches!(
        restored.cause,
        Cause::Rule(EditError::UnknownChannel(_))
    ));
}

#[test]
fn a_first_target_against_a_revision_of_a_draft_breaks_the_history_rule() {
    let draft = |p: &mut Plan| {
        let o = objective_mut(p, "ig-followers");
        o.target = None;
        o.deadline = None;
    };
    let base = changed(draft);
    let ours = changed(|p| {
        draft(p);
        objective_mut(p, "ig-followers").target = Some(400.0);
    });
    let theirs = changed(|p| {
        draft(p);
        apply(p, &revise(250.0, "First aim"));
    });
    let merged = three_way(&base, &ours, &theirs);
    assert_eq!(validate::plan(&merged.plan), Ok(()));
    assert_eq!(merged.plan.objectives[0], ours.objectives[0]);
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.field == "revisions" && matches!(c.cause, Cause::Rule(_))),
        "{:?}",
        merged.conflicts
    );
}

#[test]
fn an_audiences_ages_may_cross_too() {
    let audience = crate::domain::Audience {
        id: "families".into(),
        name: "Families".into(),
        kind: crate::domain::AudienceKind::Customer,
        places: Vec::new(),
        interests: String::new(),
        age_min: Some(25),
        age_max: Some(45),
        notes: String::new(),
    };
    let with = |min: u8, max: u8| {
        let mut plan = base();
        plan.situation.audiences.push(crate::domain::Audience {
            age_min: Some(min),
            age_max: Some(max),
            ..audience.clone()
        });
        plan
    };
    let base = with(25, 45);
    // One side raises the youngest age, the other lowers the oldest: they cross.
    let merged = three_way(&base, &with(40, 45), &with(25, 30));
    assert_eq!(validate::plan(&merged.plan), Ok(()));
    assert_eq!(merged.plan.situation.audiences[0].age_min, Some(40));
    assert_eq!(merged.plan.situation.audiences[0].age_max, Some(45));
    assert!(matches!(
        merged.conflicts[0].cause,
        Cause::Rule(EditError::AgeRange { .. })
    ));
}
