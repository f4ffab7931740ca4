//! A post's results in the interface: the four fields of its form (offered
//! once it is published, or while it holds any, so they can be cleared)
//! and its line of details.

use ratatui::text::Line;

use super::F;
use crate::domain::post::PostStatus;
use crate::domain::{Item, Post};
use crate::i18n::Lang;
use crate::i18n::results::R;
use crate::theme::Theme;
use crate::tui::items::field;
use crate::tui::items::text::MAX_COUNT;
use crate::tui::overlay::form::Form;

/// The results fields, in the order of a post's results.
const FIELDS: [(F, R); 4] = [
    (F::Reach, R::FormReach),
    (F::Interactions, R::FormInteractions),
    (F::Clicks, R::FormClicks),
    (F::Leads, R::FormLeads),
];

/// Whether the form of `post` offers its results.
pub(super) fn shown(post: Option<&Post>) -> bool {
    post.is_some_and(|p| {
        p.status == PostStatus::Published || p.results().iter().any(Option::is_some)
    })
}

/// `form` with the results fields when `post` shows them; a blank field is none.
pub(super) fn with_fields(mut form: Form<F>, post: Option<&Post>, lang: Lang) -> Form<F> {
    let Some(post) = post.filter(|p| shown(Some(p))) else {
        return form;
    };
    for ((id, label), value) in FIELDS.into_iter().zip(post.results()) {
        let text = value.map(|n| n.to_string()).unwrap_or_default();
        form = form.text(id, lang.t(label), text);
    }
    form
}

/// The results the form holds (marking any that is not a whole number),
/// or the post's own when the form does not show them.
pub(super) fn read(form: &mut Form<F>, lang: Lang) -> Option<[Option<u64>; 4]> {
    let original = match &form.original {
        Some(Item::Post(post)) => Some(post.clone()),
        _ => None,
    };
    if !shown(original.as_ref()) {
        return Some(original.map_or([None; 4], |p| p.results()));
    }
    let read = FIELDS.map(|(id, _)| form.optional_whole(id, 0, MAX_COUNT, lang));
    let [Some(reach), Some(interactions), Some(clicks), Some(leads)] = read else {
        return None;
    };
    Some([reach, interactions, clicks, leads])
}

/// "Results: reach 2140 · clicks 41", with the measures it has; none when
/// it has no results.
pub(super) fn detail_line(post: &Post, lang: Lang, theme: Theme) -> Option<Line<'static>> {
    let given: Vec<String> = lang
        .result_names()
        .into_iter()
        .zip(post.results())
        .filter_map(|(name, value)| value.map(|n| format!("{name} {n}")))
        .collect();
    (!given.is_empty()).then(|| field(lang.t(R::Results), given.join(theme.dot()), theme))
}
