//! An objective, as the interface shows it: its row in the Objectives list
//! (progress, values, deadline), its details, its form (a target or deadline
//! that changes becomes a revision, with its reason), the form that revises
//! it (`r`), and the question before it is deleted, which names the
//! campaigns that will no longer serve it.

use ratatui::text::Line;

use super::{ItemView, confirm, deleting, field};
use crate::domain::progress::Progress;
use crate::domain::validate::unique_id;
use crate::domain::{Baseline, Direction, Edit, Item, Kind, Objective};
use crate::i18n::objectives::O;
use crate::i18n::ui::Ui;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

mod row;

pub use row::{Column, Columns, row};

/// The fields of an objective's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Id,
    Name,
    Metric,
    Unit,
    Channel,
    Direction,
    Baseline,
    BaselineDate,
    Target,
    Deadline,
    Active,
    Reason,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Id => "id",
            F::Name => "name",
            F::Metric => "metric",
            F::Unit => "unit",
            F::Channel => "channel",
            F::Direction => "direction",
            F::Baseline => "baseline.value",
            F::BaselineDate => "baseline.date",
            F::Target => "target",
            F::Deadline => "deadline",
            F::Active => "active",
            F::Reason => return None,
        })
    }
}

impl ItemView for Objective {
    type Field = F;
    type Columns = Columns;

    fn row(&self, columns: &Columns, ctx: &Ctx) -> Vec<Line<'static>> {
        row(self, ctx, columns)
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        detail_lines(self, ctx)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        objective_form(ctx, Some(self))
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        delete(ctx, self)
    }
}

/// The form for a new objective.
pub fn new_form(ctx: &Ctx) -> Form<F> {
    objective_form(ctx, None)
}

fn detail_lines(objective: &Objective, ctx: &Ctx) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let p = Progress::of(objective, ctx.today);
    let channel = objective.channel.as_deref().map_or_else(
        || lang.t(O::NoChannel).to_string(),
        |id| {
            ctx.plan
                .channel(id)
                .map_or(id.to_string(), |c| c.name.clone())
        },
    );
    let direction = match objective.direction {
        Direction::Increase => lang.t(O::Increase),
        Direction::Decrease => lang.t(O::Decrease),
    };
    let dot = theme.dot();
    let unit = if objective.unit.is_empty() {
        String::new()
    } else {
        format!("{dot}{}: {}", lang.t(O::Unit), objective.unit)
    };
    let value_on = |value: f64, date: chrono::NaiveDate| {
        format!("{} ({})", ctx.lang.num(value), ctx.lang.date(date))
    };
    let target = p
        .target
        .map_or_else(|| lang.t(O::NoTarget).to_string(), |n| ctx.lang.num(n));
    let mut lines = vec![
        field(
            lang.t(O::Metric),
            format!("{}{unit}{dot}{direction}", objective.metric),
            theme,
        ),
        field(
            lang.t(O::Channel),
            format!(
                "{channel}{dot}{}: {}",
                lang.t(O::Measurements),
                objective.measurements.len()
            ),
            theme,
        ),
        field(
            lang.t(O::Baseline),
            format!(
                "{} {} {}: {}",
                value_on(p.baseline, objective.baseline.date),
                theme.arrow(),
                lang.t(O::Latest),
                value_on(p.latest, p.latest_date)
            ),
            theme,
        ),
        field(
            lang.t(O::Target),
            format!("{target}, {}", lang.deadline(p.deadline, p.days_left)),
            theme,
        ),
    ];
    if !objective.active {
        lines.push(field(lang.t(O::Active), lang.t(Ui::No), theme));
    }
    // The newest revisions first: why the target is what it is.
    for r in objective.revisions.iter().rev().take(3) {
        let (date, change) = lang.revision_line(r, theme.arrow());
        lines.push(field(&date, change, theme));
    }
    lines
}

/// Deleting an objective also takes it off the campaigns that serve it, in
/// one edit (so one undo brings everything back).
fn delete(ctx: &Ctx, objective: &Objective) -> Effect {
    let lang = ctx.lang;
    let users: Vec<_> = ctx
        .plan
        .campaigns
        .iter()
        .filter(|c| c.objectives.contains(&objective.id))
        .collect();
    let unlinked: Vec<Edit> = users
        .iter()
        .map(|c| {
            let mut unlinked = (*c).clone();
            unlinked.objectives.retain(|o| o != &objective.id);
            Edit::update(&Item::Campaign((*c).clone()), &Item::Campaign(unlinked))
        })
        .collect();
    let mut question = lang.delete_question(Kind::Objective, &objective.name);
    if !users.is_empty() {
        // One campaign a line, so that a long list reads as a list.
        let bullet = if ctx.theme.ascii { "-" } else { "•" };
        let names: Vec<String> = users
            .iter()
            .map(|c| format!("{bullet} {}", c.name.replace('\n', " ")))
            .collect();
        question = format!(
            "{question} {}\n{}",
            lang.t(O::AlsoUnlinked),
            names.join("\n")
        );
    }
    let edit = deleting(unlinked, objective.clone());
    confirm(
        question,
        edit,
        lang.labelled(lang.t(O::Deleted), &objective.id),
    )
}

