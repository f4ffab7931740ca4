//! The UI's side of saving in the background: an edit is applied to the
//! plan in memory at once and queued to the writer thread; its outcome
//! comes back later as [`News`]. The plan in memory is always the file's
//! plan (as the writer last reported it) with the edits still queued
//! applied on top: when the writer hands back a plan (another session's
//! changes merged, a conflict, a failure, a reload), the edits still
//! queued are applied again on top of it.

use std::collections::VecDeque;
use std::path::PathBuf;

use super::writer::{Job, Reply, Report, Writer, is_conflict};
use super::{CommitError, News};
use crate::domain::{Context, Edit, Plan};
use crate::store::{Notice, StoreError};

/// An edit applied in memory and not yet reported saved.
struct Queued {
    seq: u64,
    edit: Edit,
    ctx: Context,
}

impl std::fmt::Debug for Queue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Queue")
            .field("path", &self.path)
            .field("pending", &self.pending.len())
            .finish_non_exhaustive()
    }
}

pub(super) struct Queue {
    writer: Writer,
    pending: VecDeque<Queued>,
    next_seq: u64,
    /// Bumped after a failed save: the writer skips what was queued behind it.
    epoch: u64,
    reloading: bool,
    gone: bool,
    /// News that came while waiting for something else (a write-back).
    held: Vec<News>,
    // What the store said when it was handed to the writer.
    pub path: PathBuf,
    pub notices: Vec<Notice>,
    pub may_write: bool,
}

impl Queue {
    pub fn new(writer: Writer, path: PathBuf, notices: Vec<Notice>, may_write: bool) -> Queue {
        Queue {
            writer,
            pending: VecDeque::new(),
            next_seq: 1,
            epoch: 0,
            reloading: false,
            gone: false,
            held: Vec::new(),
            path,
            notices,
            may_write,
        }
    }

    pub fn saving(&self) -> bool {
        !self.pending.is_empty()
    }

    pub fn waiting(&self) -> bool {
        !self.pending.is_empty() || self.reloading
    }

    pub fn is_gone(&self) -> bool {
        self.gone
    }

    /// Applies `edit` to `plan` and queues it; the inverse and the number
    /// its news will carry.
    pub fn submit(
        &mut self,
        plan: &mut Plan,
        edit: &Edit,
        ctx: Context,
    ) -> Result<(u64, Edit), CommitError> {
        let inverse = plan.apply(edit, ctx).map_err(CommitError::Edit)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        let job = Job::Save {
            seq,
            epoch: self.epoch,
            edit: Box::new(edit.clone()),
            ctx,
        };
        if !self.writer.send(job) {
            let restored = plan.apply(&inverse, Context::undo(ctx.today));
            debug_assert!(restored.is_ok(), "in-memory rollback failed");
            return Err(CommitError::WriterGone);
        }
        self.pending.push_back(Queued {
            seq,
            edit: edit.clone(),
            ctx,
        });
        Ok((seq, inverse))
    }

    /// Asks the writer to read the file again if it changed, when nothing
    /// is queued (a save re-reads it anyway).
    pub fn reload(&mut self) {
        if self.pending.is_empty() && !self.reloading && self.writer.send(Job::Reload) {
            self.reloading = true;
        }
    }

    /// What the writer has reported; with `wait`, once every save queued
    /// and any reload asked for has been reported.
    pub fn news(&mut self, plan: &mut Plan, wait: bool) -> Vec<News> {
        let mut news = std::mem::take(&mut self.held);
        loop {
            let busy = !self.pending.is_empty() || self.reloading;
            let report = if wait && busy {
                self.writer.replies.recv().ok()
            } else {
                self.writer.replies.try_recv().ok()
            };
            let Some(report) = report else {
                return news;
            };
            news.extend(self.take(plan, report));
        }
    }

    /// Writes the plan back after its file was moved or deleted, once the
    /// writer has done everything queued before.
    pub fn write_back(&mut self, plan: &mut Plan) -> Result<bool, StoreError> {
        if !self.writer.send(Job::WriteBack(Box::new(plan.clone()))) {
            return Err(StoreError::Write {
                path: self.path.clone(),
                source: std::io::Error::other("the writer thread ended"),
            });
        }
        loop {
            let Ok(report) = self.writer.replies.recv() else {
                return Ok(false);
            };
            self.gone = report.gone;
            if let Reply::WrittenBack(written) = report.reply {
                return written;
            }
            let news = self.take(plan, report);
            self.held.extend(news);
        }
    }

    fn take(&mut self, plan: &mut Plan, report: Report) -> Option<News> {
        self.gone = report.gone;
        match report.reply {
            Reply::Saved {
                seq,
                inverse,
                merged,
                plan: newer,
            } => {
                self.pending.retain(|q| q.seq != seq);
                if let Some(newer) = newer {
                    self.rebase(plan, *newer);
                }
                Some(News::Saved {
                    seq,
                    inverse: *inverse,
                    merged,
                })
            }
            Reply::Refused {
                seq,
                error,
                plan: file,
            } => {
                self.pending.retain(|q| q.seq != seq);
                let rolled_back = if is_conflict(&error) {
                    Vec::new()
                } else {
                    // The writer skips what was queued behind it: take it
                    // all back here too.
                    self.epoch += 1;
                    self.pending.drain(..).map(|q| q.seq).collect()
                };
                self.rebase(plan, *file);
                Some(News::Refused {
                    seq,
                    error: (*error).into(),
                    rolled_back,
                })
            }
            Reply::Skipped | Reply::WrittenBack(_) => None,
            Reply::Reloaded(reloaded) => {
                self.reloading = false;
                match reloaded {
                    Ok(None) => None,
                    Ok(Some(newer)) => {
                        self.rebase(plan, *newer);
                        Some(News::Reloaded)
                    }
                    Err(error) => Some(News::ReloadFailed(error)),
                }
            }
        }
    }

    /// The file's plan, as the writer handed it back, with the edits still
    /// queued applied on top. One that no longer applies is left out here;
    /// the writer reports it when its turn comes.
    fn rebase(&self, plan: &mut Plan, file: Plan) {
        *plan = file;
        for queued in &self.pending {
            let _ = crate::domain::merge::rebase(plan, &queued.edit, queued.ctx);
        }
    }
}
