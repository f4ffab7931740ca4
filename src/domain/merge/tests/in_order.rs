//! The order of the merged lists: symmetric, and a side alone kept exactly.

#[allow(clippy::wildcard_imports)] // the shared fixtures of the merge's tests
use super::*;

fn strings(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| (*k).to_string()).collect()
}

#[test]
fn items_added_on_both_sides_at_one_place_are_in_key_order_whichever_side_is_ours() {
    let base = strings(&["a", "b", "c"]);
    let ours = strings(&["a", "b", "zz", "c", "x"]);
    let theirs = strings(&["a", "b", "m", "n", "c", "w"]);
    let keep = |_: &str| true;
    let one = merge_order(&base, &ours, &theirs, keep);
    let other = merge_order(&base, &theirs, &ours, keep);
    assert_eq!(one, ["a", "b", "m", "n", "zz", "c", "w", "x"]);
    assert_eq!(one, other);
}

#[test]
fn the_order_of_a_side_alone_is_kept_exactly() {
    let base = strings(&["a", "b", "c", "d"]);
    // Moved, inserted in the middle, deleted, added at the start.
    let side = strings(&["new", "c", "a", "mid", "b"]);
    let keep = |key: &str| side.iter().any(|k| k == key);
    assert_eq!(merge_order(&base, &side, &base, keep), side);
    assert_eq!(merge_order(&base, &base, &side, keep), side);
}

#[test]
fn moves_on_both_sides_merge_the_same_both_ways() {
    let base = strings(&["a", "b", "c", "d", "e"]);
    let ours = strings(&["b", "a", "c", "d", "e"]);
    let theirs = strings(&["a", "b", "c", "e", "d"]);
    let keep = |_: &str| true;
    let one = merge_order(&base, &ours, &theirs, keep);
    assert_eq!(one, merge_order(&base, &theirs, &ours, keep));
    assert_eq!(one.len(), 5);
}

#[test]
fn an_edit_with_nothing_in_conflict_is_symmetric_with_items_in_every_list() {
    let ours = changed(|p| {
        p.campaigns.push(campaign("autumn", "instagram"));
        p.channels.push(channel("tiktok"));
        apply(
            p,
            &Edit::Add(Item::Review(crate::domain::Review {
                date: day("2027-01-18"),
                worked: "Reels".into(),
                did_not_work: String::new(),
                decision: None,
                notes: String::new(),
            })),
        );
    });
    let theirs = changed(|p| {
        p.campaigns.insert(0, campaign("winter", "newsletter"));
        p.channels.push(channel("blog"));
    });
    let (one, other) = both_ways(&ours, &theirs);
    assert!(one.is_clean());
    assert_eq!(one.plan, other.plan);
    let ids: Vec<&str> = one.plan.campaigns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["winter", "spring", "summer", "autumn"]);
    let ids: Vec<&str> = one.plan.channels.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["instagram", "newsletter", "blog", "tiktok"]);
}
