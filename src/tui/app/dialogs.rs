//! Keys while a dialog is open: the app routes each dialog's keys and
//! applies what the dialog asks for.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Refused};
use crate::i18n::checkin::C;
use crate::tui::action::Action;
use crate::tui::checkin::{CheckIn, Step};
use crate::tui::form::{Form, Outcome};
use crate::tui::overlay::Retry;
use crate::tui::overlay::{Details, Discard, Overlay, Pick, Purpose, Summary, WriteBack};
use crate::tui::tab::Tab;
use crate::tui::tabs::review;
use crate::tui::view::{Ctx, Effect};

impl App {
    pub(super) fn overlay_key(&mut self, overlay: Overlay, key: KeyEvent) {
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
    pub(super) fn summary_key(&mut self, mut summary: Summary, key: KeyEvent) -> Option<Overlay> {
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
    pub(super) fn go_to(&mut self, tab: Tab, focus: Option<&str>) {
        self.tab = tab;
        if focus.is_some() {
            self.refresh_views(focus);
        }
    }

    pub(super) fn form_key(&mut self, mut form: Form, key: KeyEvent) -> Option<Overlay> {
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
    pub(super) fn discard_key(&mut self, discard: Discard, key: KeyEvent) -> Option<Overlay> {
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

    pub(super) fn pick_key(&mut self, mut pick: Pick, key: KeyEvent) -> Option<Overlay> {
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
    pub(super) fn picked(&mut self, pick: &Pick) -> Effect {
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

    pub(super) fn details_key(&mut self, mut details: Details, key: KeyEvent) -> Option<Overlay> {
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

    pub(super) fn checkin_key(&mut self, mut checkin: CheckIn, key: KeyEvent) -> Option<Overlay> {
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
