//! The application state and its one update path:
//! key → action (keymap) → effect (the tab) → edit committed through the
//! workspace (saved) → views refreshed → redrawn.

mod conflicts;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::action::Action;
use super::checkin::{CheckIn, Step};
use super::conflict::Retry;
use super::findings;
use super::form::{Form, Outcome};
use super::keymap;
use super::overlay::{Details, Discard, Overlay, Pick, Purpose, Summary, WriteBack};
use super::tab::Tab;
use super::tabs::{actions, calendar, channels, objectives, review, situation};
use super::theme::Theme;
use super::view::{Change, Ctx, Effect, View};
use crate::domain::lint::{self, Finding};
use crate::domain::{Conflict, Edit, PlanField};
use crate::i18n::Lang;
use crate::i18n::check::K;
use crate::i18n::checkin::C;
use crate::i18n::ui::Ui;
use crate::text::{printable, shown_path, truncate, width};
use crate::workspace::Workspace;

/// The most rows the word that the plan's file is gone takes (it fits in
/// two from 80 columns, in three down to the smallest size).
const GONE_NOTICE_ROWS: usize = 3;

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
        // Said once, in a dialog that shows all of it: hard links, no
        // write permission.
        let notices: Vec<Line<'static>> = app
            .workspace
            .notices()
            .iter()
            .map(|n| Line::from(printable(&lang.store_notice(n))))
            .collect();
        if !notices.is_empty() {
            app.overlay = Some(Overlay::Details(Details {
                title: lang.t(Ui::FileNoticeTitle).into(),
                lines: notices,
                footer: lang.t(Ui::FileNoticeKeys).into(),
                scroll: 0,
                then: None,
            }));
        }
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

    /// Called when no key came for a while: picks up changes another
    /// session saved. Returns whether the screen must be redrawn.
    pub fn tick(&mut self) -> bool {
        let reloaded = match self.workspace.reload_if_changed() {
            Ok(false) => false,
            Ok(true) => {
                self.refresh(None);
                self.info(self.lang.t(Ui::ReloadedFromDisk));
                true
            }
            Err(error) => {
                self.error(self.lang.store_error(&error));
                true
            }
        };
        self.follow_file() || reloaded
    }

    /// Notices the plan's file going away or coming back. Gone, the plan in
    /// memory is kept (it is all there is) and the person is asked whether
    /// to write it back, over whatever dialog is open. True if anything
    /// changed on screen.
    fn follow_file(&mut self) -> bool {
        let gone = self.workspace.file_gone();
        if gone == self.file_gone {
            return false;
        }
        self.file_gone = gone;
        if gone {
            let behind = self.overlay.take();
            self.overlay = Some(self.write_back_question(behind));
        } else {
            self.info(self.lang.t(Ui::FileReturned));
        }
        true
    }

    /// "Write it back to ~/plan.json?", with `behind` waiting for the answer.
    fn write_back_question(&self, behind: Option<Overlay>) -> Overlay {
        let path = self.workspace.path().map(home_relative).unwrap_or_default();
        Overlay::WriteBack(WriteBack {
            question: format!(
                "{} {}?",
                self.lang.t(Ui::WriteBackQuestion),
                printable(&path)
            ),
            behind: behind.map(Box::new),
            quitting: false,
        })
    }

    /// Quits, unless the plan is only in memory (its file moved or deleted):
    /// then it asks first whether to write it back.
    fn quit_or_ask(&mut self) {
        if !self.workspace.file_gone() {
            self.quit = true;
            return;
        }
        let path = self.workspace.path().map(home_relative).unwrap_or_default();
        self.overlay = Some(Overlay::WriteBack(WriteBack {
            question: format!(
                "{} {}?",
                self.lang.t(Ui::WriteBackBeforeQuit),
                printable(&path)
            ),
            behind: None,
            quitting: true,
        }));
    }

    /// Writes the plan back to its file, moved or deleted elsewhere.
    fn write_back(&mut self) {
        if !self.workspace.file_gone() {
            self.info(self.lang.t(Ui::NothingToWriteBack));
            return;
        }
        match self.workspace.write_back() {
            Ok(true) => {
                self.file_gone = false;
                self.success(self.lang.t(Ui::WrittenBack));
            }
            // A file is there again: read it now rather than in a second.
            Ok(false) => {
                self.tick();
            }
            Err(error) => self.error(self.lang.store_error(&error)),
        }
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

    fn overlay_key(&mut self, overlay: Overlay, key: KeyEvent) {
        let ctrl_c =
            key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl_c {
            // Typed changes are not thrown away unasked; a second Ctrl-c,
            // at the question, quits all the same.
            match overlay {
                Overlay::Form(form) if form.is_changed() => {
                    self.overlay = Some(Overlay::Discard(Discard {
                        form,
                        quitting: true,
                    }));
                }
                // The dialog behind the question decides.
                Overlay::WriteBack(WriteBack {
                    behind: Some(behind),
                    ..
                }) => self.overlay_key(*behind, key),
                // A second Ctrl-c, at the question asked on the way out.
                Overlay::WriteBack(WriteBack { quitting: true, .. }) => self.quit = true,
                _ => self.quit_or_ask(),
            }
            return;
        }
        let keep = match overlay {
            Overlay::Help(scroll) => match key.code {
                KeyCode::Esc | KeyCode::Char('?' | 'q') => None,
                KeyCode::Down | KeyCode::Char('j') => Some(Overlay::Help(scroll + 1)),
                KeyCode::Up | KeyCode::Char('k') => Some(Overlay::Help(scroll.saturating_sub(1))),
                _ => Some(Overlay::Help(scroll)),
            },
            Overlay::Confirm(confirm) => match key.code {
                KeyCode::Char('y' | 'Y' | 's' | 'S') => {
                    self.apply(Effect::Commit(confirm.change));
                    None
                }
                KeyCode::Char('n' | 'N') | KeyCode::Esc => None,
                _ => Some(Overlay::Confirm(confirm)),
            },
            Overlay::Form(form) => self.form_key(form, key),
            Overlay::Discard(discard) => self.discard_key(discard, key),
            Overlay::Conflict(conflict) => self.conflict_key(conflict, key),
            Overlay::WriteBack(write_back) => self.write_back_key(write_back, key),
            Overlay::Pick(pick) => self.pick_key(pick, key),
            Overlay::Details(details) => self.details_key(details, key),
            Overlay::CheckIn(checkin) => self.checkin_key(checkin, key),
            Overlay::Summary(summary) => self.summary_key(summary, key),
        };
        // An effect above may have opened another dialog: it wins.
        if self.overlay.is_none() {
            self.overlay = keep;
        }
        // The dialog closed: the one waiting for it, if any, opens.
        if self.overlay.is_none() {
            self.overlay = self.queued.take();
        }
    }

    /// ↑/↓ scroll (or move between entries); Enter goes to the selected
    /// entry's item, or closes; Esc closes.
    fn summary_key(&mut self, mut summary: Summary, key: KeyEvent) -> Option<Overlay> {
        let action = match key.code {
            KeyCode::Esc | KeyCode::Char('q' | '!') => return None,
            KeyCode::Enter => {
                if let Some((tab, focus)) = summary.target() {
                    self.go_to(tab, focus.as_deref());
                }
                return None;
            }
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::PageUp => Action::PageUp,
            KeyCode::PageDown => Action::PageDown,
            KeyCode::Home | KeyCode::Char('g') => Action::First,
            KeyCode::End | KeyCode::Char('G') => Action::Last,
            _ => return Some(Overlay::Summary(summary)),
        };
        summary.apply(action);
        Some(Overlay::Summary(summary))
    }

    /// Shows a tab with an item selected.
    fn go_to(&mut self, tab: Tab, focus: Option<&str>) {
        self.tab = tab;
        if focus.is_some() {
            self.refresh_views(focus);
        }
    }

    fn form_key(&mut self, mut form: Form, key: KeyEvent) -> Option<Overlay> {
        match form.handle_key(key) {
            Outcome::Continue => Some(Overlay::Form(form)),
            // Esc closes an untouched form at once, and asks first when
            // closing would lose what was typed.
            Outcome::Cancel if form.is_changed() => Some(Overlay::Discard(Discard {
                form,
                quitting: false,
            })),
            Outcome::Cancel => None,
            // Nowhere to save it: ask to write the plan back first, and
            // keep the form for Enter once that is done.
            Outcome::Submit if self.workspace.file_gone() => {
                Some(self.write_back_question(Some(Overlay::Form(form))))
            }
            Outcome::Submit => {
                // A form that builds no change stays open with its errors.
                let Some(change) = form.submit(&self.ctx()) else {
                    return Some(Overlay::Form(form));
                };
                match self.commit(&change) {
                    Ok(()) => None,
                    Err(Refused::Message(message)) => {
                        form.error = Some(message);
                        Some(Overlay::Form(form))
                    }
                    // The rest of the form is saved once the field is
                    // settled; Esc at the question brings the form back.
                    Err(Refused::Conflict(changed)) => {
                        let retry = Retry::Commit(change);
                        self.open_conflict(*changed, retry, Some(Overlay::Form(form)));
                        None
                    }
                }
            }
        }
    }

    /// Yes discards the form's changes (and quits, when Ctrl-c asked); no
    /// goes back to the form as it was. Esc answers what it asked: asked by
    /// Esc, a second Esc discards; asked by Ctrl-c, Esc goes back.
    fn discard_key(&mut self, discard: Discard, key: KeyEvent) -> Option<Overlay> {
        let back = |discard: Discard| Some(Overlay::Form(discard.form));
        match key.code {
            KeyCode::Char('y' | 'Y' | 's' | 'S') => {
                self.quit |= discard.quitting;
                None
            }
            KeyCode::Esc if !discard.quitting => None,
            KeyCode::Esc | KeyCode::Char('n' | 'N') => back(discard),
            _ => Some(Overlay::Discard(discard)),
        }
    }

    /// Yes writes the plan back; no leaves it in memory (W writes it back
    /// later). Either way the dialog behind the question comes back.
    fn write_back_key(&mut self, write_back: WriteBack, key: KeyEvent) -> Option<Overlay> {
        if write_back.quitting {
            match key.code {
                KeyCode::Char('y' | 'Y' | 's' | 'S') => {
                    self.write_back();
                    // Quit only once the plan is safe on disk.
                    self.quit = !self.workspace.file_gone();
                }
                KeyCode::Char('n' | 'N') => self.quit = true,
                KeyCode::Esc => {}
                _ => return Some(Overlay::WriteBack(write_back)),
            }
            return None;
        }
        match key.code {
            KeyCode::Char('y' | 'Y' | 's' | 'S') => self.write_back(),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                self.info(self.lang.t(Ui::WriteBackLater));
            }
            _ => return Some(Overlay::WriteBack(write_back)),
        }
        write_back.behind.map(|behind| *behind)
    }

    fn pick_key(&mut self, mut pick: Pick, key: KeyEvent) -> Option<Overlay> {
        let checklist = pick.checked.is_some();
        let action = match key.code {
            KeyCode::Esc | KeyCode::Char('q') => return None,
            KeyCode::Enter => {
                let effect = self.picked(&pick);
                self.apply(effect);
                return None;
            }
            KeyCode::Char(' ') if checklist => {
                pick.toggle();
                return Some(Overlay::Pick(pick));
            }
            KeyCode::Char('a') if checklist => {
                pick.toggle_all();
                return Some(Overlay::Pick(pick));
            }
            KeyCode::Up | KeyCode::Char('k') => Action::Up,
            KeyCode::Down | KeyCode::Char('j') => Action::Down,
            KeyCode::PageUp => Action::PageUp,
            KeyCode::PageDown => Action::PageDown,
            KeyCode::Home | KeyCode::Char('g') => Action::First,
            KeyCode::End | KeyCode::Char('G') => Action::Last,
            _ => return Some(Overlay::Pick(pick)),
        };
        pick.scroll.apply(action, pick.options.len());
        Some(Overlay::Pick(pick))
    }

    /// The tab that asked for a pick handles the choice.
    fn picked(&mut self, pick: &Pick) -> Effect {
        let ctx = Ctx {
            plan: self.workspace.plan(),
            today: self.workspace.today(),
            lang: self.lang,
            theme: self.theme,
        };
        let index = pick.scroll.selected;
        match pick.purpose {
            Purpose::ChannelPreset => self.channels.preset_picked(index, &ctx),
            Purpose::ChannelFilter => self.actions.channel_picked(index, &ctx),
            Purpose::CalendarChannels => self
                .calendar
                .channels_picked(&pick.ticks().unwrap_or_default(), &ctx),
        }
    }

    fn details_key(&mut self, mut details: Details, key: KeyEvent) -> Option<Overlay> {
        match key.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => None,
            KeyCode::Down | KeyCode::Char('j') => {
                let last = u16::try_from(details.lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
                details.scroll = details.scroll.saturating_add(1).min(last);
                Some(Overlay::Details(details))
            }
            KeyCode::Up | KeyCode::Char('k') => {
                details.scroll = details.scroll.saturating_sub(1);
                Some(Overlay::Details(details))
            }
            KeyCode::Char(c) if details.then.as_ref().is_some_and(|(k, _)| *k == c) => {
                if let Some((_, next)) = details.then {
                    self.apply(Effect::Open(*next));
                }
                None
            }
            _ => Some(Overlay::Details(details)),
        }
    }

    fn checkin_key(&mut self, mut checkin: CheckIn, key: KeyEvent) -> Option<Overlay> {
        let step = checkin.handle_key(key, &self.ctx());
        let step = match step {
            Step::Record(change) => match self.commit(&change) {
                Ok(()) => checkin.recorded(self.workspace.plan()),
                // The check-in says what is there now; the person types
                // the value again, or moves on.
                Err(Refused::Message(message)) => {
                    checkin.refused(message);
                    Step::Continue
                }
                Err(Refused::Conflict(changed)) => {
                    checkin.refused(self.lang.changed(&changed));
                    Step::Continue
                }
            },
            other => other,
        };
        match step {
            Step::Continue | Step::Record(_) => Some(Overlay::CheckIn(checkin)),
            Step::Finished { completed } => {
                let title = format!(
                    "{}: {}",
                    self.lang.t(if completed { C::Done } else { C::Stopped }),
                    self.lang.recorded_count(checkin.recorded_objectives())
                );
                // What moved, in a dialog: after the review form, if any.
                let summary = checkin
                    .summary(title.clone(), &self.ctx())
                    .map(Overlay::Summary);
                self.info(title);
                if completed {
                    self.queued = summary;
                    Some(Overlay::Form(weekly_review_form(&self.ctx())))
                } else {
                    summary
                }
            }
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

/// After the check-in: this week's review, optional (today's, if one exists).
fn weekly_review_form(ctx: &Ctx) -> Form {
    let form = review::review_form(ctx, None);
    if ctx.plan.reviews.iter().any(|r| r.date == ctx.today) {
        form
    } else {
        form.title(ctx.lang.t(C::ReviewTitle))
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

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(area, buf, self.lang);
            return;
        }
        let ctx = self.ctx();
        // Above the tab: why the file could not be read, or that it is gone.
        let gone = self.gone_notice(area.width);
        let problem_lines = if self.problem.is_some() {
            2
        } else {
            u16::try_from(gone.len()).unwrap_or(u16::MAX)
        };
        let [title, tabs, problem, body, footer] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(problem_lines),
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        self.render_title(title, buf);
        self.render_tabs(tabs, buf);
        if let Some(text) = &self.problem {
            Paragraph::new(printable(text))
                .style(self.theme.error())
                .wrap(Wrap { trim: true })
                .render(problem, buf);
        } else {
            Paragraph::new(gone)
                .style(self.theme.error())
                .render(problem, buf);
        }
        match self.tab {
            Tab::Situation => self.situation.render(body, buf, &ctx),
            Tab::Objectives => self.objectives.render(body, buf, &ctx),
            Tab::Channels => self.channels.render(body, buf, &ctx),
            Tab::Actions => self.actions.render(body, buf, &ctx),
            Tab::Calendar => self.calendar.render(body, buf, &ctx),
            Tab::Review => self.review.render(body, buf, &ctx),
        }
        self.render_footer(footer, buf);
        if let Some(overlay) = &self.overlay {
            overlay.render(area, buf, &ctx, self.tab);
        }
    }
}

impl App {
    /// While the plan's file is gone, what stays in view above the tab (and
    /// the key that writes it back), in rows of at most `width` cells.
    fn gone_notice(&self, width: u16) -> Vec<Line<'static>> {
        if !self.workspace.file_gone() {
            return Vec::new();
        }
        let rows = crate::text::wrap(self.lang.t(Ui::FileGone), usize::from(width));
        rows.into_iter()
            .take(GONE_NOTICE_ROWS)
            .map(Line::from)
            .collect()
    }

    /// The plan's name on the left, where it lives on the right.
    fn render_title(&self, area: Rect, buf: &mut Buffer) {
        let plan = self.workspace.plan();
        let name = if plan.name.is_empty() {
            self.lang.t(Ui::Untitled).to_string()
        } else {
            printable(&plan.name)
        };
        let place = if self.workspace.is_demo() {
            self.lang.t(Ui::Demo).to_string()
        } else {
            let path = self.workspace.path().map(home_relative).unwrap_or_default();
            // Opened read-only, or a file this user may not write.
            if self.workspace.may_write() {
                path
            } else {
                format!("{}{}{path}", self.lang.t(Ui::ReadOnly), self.theme.dot())
            }
        };
        let room = usize::from(area.width);
        let name = truncate(&name, room / 2, self.theme.ellipsis());
        // The findings' count after the name, when there is room for it.
        let mut badge = findings::badge(&self.findings, &self.ctx());
        if !badge.is_empty() {
            badge.insert(0, Span::raw("  "));
        }
        let mut badge_width: usize = badge.iter().map(|s| width(&s.content)).sum();
        if width(&name) + badge_width > room {
            badge.clear();
            badge_width = 0;
        }
        let left = width(&name) + badge_width;
        let place = truncate_left(&place, room.saturating_sub(left + 2), self.theme.ellipsis());
        let gap = room.saturating_sub(left + width(&place));
        let mut spans = vec![Span::styled(name, self.theme.title())];
        spans.extend(badge);
        spans.extend([
            Span::raw(" ".repeat(gap)),
            Span::styled(place, self.theme.dim()),
        ]);
        Line::from(spans).render(area, buf);
    }

    /// `1 Situation  2 Objectives …`, the current one underlined; only
    /// numbers for the others when the names do not fit.
    fn render_tabs(&self, area: Rect, buf: &mut Buffer) {
        let full: Vec<String> = Tab::ALL
            .iter()
            .map(|t| format!("{} {}", t.index() + 1, t.title(self.lang)))
            .collect();
        let full_width: usize = full.iter().map(|t| width(t) + 2).sum();
        let compact = full_width > usize::from(area.width);
        let spans: Vec<Span> = Tab::ALL
            .iter()
            .zip(full)
            .flat_map(|(tab, text)| {
                let current = *tab == self.tab;
                let text = if compact && !current {
                    (tab.index() + 1).to_string()
                } else {
                    text
                };
                let style = if current {
                    self.theme.active_tab()
                } else {
                    self.theme.tab()
                };
                [Span::styled(text, style), Span::raw("  ")]
            })
            .collect();
        Line::from(spans).render(area, buf);
    }

    /// The tab's main keys, or the last status message.
    fn render_footer(&self, area: Rect, buf: &mut Buffer) {
        if let Some(status) = &self.status {
            let style = match status.tone {
                Tone::Info => Style::new(),
                Tone::Success => self.theme.success(),
                Tone::Error => self.theme.error(),
            };
            let text = truncate(
                &printable(&status.text),
                usize::from(area.width),
                self.theme.ellipsis(),
            );
            Line::styled(text, style).render(area, buf);
            return;
        }
        // The tab's keys as far as they fit; the last hints (help, quit)
        // always stay, so a person can always find the rest.
        let separator = self.theme.separator();
        let hints = keymap::hints(self.tab, self.lang, self.theme.ascii);
        let cost = |(key, what): &(String, &str)| width(key) + 1 + width(what) + width(separator);
        let kept = 2.min(hints.len());
        let (optional, always) = hints.split_at(hints.len() - kept);
        let mut room = usize::from(area.width).saturating_sub(always.iter().map(cost).sum());
        let mut shown: Vec<&(String, &str)> = Vec::new();
        for hint in optional {
            if cost(hint) > room {
                break;
            }
            room -= cost(hint);
            shown.push(hint);
        }
        shown.extend(always);
        let mut spans = Vec::new();
        for (key, what) in shown {
            if !spans.is_empty() {
                spans.push(Span::styled(separator, self.theme.dim()));
            }
            spans.push(Span::styled(key.clone(), self.theme.key()));
            spans.push(Span::raw(format!(" {what}")));
        }
        Line::from(spans).render(area, buf);
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer, lang: Lang) {
    let text = format!(
        "{} ({}×{}): {} {MIN_WIDTH}×{MIN_HEIGHT}",
        lang.t(Ui::TooSmall),
        area.width,
        area.height,
        lang.t(Ui::Need)
    );
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// `~/…` for paths in the home directory; control characters escaped, as
/// in every message that names a file.
fn home_relative(path: &std::path::Path) -> String {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match home.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rest) => format!("~/{}", shown_path(rest)),
        None => shown_path(path),
    }
}

/// Keeps the end of a text (a path's file name matters most).
fn truncate_left(text: &str, max: usize, ellipsis: &str) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let reversed: String = text.chars().rev().collect();
    let ellipsis_reversed: String = ellipsis.chars().rev().collect();
    truncate(&reversed, max, &ellipsis_reversed)
        .chars()
        .rev()
        .collect()
}