fn objective_form(ctx: &Ctx, objective: Option<&Objective>) -> Form<F> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    // The empty key stands for "no channel".
    let mut channels = vec![(String::new(), lang.t(O::NoChannel).to_string())];
    channels.extend(plan.channels.iter().map(|c| (c.id.clone(), c.name.clone())));
    let channel = objective.and_then(|o| o.channel.as_deref());
    let directions = vec![
        lang.t(O::Increase).to_string(),
        lang.t(O::Decrease).to_string(),
    ];
    let text = |v: Option<f64>| v.map(|v| lang.editable_number(v)).unwrap_or_default();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let mut form = Form::for_item(
        objective.cloned(),
        [O::AddTitle, O::EditTitle],
        lang,
        submit_objective,
    );
    if objective.is_none() {
        form = form.text(F::Id, lang.t(O::Id), "");
    }
    let form = form
        .text_of(F::Name, lang.t(O::Name), objective, |o| &o.name)
        .text_of(F::Metric, lang.t(O::Metric), objective, |o| &o.metric)
        .text_of(F::Unit, lang.t(O::Unit), objective, |o| &o.unit)
        .choice_of(F::Channel, lang.t(O::Channel), channels, channel)
        .choice(
            F::Direction,
            lang.t(O::Direction),
            directions,
            usize::from(objective.is_some_and(|o| o.direction == Direction::Decrease)),
        )
        .text(
            F::Baseline,
            lang.t(O::Baseline),
            text(objective.map(|o| o.baseline.value)),
        )
        .text(
            F::BaselineDate,
            lang.t(O::BaselineDate),
            objective.map_or(ctx.today, |o| o.baseline.date).to_string(),
        )
        .text(
            F::Target,
            lang.t(O::Target),
            text(objective.and_then(|o| o.target)),
        )
        .text(
            F::Deadline,
            lang.t(O::Deadline),
            date(objective.and_then(|o| o.deadline)),
        )
        .choice(
            F::Active,
            lang.t(O::Active),
            vec![lang.t(Ui::Yes).to_string(), lang.t(Ui::No).to_string()],
            usize::from(objective.is_some_and(|o| !o.active)),
        );
    match objective {
        Some(_) => form
            .text(F::Reason, lang.t(O::Reason), "")
            .note(lang.t(O::ReasonHint)),
        None => form.note(lang.t(O::IdHint)),
    }
}

fn submit_objective(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let name = form.required(F::Name, lang);
    let metric = form.required(F::Metric, lang);
    let baseline = form.number(F::Baseline, lang);
    let baseline_date = form.date(F::BaselineDate, lang);
    let target = form.optional_number(F::Target, lang);
    let deadline = form.optional_date(F::Deadline, lang);
    let (name, metric, baseline, baseline_date, target, deadline) = (
        name?,
        metric?,
        baseline?,
        baseline_date?,
        target?,
        deadline?,
    );
    let channel = form
        .chosen_key(F::Channel)
        .filter(|id| !id.is_empty())
        .map(str::to_string);
    let direction = if form.selected(F::Direction) == 1 {
        Direction::Decrease
    } else {
        Direction::Increase
    };
    // The objective as the form showed it: what the save is compared with.
    let existing = match &form.original {
        Some(Item::Objective(o)) => Some(o.clone()),
        _ => None,
    };
    let id = match &existing {
        Some(o) => o.id.clone(),
        None if form.value(F::Id).is_empty() => unique_id(&name, |id| plan.objective(id).is_some()),
        None => form.value(F::Id).to_string(),
    };
    let mut objective = Objective {
        id: id.clone(),
        name,
        metric,
        unit: form.value(F::Unit).to_string(),
        channel,
        direction,
        baseline: Baseline {
            value: baseline,
            date: baseline_date,
        },
        target,
        deadline,
        active: form.selected(F::Active) == 0,
        measurements: Vec::new(),
        revisions: Vec::new(),
    };
    let Some(existing) = existing else {
        return Some(Change {
            edit: Edit::Add(Item::Objective(objective)),
            label: lang.labelled(lang.t(O::Added), &id),
            focus: Some(id),
        });
    };
    // A set target or deadline that changes is a revision, with its reason.
    #[allow(clippy::float_cmp)] // the very value that was set
    let revised = existing.target.is_some() && existing.target != objective.target
        || existing.deadline.is_some() && existing.deadline != objective.deadline;
    let edit = if revised {
        let reason = form.value(F::Reason).to_string();
        let (Some(new_target), Some(new_deadline)) = (objective.target, objective.deadline) else {
            form.invalid(
                if objective.target.is_none() {
                    F::Target
                } else {
                    F::Deadline
                },
                lang.required(),
            );
            return None;
        };
        if reason.is_empty() {
            form.invalid(F::Reason, lang.t(O::ReasonNeeded));
            return None;
        }
        objective.target = existing.target;
        objective.deadline = existing.deadline;
        Edit::Batch(vec![
            form.edit_of(Item::Objective(objective)),
            Edit::ReviseObjective {
                objective: id.clone(),
                date: ctx.today,
                reason,
                target: new_target,
                deadline: new_deadline,
            },
        ])
    } else {
        form.edit_of(Item::Objective(objective))
    };
    Some(Change {
        edit,
        label: lang.labelled(lang.t(O::Edited), &id),
        focus: Some(id),
    })
}
