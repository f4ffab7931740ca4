//! The application state and its one update path:
//! key → action (keymap) → effect (the tab) → edit committed through the
//! workspace (saved) → views refreshed → redrawn.

mod conflicts;
mod demo;
mod dialogs;
mod file;
mod messages;
mod pause;
mod refresh;
mod rename;
mod render;
mod saving;

use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::action::Action;
use super::findings;
use super::keymap;
use super::overlay::checkin::CheckIn;
use super::overlay::{Help, Overlay, Retry};
use super::session::Session;
use super::tab::Tab;
use super::view::{Change, Ctx, Effect};
use super::views::Views;
use crate::domain::{Conflict, Edit};
use crate::i18n::Lang;
use crate::i18n::check::K;
use crate::i18n::checkin::C;
use crate::i18n::ui::Ui;
use crate::theme::Theme;
use crate::workspace::Workspace;
use refresh::Checked;

/// Below this size the interface asks for a bigger terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

/// Why a change was not made.
enum Refused {
    /// A reason to show on the status line or in the form, and the field
    /// it concerns as the plan's file names it, when it names one.
    Message(String, Option<&'static str>),
    /// Someone else changed what it changes: the person chooses.
    Conflict(Box<Conflict>),
}

/// An edit that can be taken back, and what it was.
#[derive(Debug)]
struct Done {
    inverse: Edit,
    label: String,
    /// The submission whose inverse this is (see `saving.rs`).
    seq: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tone {
    Info,
    Success,
    Error,
}

#[derive(Clone, Debug)]
struct Status {
    text: String,
    tone: Tone,
}

pub struct App {
    session: Session,
    tab: Tab,
    /// The tabs and screens a screen (the agenda, a campaign's posts) was
    /// opened from, the tab of the bar first: Esc goes back one step.
    trail: Vec<Tab>,
    views: Views,
    overlay: Option<Overlay>,
    /// A dialog to show when the current one closes (the check-in's
    /// summary, after its review form).
    queued: Option<Overlay>,
    /// What the plan check finds: drawing only reads it. It is worked out
    /// again after a change while no key waits (17 ms on 100 000 posts: an
    /// edit must not wait for it), or at once where a test or `!` needs it.
    checked: Checked,
    undo: Vec<Done>,
    redo: Vec<Done>,
    /// Edits made and not yet reported saved, oldest first.
    pending: Vec<saving::Pending>,
    status: Option<Status>,
    /// The session's recent messages, oldest first (`L` shows them).
    messages: Vec<Status>,
    /// Whether the plan's file was last seen moved or deleted: the change
    /// from one to the other is announced once.
    file_gone: bool,
    /// The text of a form's field to open in the person's editor, waiting
    /// for the terminal to run it (see `editor_request`).
    editor: Option<String>,
    /// When the detail panes catch up with a selection that keys moved
    /// (see `pause.rs`); None when they show it.
    settle_at: Option<std::time::Instant>,
    /// Edits are to be saved in the background once the first frame is
    /// drawn (see `save_in_background_after_first_frame`).
    writer_after_first_frame: bool,
    quit: bool,
}

impl App {
    pub fn new(workspace: Workspace, lang: Lang, theme: Theme) -> Self {
        let mut app = Self::new_check_later(workspace, lang, theme);
        app.check_now();
        app
    }

    /// As [`App::new`], with the plan checked once the first frame is up
    /// (the terminal's way: see [`App::catch_up`]).
    pub fn new_check_later(workspace: Workspace, lang: Lang, theme: Theme) -> Self {
        // An empty plan starts at step 1; a plan in use, at its objectives.
        let tab = if workspace.plan().objectives.is_empty() {
            Tab::Situation
        } else {
            Tab::Objectives
        };
        let mut app = App {
            session: Session::new(workspace, lang, theme),
            tab,
            trail: Vec::new(),
            views: Views::default(),
            overlay: None,
            queued: None,
            checked: Checked {
                findings: Vec::new(),
                behind: true,
            },
            undo: Vec::new(),
            redo: Vec::new(),
            pending: Vec::new(),
            status: None,
            messages: Vec::new(),
            file_gone: false,
            editor: None,
            settle_at: None,
            writer_after_first_frame: false,
            quit: false,
        };
        // The tabs work out what they keep from the plan.
        app.session.plan_changed();
        app.refresh_views(None);
        app.overlay = app.file_notices();
        app
    }

