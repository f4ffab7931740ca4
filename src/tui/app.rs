//! The application state and its one update path:
//! key → action (keymap) → effect (the tab) → edit committed through the
//! workspace (saved) → views refreshed → redrawn.

mod conflicts;
mod dialogs;
mod file;
mod render;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::action::Action;
use super::checkin::CheckIn;
use super::findings;
use super::form::Form;
use super::keymap;
use super::overlay::Overlay;
use super::overlay::Retry;
use super::tab::Tab;
use super::tabs::{actions, calendar, channels, objectives, review, situation};
use super::view::{Change, Ctx, Effect, View};
use crate::domain::lint::{self, Finding};
use crate::domain::{Conflict, Edit, PlanField};
use crate::i18n::Lang;
use crate::i18n::check::K;
use crate::i18n::checkin::C;
use crate::i18n::ui::Ui;
use crate::theme::Theme;
use crate::workspace::Workspace;

/// Below this size the interface asks for a bigger terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// Why a change was not made.
enum Refused {
    /// A reason to show on the status line or in the form.
    Message(String),
    /// Someone else changed what it changes: the person chooses.
    Conflict(Box<Conflict>),
}

/// An edit that can be taken back, and what it was.
#[derive(Debug)]
struct Done {
    inverse: Edit,
    label: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tone {
    Info,
    Success,
    Error,
}

#[derive(Debug)]
struct Status {
    text: String,
    tone: Tone,
}

pub struct App {
    workspace: Workspace,
    lang: Lang,
    theme: Theme,
    tab: Tab,
    situation: situation::SituationTab,
    objectives: objectives::ObjectivesTab,
    channels: channels::ChannelsTab,
    actions: actions::ActionsTab,
    calendar: calendar::CalendarTab,
    review: review::ReviewTab,
    overlay: Option<Overlay>,
    /// A dialog to show when the current one closes (the check-in's
    /// summary, after its review form).
    queued: Option<Overlay>,
    /// What the plan check finds, computed whenever the plan changes:
    /// drawing only reads it.
    findings: Vec<Finding>,
    undo: Vec<Done>,
    redo: Vec<Done>,
    status: Option<Status>,
    /// Why the plan file could not be opened (the app is then read-only).
    problem: Option<String>,
    /// Whether the plan's file was last seen moved or deleted: the change
    /// from one to the other is announced once.
    file_gone: bool,
    quit: bool,
}

impl App {
    pub fn new(workspace: Workspace, lang: Lang, theme: Theme) -> Self {
        // An empty plan starts at step 1; a plan in use, at its objectives.
        let tab = if workspace.plan().objectives.is_empty() {
            Tab::Situation
        } else {
            Tab::Objectives
        };
        let findings = lint::check(workspace.plan(), workspace.today());
        let mut app = App {
            workspace,
            lang,
            theme,
            tab,
            situation: situation::SituationTab::default(),
            objectives: objectives::ObjectivesTab::default(),
            channels: channels::ChannelsTab::default(),
            actions: actions::ActionsTab::default(),
            calendar: calendar::CalendarTab::default(),
            review: review::ReviewTab::default(),
            overlay: None,
            queued: None,
            findings,
            undo: Vec::new(),
            redo: Vec::new(),
            status: None,
            problem: None,
            file_gone: false,
            quit: false,
        };
        // The tabs work out what they keep from the plan.
        app.refresh_views(None);
        app.overlay = app.file_notices();
        app
    }

    /// The file could not be read: show why, and never write.
    #[must_use]
    pub fn with_problem(mut self, problem: String) -> Self {
        self.problem = Some(problem);
        self
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// Handles a terminal event. Returns whether the screen must be redrawn.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        match event {
            Event::Key(key) => {
                self.handle_key(*key);
                true
            }
            Event::Resize(..) => true,
            _ => false,
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        self.status = None;
        if let Some(overlay) = self.overlay.take() {
            self.overlay_key(overlay, key);
        } else if let Some(action) = keymap::action(self.tab, &key) {
            self.update(action);
        }
        // A save may find the file gone before the once-a-second look does.
        self.follow_file();
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            plan: self.workspace.plan(),
            today: self.workspace.today(),
            lang: self.lang,
            theme: self.theme,
        }
    }

