//! Finding the item a command names: its id or name in full (any case),
//! else the only one whose id or name starts with what was typed. The same
//! rule for objectives, campaigns, posts, channels and whatever a command names next.

use crate::domain::{Campaign, Channel, Kind, Objective, Post};
use crate::i18n::Lang;

/// An item a command can name.
pub trait Named {
    const KIND: Kind;
    fn id(&self) -> &str;
    fn name(&self) -> &str;
}

/// Items named by their `id` and `name` fields.
macro_rules! named {
    ($($ty:ident: $kind:ident),*) => {$(
        impl Named for $ty {
            const KIND: Kind = Kind::$kind;
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
        }
    )*};
}

named!(Objective: Objective, Campaign: Campaign, Channel: Channel);

/// A post is named by its title.
impl Named for Post {
    const KIND: Kind = Kind::Post;
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.title
    }
}

/// Why no single item was found.
#[derive(Debug, PartialEq, Eq)]
pub enum Miss {
    None,
    Several(Vec<String>),
}

/// The item of `items` that `query` names.
pub fn find<'a, T: Named>(items: &'a [T], query: &str) -> Result<&'a T, Miss> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Err(Miss::None);
    }
    let exact = |t: &&T| t.id().to_lowercase() == query || t.name().to_lowercase() == query;
    if let Some(found) = items.iter().find(exact) {
        return Ok(found);
    }
    let prefix = |t: &&T| {
        t.id().to_lowercase().starts_with(&query) || t.name().to_lowercase().starts_with(&query)
    };
    let matches: Vec<&T> = items.iter().filter(prefix).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Miss::None),
        several => Err(Miss::Several(
            several.iter().map(|t| t.id().to_string()).collect(),
        )),
    }
}

/// The item `query` names, or the sentence that says why there is none and
/// which ids there are.
pub fn find_or_say<'a, T: Named>(items: &'a [T], query: &str, lang: Lang) -> Result<&'a T, String> {
    find(items, query).map_err(|miss| match miss {
        Miss::None => {
            let ids: Vec<&str> = items.iter().map(Named::id).collect();
            lang.unknown_item(T::KIND, query, &ids)
        }
        Miss::Several(ids) => {
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            lang.ambiguous_item(T::KIND, query, &ids)
        }
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::Plan;

    fn plan() -> Plan {
        let today: NaiveDate = "2027-01-20".parse().unwrap_or_default();
        crate::demo::plan(today, Lang::En)
    }

    #[test]
    fn items_are_found_by_id_name_or_prefix() {
        let plan = plan();
        let first = &plan.objectives[0];
        let found = |q: &str| find(&plan.objectives, q).map(|o| o.id.clone());
        assert_eq!(found(&first.id), Ok(first.id.clone()));
        assert_eq!(found(&first.id.to_uppercase()), Ok(first.id.clone()));
        assert_eq!(found(&first.name), Ok(first.id.clone()));
        assert_eq!(found("zzz-nothing"), Err(Miss::None));
        assert_eq!(found(""), Err(Miss::None));
        let campaign = &plan.campaigns[0];
        let found = find(&plan.campaigns, &campaign.name).map(|c| c.id.clone());
        assert_eq!(found, Ok(campaign.id.clone()));
    }

    #[test]
    fn a_prefix_shared_by_several_is_ambiguous() {
        let mut plan = plan();
        let mut twin = plan.objectives[0].clone();
        twin.id = format!("{}-twin", plan.objectives[0].id);
        twin.name = "Other name".into();
        let first = plan.objectives[0].id.clone();
        plan.objectives.push(twin);
        let prefix = &first[..first.len() - 1];
        match find(&plan.objectives, prefix) {
            Err(Miss::Several(ids)) => assert!(ids.len() >= 2, "{ids:?}"),
            other => panic!("expected ambiguity, got {other:?}"),
        }
        // The full id still wins over the longer one it prefixes.
        let found = find(&plan.objectives, &first).map(|o| o.id.clone());
        assert_eq!(found, Ok(first));
    }
}
