//! What a session works on, apart from what it shows: the workspace (the
//! plan, where it lives, today), the language and the theme, why the plan
//! could not be opened, and the one rule on whether it may be changed.

use crate::domain::lint::{self, Finding};
use crate::domain::post::PostsByCampaign;
use crate::i18n::Lang;
use crate::i18n::ui::Ui;
use crate::text::shown_path;
use crate::theme::Theme;
use crate::tui::view::Ctx;
use crate::workspace::Workspace;

pub struct Session {
    pub workspace: Workspace,
    pub lang: Lang,
    pub theme: Theme,
    /// Why the plan file could not be opened (the session is then
    /// read-only).
    pub problem: Option<String>,
    /// Where the plan lives, as messages show it: worked out once, not on
    /// every frame (it asks the system for the home directory).
    shown_path: String,
    /// The plan's posts by campaign: what shows one campaign's posts or
    /// results reads them here instead of going over every post.
    posts: PostsByCampaign,
}

impl Session {
    pub fn new(workspace: Workspace, lang: Lang, theme: Theme) -> Self {
        let shown_path = workspace.path().map(home_relative).unwrap_or_default();
        Session {
            workspace,
            lang,
            theme,
            problem: None,
            shown_path,
            posts: PostsByCampaign::default(),
        }
    }

    /// What views and dialogs read.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            plan: self.workspace.plan(),
            posts: &self.posts,
            today: self.workspace.today(),
            lang: self.lang,
            theme: self.theme,
        }
    }

    /// The plan changed (or was first opened): what is worked out from it
    /// for every view is worked out again, before the views refresh.
    pub fn plan_changed(&mut self) {
        self.posts = PostsByCampaign::of(self.workspace.plan());
    }

    /// What the plan check finds in the plan.
    pub fn check(&self) -> Vec<Finding> {
        lint::check_with(self.workspace.plan(), &self.posts, self.workspace.today())
    }

    /// Where the plan lives, as messages show it: `~/…` in the home
    /// directory (empty for the demo).
    pub fn shown_path(&self) -> &str {
        &self.shown_path
    }

    /// The plan now lives in a file (the demo was saved as one): where it
    /// is, as messages show it.
    pub fn file_changed(&mut self) {
        self.shown_path = self.workspace.path().map(home_relative).unwrap_or_default();
    }

    /// Why the plan cannot be changed in this session, if it cannot (the
    /// demo can: its changes stay in memory until saved as a file): asked
    /// before a form opens (so that nobody fills in a form that cannot be
    /// saved) and again when a change is committed.
    pub fn cannot_edit(&self) -> Option<Ui> {
        if self.problem.is_some() {
            Some(Ui::BrokenRefused)
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
