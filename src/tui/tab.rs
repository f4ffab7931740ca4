//! The six tabs: the five steps of the method, plus the calendar.

use crate::i18n::Lang;
use crate::i18n::ui::Ui;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    Situation,
    #[default]
    Objectives,
    Channels,
    Actions,
    Calendar,
    Review,
    /// A campaign's posts: a screen opened from a campaign, not in the bar.
    Posts,
    /// The week's agenda: a screen opened from any tab with `A`.
    Agenda,
    /// An objective's measurements: a screen opened from an objective.
    Measurements,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Situation,
        Tab::Objectives,
        Tab::Channels,
        Tab::Actions,
        Tab::Calendar,
        Tab::Review,
    ];

    /// The screens opened from the tabs, not numbered in the bar.
    pub const SCREENS: [Tab; 3] = [Tab::Posts, Tab::Agenda, Tab::Measurements];

    /// Whether it is a screen opened from a tab rather than a tab of the bar.
    pub fn is_screen(self) -> bool {
        Tab::SCREENS.contains(&self)
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    /// The tab a digit key names: `1` is the first.
    pub fn from_digit(digit: char) -> Option<Tab> {
        let n = digit.to_digit(10)? as usize;
        Tab::ALL.get(n.checked_sub(1)?).copied()
    }

    #[must_use]
    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    #[must_use]
    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    pub fn title(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Tab::Situation => Ui::TabSituation,
            Tab::Objectives => Ui::TabObjectives,
            Tab::Channels => Ui::TabChannels,
            Tab::Actions => Ui::TabActions,
            Tab::Calendar => Ui::TabCalendar,
            Tab::Review => Ui::TabReview,
            Tab::Posts => Ui::TabPosts,
            Tab::Agenda => Ui::TabAgenda,
            Tab::Measurements => Ui::TabMeasurements,
        })
    }
}