    /// The file could not be read: show why, and never write.
    #[must_use]
    pub fn with_problem(mut self, problem: String) -> Self {
        self.session.problem = Some(problem);
        self
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn workspace(&self) -> &Workspace {
        &self.session.workspace
    }

    /// Handles a terminal event that came at `now`. Returns whether the
    /// screen must be redrawn.
    pub fn handle_event(&mut self, event: &Event, now: std::time::Instant) -> bool {
        match event {
            Event::Key(key) => {
                self.handle_key_at(*key, now);
                true
            }
            Event::Resize(..) => true,
            _ => false,
        }
    }

    /// Edits are saved in the background from now on (the terminal's way;
    /// in-process tests save on the spot unless they ask for this).
    pub fn save_in_background(&mut self) -> std::io::Result<()> {
        self.session.workspace.save_in_background()
    }

    /// As [`App::save_in_background`], from the first frame on: the writer
    /// thread starts with a copy of the plan (16 ms for 100 000 posts),
    /// which need not come before the screen does. No key is read before
    /// the first frame, so no edit is saved before the thread runs.
    pub fn save_in_background_after_first_frame(&mut self) {
        self.writer_after_first_frame = true;
    }

    /// A frame was drawn: the writer starts if it waited for one.
    pub fn frame_drawn(&mut self) -> std::io::Result<()> {
        if std::mem::take(&mut self.writer_after_first_frame) {
            self.save_in_background()?;
        }
        Ok(())
    }

    /// Answers a key as if the keys then paused: the detail panes show the
    /// selection (what tests and scripted keys expect).
    pub fn handle_key(&mut self, key: KeyEvent) {
        self.answer_key(key);
        self.panes_follow_now();
        self.check_now();
    }

    fn answer_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        self.status = None;
        if let Some(overlay) = self.overlay.take() {
            self.dialog_key(overlay, key);
        } else if let Some(action) = keymap::action(self.tab, &key) {
            self.update(action);
        }
        // A save may find the file gone before the once-a-second look does.
        self.follow_file();
    }

    fn ctx(&self) -> Ctx<'_> {
        self.session.ctx()
    }

    fn update(&mut self, action: Action) {
        if action.edits()
            && let Some(reason) = self.cannot_edit()
        {
            self.error(self.session.lang.t(reason));
            return;
        }
        match action {
            Action::Quit => self.quit_or_ask(),
            Action::NextTab => self.show_tab(self.bar_tab().next()),
            Action::PrevTab => self.show_tab(self.bar_tab().prev()),
            Action::GoTo(tab) => self.show_tab(tab),
            Action::Agenda => self.show_tab(Tab::Agenda),
            Action::Back => {
                if let Some(tab) = self.trail.pop() {
                    self.tab = tab;
                    self.up_to_date();
                }
            }
            Action::Help => self.overlay = Some(Overlay::Help(Help::default())),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Rename => self.overlay = Some(Overlay::form(rename::form(&self.ctx()))),
            Action::CheckIn => {
                let ctx = self.ctx();
                match CheckIn::start(ctx.plan, ctx.today, ctx.lang) {
                    Some(checkin) => self.overlay = Some(Overlay::CheckIn(checkin)),
                    None => self.info(self.session.lang.t(C::NoActive)),
                }
            }
            Action::WriteBack => self.write_back(),
            Action::SaveAs => self.save_as_form(),
            Action::Messages => self.show_messages(),
            Action::Findings => {
                self.check_now();
                if self.checked.findings.is_empty() {
                    self.info(self.session.lang.t(K::Clean));
                } else {
                    let dialog = findings::dialog(&self.checked.findings, &self.ctx());
                    self.overlay = Some(Overlay::Summary(dialog));
                }
            }
            other => {
                let effect = self.view_update(other);
                self.apply(effect);
            }
        }
    }

    /// Shows a tab of the bar, or a screen opened from the current view (a
    /// screen already on the way back is gone back to, not stacked again).
    fn show_tab(&mut self, tab: Tab) {
        if !tab.is_screen() {
            self.trail.clear();
        } else if tab != self.tab {
            match self.trail.iter().position(|t| *t == tab) {
                Some(i) => self.trail.truncate(i),
                None => self.trail.push(self.tab),
            }
        }
        self.tab = tab;
        self.up_to_date();
    }

