//! Protocols in the Review tab (step 5): added, edited and deleted through
//! the keyboard, their steps one per line in the detail pane.
#![allow(clippy::unwrap_used)]

mod common;

use common::{demo, find, keys, on_file, render, saved, text};
use socialplan::domain::{Plan, Protocol, Scope};
use socialplan::i18n::Lang;

/// The Review tab's protocols: tab 6, then the next section.
const PROTOCOLS: &str = "6<Right>";

#[test]
fn a_protocol_added_with_multi_line_steps_shows_in_the_list_and_its_steps_one_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(Plan::new("Bakery", "EUR")), Lang::En);
    keys(&mut app, PROTOCOLS);
    assert!(find(&render(&app, 80, 24), "Press a to write one").is_some());
    keys(
        &mut app,
        "aAnswering a review<Tab>i<Tab>A 1-star review<Tab>\
         Read it twice<Enter>Answer in public<Enter>Offer a call<Tab>Ana<Tab>within 24 h<Enter>",
    );
    let plan = saved(&path);
    assert_eq!(
        plan.protocols,
        [Protocol {
            id: "answering-a-review".into(),
            name: "Answering a review".into(),
            scope: Scope::Internal,
            trigger: "A 1-star review".into(),
            steps: "Read it twice\nAnswer in public\nOffer a call".into(),
            owner: "Ana".into(),
            response_time: "within 24 h".into(),
        }]
    );
    let screen = render(&app, 80, 24);
    let (_, row) = find(&screen, "Answering a review   ").unwrap();
    let listed = text(&screen)
        .lines()
        .nth(usize::from(row))
        .unwrap()
        .to_string();
    assert!(
        listed.contains("internal") && listed.contains("within 24 h"),
        "{listed}"
    );
    let (x, first) = find(&screen, "Read it twice").unwrap();
    for (i, step) in ["Answer in public", "Offer a call"].into_iter().enumerate() {
        let at = find(&screen, step).unwrap();
        assert_eq!(at, (x, first + 1 + u16::try_from(i).unwrap()), "{step}");
    }
}

#[test]
fn editing_a_protocol_changes_only_what_was_typed_and_delete_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let plan = socialplan::demo::plan(common::today(), Lang::En);
    let (mut app, path) = on_file(dir.path(), Some(plan), Lang::En);
    let before = saved(&path).protocols;
    keys(&mut app, PROTOCOLS);
    // The crisis: its owner becomes Luis, nothing else changes.
    keys(&mut app, "je<Tab><Tab><Tab><Tab><C-u>Luis<Enter>");
    let after = saved(&path).protocols;
    assert_eq!(after[1].owner, "Luis");
    assert_eq!(
        Protocol {
            owner: before[1].owner.clone(),
            ..after[1].clone()
        },
        before[1]
    );
    assert_eq!((&after[0], &after[2]), (&before[0], &before[2]));
    keys(&mut app, "d");
    assert!(find(&render(&app, 80, 24), "Delete the protocol “A crisis”?").is_some());
    keys(&mut app, "y");
    let ids: Vec<_> = saved(&path).protocols.into_iter().map(|p| p.id).collect();
    assert_eq!(ids, ["negative-review", "approval"]);
    keys(&mut app, "u");
    assert_eq!(saved(&path).protocols, after);
}

#[test]
fn the_section_bar_switches_between_reviews_and_protocols() {
    let mut app = demo(Lang::Es);
    keys(&mut app, "6");
    let screen = render(&app, 80, 24);
    assert!(find(&screen, "Revisiones (3)").is_some());
    assert!(find(&screen, "Responder a una reseña negativa").is_none());
    keys(&mut app, "<Right>");
    assert!(find(&render(&app, 80, 24), "Responder a una reseña negativa").is_some());
    keys(&mut app, "<Left>");
    assert!(find(&render(&app, 80, 24), "Responder a una reseña negativa").is_none());
}

#[test]
fn a_protocol_at_80x24_in_english_and_spanish() {
    for lang in [Lang::En, Lang::Es] {
        let mut app = demo(lang);
        keys(&mut app, &format!("{PROTOCOLS}j"));
        let name = format!("{lang:?}_80x24_protocol").to_lowercase();
        insta::assert_snapshot!(name, text(&render(&app, 80, 24)));
    }
}
