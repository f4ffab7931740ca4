//! Posts as marks on their campaigns' bars at day zoom: which column, and
//! which kind. Pure; the widget draws them.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Row;
use crate::calendar::timeline::Timeline;
use crate::domain::Plan;
use crate::domain::Post;
use crate::domain::post::PostStatus;

/// What a day's posts say, in rising order of what needs attention: a day
/// with several posts shows the highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// Gone out.
    Published,
    /// Still to go out (idea to scheduled), its day not passed yet.
    Planned,
    /// Its day has passed and it has not gone out.
    Overdue,
}

impl Mark {
    /// The mark of one post on `today`; none for a skipped post, which is
    /// not going out: the day shows as the bar does, as if none were planned.
    pub fn of(post: &Post, today: NaiveDate) -> Option<Mark> {
        match post.status {
            PostStatus::Skipped => None,
            PostStatus::Published => Some(Mark::Published),
            _ if post.is_overdue(today) => Some(Mark::Overdue),
            _ => Some(Mark::Planned),
        }
    }
}

/// One day's mark on a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PostMark {
    pub column: usize,
    pub mark: Mark,
}

/// Puts each post in the window on its campaign's bar in `rows`, one mark a
/// day. A post dated outside its campaign is left out: that is a finding of
/// the check, and drawn it would sit on no bar or on another campaign's.
/// One pass over the posts, with the bars found by campaign id.
pub(super) fn mark_posts(plan: &Plan, timeline: &Timeline, today: NaiveDate, rows: &mut [Row]) {
    let mut bars: HashMap<&str, (usize, usize)> = HashMap::new();
    for (r, row) in rows.iter().enumerate() {
        for (b, bar) in row.bars.iter().enumerate() {
            if let Some(campaign) = plan.campaigns.get(bar.index) {
                bars.insert(campaign.id.as_str(), (r, b));
            }
        }
    }
    if bars.is_empty() {
        return;
    }
    for post in &plan.posts {
        let Some(&(r, b)) = bars.get(post.campaign.as_str()) else {
            continue;
        };
        let bar = &mut rows[r].bars[b];
        let inside = plan
            .campaigns
            .get(bar.index)
            .is_some_and(|c| c.start <= post.date && post.date <= c.end);
        if let (true, Some(mark), Some(column)) =
            (inside, Mark::of(post, today), timeline.column_of(post.date))
        {
            bar.marks.push(PostMark { column, mark });
        }
    }
    for bar in rows.iter_mut().flat_map(|row| row.bars.iter_mut()) {
        one_a_day(&mut bar.marks);
    }
}

/// Sorted by column, one per column: the one that needs most attention.
fn one_a_day(marks: &mut Vec<PostMark>) {
    marks.sort_unstable_by_key(|m| (m.column, std::cmp::Reverse(m.mark)));
    marks.dedup_by_key(|m| m.column);
}
