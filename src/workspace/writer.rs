//! The writer thread: it owns the plan's file (the [`Store`]) for a session
//! that saves in the background (the TUI), and saves the edits it is sent
//! one by one, in order, each durably (fsync, rename, directory fsync)
//! before its reply goes back. After a failed save it skips the edits that
//! were queued behind it (the UI has taken them back), until edits of a
//! later epoch come.
//!
//! Every save in flight is counted process-wide, so that a signal or a lost
//! terminal can wait for them before the process ends ([`wait_for_saves`]).

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::domain::{Context, Edit, EditError, Plan};
use crate::store::{SaveError, Store, StoreError};

/// What the UI asks of the writer.
pub(super) enum Job {
    /// Save an edit the UI has already applied to its own plan.
    Save {
        seq: u64,
        epoch: u64,
        edit: Box<Edit>,
        ctx: Context,
    },
    /// Read the file again if another session changed it.
    Reload,
    /// Write the plan back where the file was, after it was moved or deleted.
    WriteBack(Box<Plan>),
}

/// What the writer answers, with whether the file was last seen gone.
pub(super) struct Report {
    pub reply: Reply,
    pub gone: bool,
}

pub(super) enum Reply {
    /// Written durably. `plan` is the writer's plan after the save when
    /// another session's changes were merged into it.
    Saved {
        seq: u64,
        inverse: Box<Edit>,
        merged: bool,
        plan: Option<Box<Plan>>,
    },
    /// Not written; `plan` is the plan as the file holds it now.
    Refused {
        seq: u64,
        error: Box<SaveError>,
        plan: Box<Plan>,
    },
    /// Queued behind a failed save: not tried.
    Skipped,
    Reloaded(Result<Option<Box<Plan>>, StoreError>),
    WrittenBack(Result<bool, StoreError>),
}

/// The UI's end of the writer thread. Dropping it waits for every save
/// queued.
pub(super) struct Writer {
    jobs: Option<Sender<Job>>,
    pub replies: Receiver<Report>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    /// Starts the thread on `store`, whose plan is `plan`. With `hold`, each
    /// save first waits for a message on it: tests make a save slow that way.
    pub fn start(store: Store, plan: Plan, hold: Option<Receiver<()>>) -> std::io::Result<Writer> {
        let (jobs, inbox) = mpsc::channel();
        let (outbox, replies) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("writer".into())
            .spawn(move || run(store, plan, &inbox, &outbox, hold.as_ref()))?;
        Ok(Writer {
            jobs: Some(jobs),
            replies,
            thread: Some(thread),
        })
    }

    /// Queues a job; false if the thread is gone.
    pub fn send(&self, job: Job) -> bool {
        let save = matches!(job, Job::Save { .. });
        if save {
            in_flight(1);
        }
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok());
        if save && !sent {
            in_flight(-1);
        }
        sent
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Closing the queue ends the thread once it has saved what is in it.
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(
    mut store: Store,
    mut plan: Plan,
    inbox: &Receiver<Job>,
    outbox: &Sender<Report>,
    hold: Option<&Receiver<()>>,
) {
    let mut failed_epoch: Option<u64> = None;
    for job in inbox {
        let reply = match job {
            Job::Save {
                seq,
                epoch,
                edit,
                ctx,
            } => {
                if let Some(hold) = hold {
                    let _ = hold.recv();
                }
                let reply = if failed_epoch.is_some_and(|failed| epoch <= failed) {
                    Reply::Skipped
                } else {
                    let reply = save(&mut store, &mut plan, seq, &edit, ctx);
                    if let Reply::Refused { error, .. } = &reply
                        && !is_conflict(error)
                    {
                        failed_epoch = Some(epoch);
                    }
                    reply
                };
                in_flight(-1);
                reply
            }
            Job::Reload => {
                let reloaded = store.reload_if_changed();
                if let Ok(Some(newer)) = &reloaded {
                    plan = newer.clone();
                }
                Reply::Reloaded(reloaded.map(|p| p.map(Box::new)))
            }
            Job::WriteBack(memory) => {
                let written = store.write_back(&memory);
                if matches!(written, Ok(true)) {
                    plan = *memory;
                }
                Reply::WrittenBack(written)
            }
        };
        let gone = store.is_gone();
        // The UI may be gone: the saves already queued still go through.
        let _ = outbox.send(Report { reply, gone });
    }
}

fn save(store: &mut Store, plan: &mut Plan, seq: u64, edit: &Edit, ctx: Context) -> Reply {
    let started = Instant::now();
    let result = store.save(plan, edit, ctx);
    super::log_save(store.path(), &result, started.elapsed());
    match result {
        Ok(saved) => Reply::Saved {
            seq,
            inverse: Box::new(saved.inverse),
            merged: saved.merged,
            plan: saved.merged.then(|| Box::new(plan.clone())),
        },
        Err(error) => Reply::Refused {
            seq,
            error: Box::new(error),
            plan: Box::new(plan.clone()),
        },
    }
}

/// Someone else changed what the edit changes: the person chooses, and the
/// edits queued behind it go ahead.
pub(super) fn is_conflict(error: &SaveError) -> bool {
    matches!(error, SaveError::Edit(EditError::Changed(_)))
}

/// Saves queued and not yet written, in the whole process.
static IN_FLIGHT: Mutex<usize> = Mutex::new(0);
static SETTLED: Condvar = Condvar::new();

fn in_flight(change: isize) {
    let mut count = IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner);
    *count = count.saturating_add_signed(change);
    if *count == 0 {
        SETTLED.notify_all();
    }
}

/// Waits until every save queued in this process is written (or refused),
/// at most `timeout`. True if none is left.
pub fn wait_for_saves(timeout: Duration) -> bool {
    let count = IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner);
    let (count, _) = SETTLED
        .wait_timeout_while(count, timeout, |count| *count > 0)
        .unwrap_or_else(PoisonError::into_inner);
    *count == 0
}