    fn update(&mut self, action: Action) {
        if action.edits()
            && let Some(reason) = self.cannot_edit()
        {
            self.error(self.lang.t(reason));
            return;
        }
        match action {
            Action::Quit => self.quit_or_ask(),
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::GoTo(tab) => self.tab = tab,
            Action::Help => self.overlay = Some(Overlay::Help(0)),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Rename => self.overlay = Some(Overlay::Form(rename_form(&self.ctx()))),
            Action::CheckIn => match CheckIn::start(self.workspace.plan()) {
                Some(checkin) => self.overlay = Some(Overlay::CheckIn(checkin)),
                None => self.info(self.lang.t(C::NoActive)),
            },
            Action::WriteBack => self.write_back(),
            Action::Findings => {
                if self.findings.is_empty() {
                    self.info(self.lang.t(K::Clean));
                } else {
                    let dialog = findings::dialog(&self.findings, &self.ctx());
                    self.overlay = Some(Overlay::Summary(dialog));
                }
            }
            other => {
                let effect = self.view_update(other);
                self.apply(effect);
            }
        }
    }

    /// Passes an action to the current tab.
    fn view_update(&mut self, action: Action) -> Effect {
        let ctx = Ctx {
            plan: self.workspace.plan(),
            today: self.workspace.today(),
            lang: self.lang,
            theme: self.theme,
        };
        match self.tab {
            Tab::Situation => self.situation.update(action, &ctx),
            Tab::Objectives => self.objectives.update(action, &ctx),
            Tab::Channels => self.channels.update(action, &ctx),
            Tab::Actions => self.actions.update(action, &ctx),
            Tab::Calendar => self.calendar.update(action, &ctx),
            Tab::Review => self.review.update(action, &ctx),
        }
    }

    fn apply(&mut self, effect: Effect) {
        match effect {
            Effect::Nothing => {}
            Effect::Commit(change) => match self.commit(&change) {
                Ok(()) => {}
                Err(Refused::Message(message)) => self.error(message),
                Err(Refused::Conflict(changed)) => {
                    self.open_conflict(*changed, Retry::Commit(change), None);
                }
            },
            Effect::Open(overlay) => {
                if matches!(overlay, Overlay::Form(_))
                    && let Some(reason) = self.cannot_edit()
                {
                    self.error(self.lang.t(reason));
                    return;
                }
                self.overlay = Some(overlay);
            }
            Effect::Info(text) => self.info(text),
            Effect::Error(text) => self.error(text),
        }
    }

    /// Why the plan cannot be changed in this session, if it cannot.
    fn cannot_edit(&self) -> Option<Ui> {
        if self.problem.is_some() {
            Some(Ui::BrokenRefused)
        } else if self.workspace.is_demo() {
            Some(Ui::DemoRefused)
        } else if self.workspace.is_read_only() {
            Some(Ui::ReadOnlyRefused)
        } else if !self.workspace.may_write() {
            Some(Ui::NotWritableRefused)
        } else if self.workspace.file_gone() {
            Some(Ui::FileGoneRefused)
        } else {
            None
        }
    }

    /// Applies and saves a change; on success it can be undone.
    fn commit(&mut self, change: &Change) -> Result<(), Refused> {
        if let Some(reason) = self.cannot_edit() {
            return Err(Refused::Message(self.lang.t(reason).to_string()));
        }
        // A form saved as it opened: nothing to save, nothing to undo.
        if change.edit.is_empty() {
            self.info(self.lang.t(Ui::NothingChanged));
            return Ok(());
        }
        let committed = match self.workspace.commit(&change.edit) {
            Ok(committed) => committed,
            Err(error) => return Err(self.refused(error)),
        };
        self.undo.push(Done {
            inverse: committed.inverse,
            label: change.label.clone(),
        });
        self.redo.clear();
        self.refresh(change.focus.as_deref());
        // Saving on top of another session's changes keeps them: say so.
        let saved = if committed.merged {
            Ui::MergedOnSave
        } else {
            Ui::Saved
        };
        self.success(format!(
            "{}{}{}",
            self.lang.t(saved),
            self.theme.dot(),
            change.label
        ));
        Ok(())
    }