    /// The view shown works out what it keeps from the plan if it is
    /// behind it (see [`Views::refresh`]).
    fn up_to_date(&mut self) {
        let ctx = self.session.ctx();
        self.views.up_to_date(&ctx, self.tab);
    }

    /// The tab of the bar the current view belongs to.
    fn bar_tab(&self) -> Tab {
        self.trail.first().copied().unwrap_or(self.tab)
    }

    /// Passes an action to the current tab.
    fn view_update(&mut self, action: Action) -> Effect {
        self.up_to_date();
        let ctx = self.session.ctx();
        self.views.view_mut(self.tab).update(action, &ctx)
    }

    /// Carries out what a tab or a dialog asked for.
    fn apply(&mut self, effect: Effect) {
        match effect {
            Effect::Nothing => {}
            Effect::Commit(change) => match self.commit(&change) {
                Ok(()) => {}
                Err(Refused::Message(message, _)) => self.error(message),
                Err(Refused::Conflict(changed)) => {
                    self.open_conflict(*changed, Retry::Commit(change), None);
                }
            },
            Effect::Open(overlay) => {
                if matches!(overlay, Overlay::Form(_))
                    && let Some(reason) = self.cannot_edit()
                {
                    self.error(self.session.lang.t(reason));
                    return;
                }
                self.overlay = Some(overlay);
            }
            Effect::Info(text) => self.info(text),
            Effect::Error(text) => self.error(text),
            Effect::GoTo(tab, focus) => self.go_to(tab, focus.as_deref()),
            Effect::ShowPosts(campaign) => {
                let ctx = self.session.ctx();
                self.views.posts.show(&campaign, &ctx);
                self.show_tab(Tab::Posts);
            }
            Effect::Picked(purpose, choice) => {
                let ctx = self.session.ctx();
                self.views.up_to_date(&ctx, purpose.tab());
                let effect = self
                    .views
                    .view_mut(purpose.tab())
                    .picked(purpose, &choice, &ctx);
                self.apply(effect);
            }
            Effect::Save(form) => self.save_form(form),
            Effect::Editor(form) => {
                self.editor = form.focused_text();
                self.overlay = Some(Overlay::Form(form));
            }
            Effect::Record(checkin, change) => self.record(*checkin, &change),
            Effect::CheckInDone(checkin, completed) => self.check_in_done(&checkin, completed),
            Effect::Settle(dialog, keep) => self.settle(*dialog, keep),
            Effect::WriteBack {
                write,
                quitting,
                behind,
            } => self.write_back_answered(write, quitting, behind),
            Effect::Quit => self.quit = true,
        }
    }

    /// Why the plan cannot be changed in this session, if it cannot.
    fn cannot_edit(&self) -> Option<Ui> {
        self.session.cannot_edit()
    }

    /// Applies and saves a change; on success it can be undone.
    fn commit(&mut self, change: &Change) -> Result<(), Refused> {
        if let Some(reason) = self.cannot_edit() {
            return Err(Refused::Message(
                self.session.lang.t(reason).to_string(),
                None,
            ));
        }
        // A form saved as it opened: nothing to save, nothing to undo.
        if change.edit.is_empty() {
            self.info(self.session.lang.t(Ui::NothingChanged));
            return Ok(());
        }
        let submitted = match self.session.workspace.submit(&change.edit, false) {
            Ok(submitted) => submitted,
            Err(error) => return Err(self.refused(error)),
        };
        self.undo.push(Done {
            inverse: submitted.inverse,
            label: change.label.clone(),
            seq: submitted.seq,
        });
        self.redo.clear();
        self.pending
            .push(saving::Pending::commit(submitted.seq, change.clone()));
        self.refresh_after(&change.edit, change.focus.as_deref());
        // Saved on the spot (or in the background, later): say so.
        self.take_news(false);
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
            self.info(self.session.lang.t(empty));
            return;
        };
        self.step(
            done.inverse.clone(),
            done.label.clone(),
            undoing,
            Some(done),
        );
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
        Edit::RecordSpend { campaign, .. } | Edit::DeleteSpend { campaign, .. } => {
            Some(campaign.clone())
        }
        Edit::Batch(edits) => edits.iter().rev().find_map(focus_of),
        _ => None,
    }
}
