//! A protocol, as the interface shows it: its row (name, scope, owner,
//! response time), its steps one per line in the detail pane, its form and
//! the question before it is deleted.

use ratatui::text::{Line, Span};

use super::text::fit;
use super::{ItemView, confirm, field};
use crate::domain::validate::unique_id;
use crate::domain::{Edit, Item, Kind, Protocol, Scope};
use crate::i18n::Lang;
use crate::i18n::protocols::P;
use crate::text::printable;
use crate::theme::Theme;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

/// The fields of a protocol's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Scope,
    Trigger,
    Steps,
    Owner,
    ResponseTime,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Name => "name",
            F::Scope => "scope",
            F::Trigger => "trigger",
            F::Steps => "steps",
            F::Owner => "owner",
            F::ResponseTime => "response_time",
        })
    }
}

pub fn protocol_form(ctx: &Ctx, protocol: Option<&Protocol>) -> Form<F> {
    let lang = ctx.lang;
    let scopes = Scope::ALL
        .iter()
        .map(|&s| lang.scope(s).to_string())
        .collect();
    let scope = protocol.map_or(Scope::default(), |p| p.scope);
    let selected = Scope::ALL.iter().position(|&s| s == scope).unwrap_or(0);
    Form::for_item(
        protocol.cloned(),
        [P::AddTitle, P::EditTitle],
        lang,
        submit_protocol,
    )
    .text_of(F::Name, lang.t(P::Name), protocol, |p| &p.name)
    .choice(F::Scope, lang.t(P::Scope), scopes, selected)
    .text_of(F::Trigger, lang.t(P::Trigger), protocol, |p| &p.trigger)
    .lines_of(F::Steps, lang.t(P::Steps), protocol, |p| &p.steps)
    .text_of(F::Owner, lang.t(P::Owner), protocol, |p| &p.owner)
    .text_of(F::ResponseTime, lang.t(P::ResponseTime), protocol, |p| {
        &p.response_time
    })
    .note(lang.t(P::Hint))
}

pub fn submit_protocol(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let protocols = &ctx.plan.protocols;
    let name = form.required(F::Name, lang)?;
    let id = form
        .target
        .clone()
        .unwrap_or_else(|| unique_id(&name, |id| protocols.iter().any(|p| p.id == id)));
    let protocol = Item::Protocol(Protocol {
        id: id.clone(),
        name,
        scope: Scope::ALL[form.selected(F::Scope).min(Scope::ALL.len() - 1)],
        trigger: form.value(F::Trigger).trim().to_string(),
        steps: form.value(F::Steps).to_string(),
        owner: form.value(F::Owner).trim().to_string(),
        response_time: form.value(F::ResponseTime).trim().to_string(),
    });
    Some(form.saved(protocol, id, [P::Added, P::Edited], lang))
}

/// The widths of the list's columns: name, scope, owner, response time
/// (zero hides a column).
pub type Columns = [usize; 4];

impl ItemView for Protocol {
    type Field = F;
    type Columns = Columns;

    fn row(&self, cells: &Columns, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let scope = ctx.lang.scope(self.scope);
        [&self.name, scope, &self.owner, &self.response_time]
            .iter()
            .enumerate()
            .filter(|&(i, _)| cells[i] > 0)
            .map(|(i, text)| Line::raw(fit(text, cells, i, theme)))
            .collect()
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let (lang, theme) = (ctx.lang, ctx.theme);
        let facts = [
            (P::Scope, lang.scope(self.scope)),
            (P::Owner, self.owner.as_str()),
            (P::ResponseTime, self.response_time.as_str()),
        ];
        let mut lines = vec![
            field(lang.t(P::Trigger), self.trigger.as_str(), theme),
            facts_line(&facts, lang, theme),
            Line::styled(format!("{}:", lang.t(P::Steps)), theme.dim()),
        ];
        lines.extend(numbered_steps(&self.steps));
        lines
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        protocol_form(ctx, Some(self))
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        confirm(
            ctx.lang.delete_question(Kind::Protocol, &self.name),
            Edit::delete_seen(self.clone()),
            ctx.lang.labelled(ctx.lang.t(P::Deleted), &self.id),
        )
    }
}

/// The scope, owner and response time on one line: the steps need the rows.
fn facts_line(facts: &[(P, &str)], lang: Lang, theme: Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, (label, value)) in facts.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(theme.dot(), theme.dim()));
        }
        spans.extend(field(lang.t(*label), *value, theme).spans);
    }
    Line::from(spans)
}

/// One step per line, numbered, as a protocol is followed.
fn numbered_steps(steps: &str) -> impl Iterator<Item = Line<'static>> + '_ {
    steps
        .lines()
        .filter(|step| !step.trim().is_empty())
        .enumerate()
        .map(|(i, step)| Line::raw(format!("{:>2}. {}", i + 1, printable(step.trim()))))
}