    fn undo(&mut self) {
        self.step_back(true);
    }

    fn redo(&mut self) {
        self.step_back(false);
    }

    /// Undo (or redo): applies the stored inverse, and keeps the inverse of
    /// that on the other stack.
    fn step_back(&mut self, undoing: bool) {
        let (from, empty) = if undoing {
            (&mut self.undo, Ui::NothingToUndo)
        } else {
            (&mut self.redo, Ui::NothingToRedo)
        };
        let Some(done) = from.pop() else {
            self.info(self.lang.t(empty));
            return;
        };
        self.step(done.inverse, done.label, undoing);
    }

    /// The plan changed: every tab keeps a valid selection, and the plan is
    /// checked again.
    fn refresh(&mut self, focus: Option<&str>) {
        self.refresh_views(focus);
        self.findings = lint::check(self.workspace.plan(), self.workspace.today());
    }

    /// Every tab keeps a valid selection; the current one selects `focus`.
    fn refresh_views(&mut self, focus: Option<&str>) {
        let ctx = Ctx {
            plan: self.workspace.plan(),
            today: self.workspace.today(),
            lang: self.lang,
            theme: self.theme,
        };
        let current = self.tab;
        let views: [(Tab, &mut dyn View); 6] = [
            (Tab::Situation, &mut self.situation),
            (Tab::Objectives, &mut self.objectives),
            (Tab::Channels, &mut self.channels),
            (Tab::Actions, &mut self.actions),
            (Tab::Calendar, &mut self.calendar),
            (Tab::Review, &mut self.review),
        ];
        for (tab, view) in views {
            view.refresh(&ctx, if tab == current { focus } else { None });
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            tone: Tone::Info,
        });
    }

    fn success(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            tone: Tone::Success,
        });
    }

    fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            tone: Tone::Error,
        });
    }
}

/// The item an edit puts back or changes, to select after undo or redo.
fn focus_of(edit: &Edit) -> Option<String> {
    match edit {
        Edit::Add(item) | Edit::Restore { item, .. } => Some(item.key()),
        Edit::Patch(patch) => Some(patch.key.clone()),
        Edit::RecordMeasurement { objective, .. }
        | Edit::DeleteMeasurement { objective, .. }
        | Edit::ReviseObjective { objective, .. }
        | Edit::DropRevision { objective, .. } => Some(objective.clone()),
        Edit::Batch(edits) => edits.iter().rev().find_map(focus_of),
        _ => None,
    }
}

/// The plan's name and currency.
fn rename_form(ctx: &Ctx) -> Form {
    let lang = ctx.lang;
    Form::new(lang.t(Ui::RenameTitle), submit_rename)
        .text("name", lang.t(Ui::FieldPlanName), ctx.plan.name.clone())
        .text(
            "currency",
            lang.t(Ui::FieldCurrency),
            ctx.plan.currency.clone(),
        )
}

fn submit_rename(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    let name = form.value("name").to_string();
    let currency = form.value("currency").to_uppercase();
    if crate::domain::validate::currency(&currency).is_err() {
        form.invalid(
            "currency",
            ctx.lang
                .edit_error(&crate::domain::EditError::InvalidCurrency(currency)),
        );
        return None;
    }
    Some(Change {
        label: name.clone(),
        // From what the form showed: a rename elsewhere meanwhile is a
        // conflict, not overwritten.
        edit: Edit::Batch(vec![
            plan_field(form, "name", PlanField::Name, name),
            plan_field(form, "currency", PlanField::Currency, currency),
        ]),
        focus: None,
    })
}

/// Sets a plan field from the value the form showed to the one typed.
fn plan_field(form: &Form, id: &str, field: PlanField, after: String) -> Edit {
    Edit::SetPlan {
        field,
        before: form.initial_text(id).to_string(),
        after,
    }
}
