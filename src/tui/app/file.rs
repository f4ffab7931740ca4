//! The plan file under the app: other sessions' saves picked up once a
//! second, a file moved or deleted kept in memory and offered back, and
//! quitting asked about while the plan is only in memory.

use ratatui::text::Line;

use super::App;
use crate::i18n::ui::Ui;
use crate::text::printable;
use crate::tui::overlay::{Details, Overlay, WriteBack};

/// The most rows the word that the plan's file is gone takes (it fits in
/// two from 80 columns, in three down to the smallest size).
const GONE_NOTICE_ROWS: usize = 3;

impl App {
    /// What is worth saying once about the plan's file (hard links, no write
    /// permission), in a dialog that shows all of it.
    pub(super) fn file_notices(&self) -> Option<Overlay> {
        let lang = self.session.lang;
        let notices: Vec<Line<'static>> = self
            .session
            .workspace
            .notices()
            .iter()
            .map(|n| Line::from(printable(&lang.store_notice(n))))
            .collect();
        (!notices.is_empty())
            .then(|| Overlay::Details(Details::new(lang.t(Ui::FileNoticeTitle), notices)))
    }

    /// Called when no key came for a while: picks up changes another
    /// session saved. Returns whether the screen must be redrawn.
    pub fn tick(&mut self) -> bool {
        let reloaded = match self.session.workspace.reload_if_changed() {
            Ok(false) => false,
            Ok(true) => {
                self.refresh(None);
                self.info(self.session.lang.t(Ui::ReloadedFromDisk));
                true
            }
            Err(error) => {
                self.error(self.session.lang.store_error(&error));
                true
            }
        };
        self.follow_file() || reloaded
    }

    /// Notices the plan's file going away or coming back. Gone, the plan in
    /// memory is kept (it is all there is) and the person is asked whether
    /// to write it back, over whatever dialog is open. True if anything
    /// changed on screen.
    pub(super) fn follow_file(&mut self) -> bool {
        let gone = self.session.workspace.file_gone();
        if gone == self.file_gone {
            return false;
        }
        self.file_gone = gone;
        if gone {
            let behind = self.overlay.take();
            self.overlay = Some(self.write_back_question(behind));
        } else {
            self.info(self.session.lang.t(Ui::FileReturned));
        }
        true
    }

    /// "Write it back to ~/plan.json?", with `behind` waiting for the answer.
    pub(super) fn write_back_question(&self, behind: Option<Overlay>) -> Overlay {
        let path = self.session.shown_path();
        Overlay::WriteBack(WriteBack {
            question: format!(
                "{} {}?",
                self.session.lang.t(Ui::WriteBackQuestion),
                printable(path)
            ),
            behind: behind.map(Box::new),
            quitting: false,
            demo: false,
        })
    }

    /// Quits, unless the plan is only in memory (its file moved or deleted):
    /// then it asks first whether to write it back.
    pub(super) fn quit_or_ask(&mut self) {
        if self.demo_changed() {
            self.overlay = Some(self.demo_quit_question());
            return;
        }
        if !self.session.workspace.file_gone() {
            self.quit = true;
            return;
        }
        let path = self.session.shown_path();
        self.overlay = Some(Overlay::WriteBack(WriteBack {
            question: format!(
                "{} {}?",
                self.session.lang.t(Ui::WriteBackBeforeQuit),
                printable(path)
            ),
            behind: None,
            quitting: true,
            demo: false,
        }));
    }

    /// Writes the plan back to its file, moved or deleted elsewhere.
    pub(super) fn write_back(&mut self) {
        if !self.session.workspace.file_gone() {
            self.info(self.session.lang.t(Ui::NothingToWriteBack));
            return;
        }
        match self.session.workspace.write_back() {
            Ok(true) => {
                self.file_gone = false;
                self.success(self.session.lang.t(Ui::WrittenBack));
            }
            // A file is there again: read it now rather than in a second.
            Ok(false) => {
                self.tick();
            }
            Err(error) => self.error(self.session.lang.store_error(&error)),
        }
    }

    /// Yes writes the plan back; no leaves it in memory (W writes it back
    /// later). Either way the dialog behind the question comes back.
    /// The answer about the moved or deleted file. Asked on the way out:
    /// quit once the plan is safe on disk, or without it. Otherwise the
    /// dialog it interrupted comes back.
    pub(super) fn write_back_answered(
        &mut self,
        write: bool,
        quitting: bool,
        behind: Option<Box<Overlay>>,
    ) {
        if self.session.workspace.is_demo() {
            self.demo_quit_answered(write);
            return;
        }
        if write {
            self.write_back();
        } else if !quitting {
            self.info(self.session.lang.t(Ui::WriteBackLater));
        }
        if quitting {
            self.quit = !write || !self.session.workspace.file_gone();
        } else {
            self.overlay = behind.map(|behind| *behind);
        }
    }

    /// While the plan's file is gone, what stays in view above the tab (and
    /// the key that writes it back), in rows of at most `width` cells.
    pub(super) fn gone_notice(&self, width: u16) -> Vec<Line<'static>> {
        if !self.session.workspace.file_gone() {
            return Vec::new();
        }
        let rows = crate::text::wrap(self.session.lang.t(Ui::FileGone), usize::from(width));
        rows.into_iter()
            .take(GONE_NOTICE_ROWS)
            .map(Line::from)
            .collect()
    }
}
