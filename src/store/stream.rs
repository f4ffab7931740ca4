//! Reading a plan for a read-only command a piece at a time, so that a
//! large file is never held whole (issue 16, budget 1: a year of an
//! agency's plans is a 60 MB file, and a command that shows a calendar
//! should take less memory than that).
//!
//! The plan's object is walked key by key through a small buffer. Its three
//! long lists (objectives, campaigns, posts) are read an element at a time,
//! each from its own bytes, and kept as `domain::sieve` says; the rest of
//! the object (its name, currency, situation, channels, reviews…) is small
//! and is read at the end as one plan. Every byte still goes through
//! serde_json, so the file's syntax is checked as a whole read checks it.
//!
//! Anything out of the ordinary (a key written with escapes, a list given
//! twice, an error of any kind) gives up: the caller then reads the whole
//! file, which says what is wrong, and where, as every command does.

use std::io::{self, Read};

use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::domain::sieve::{CampaignDates, Decides, Keep};
use crate::domain::{Campaign, Objective, Plan, Post, SCHEMA_VERSION, validate};

/// Bytes read at a time; the buffer grows only for an element longer than
/// that (an objective with thousands of measurements).
const CHUNK: usize = 256 * 1024;

/// The plan in `file` as `keep` keeps it, or None when this reader gives
/// up (see the module's notes) or the plan is not valid.
pub fn read(file: impl Read, keep: Keep) -> Option<Plan> {
    read_by(file, keep, CHUNK)
}

/// [`read`], `chunk` bytes at a time.
fn read_by(file: impl Read, keep: Keep, chunk: usize) -> Option<Plan> {
    let mut reader = Reader::new(file, chunk);
    let plan = reader.plan(keep).ok()?;
    (plan.schema_version == SCHEMA_VERSION && validate::plan(&plan).is_ok()).then_some(plan)
}

/// Why reading stopped: the file could not be read, or this reader gives
/// up on it. Either way the caller reads the whole file.
#[derive(Debug)]
struct GiveUp;

impl From<io::Error> for GiveUp {
    fn from(_: io::Error) -> Self {
        GiveUp
    }
}

impl From<serde_json::Error> for GiveUp {
    fn from(_: serde_json::Error) -> Self {
        GiveUp
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

/// The file as text through a buffer: `text[at..]` is read and not yet
/// used; `carry` the end of the last read, when it cut a character.
struct Reader<R> {
    file: R,
    chunk: usize,
    text: String,
    at: usize,
    carry: Vec<u8>,
    eof: bool,
}

/// The lists read an element at a time.
#[derive(Default)]
struct Lists {
    objectives: Option<Vec<Objective>>,
    campaigns: Option<Vec<Campaign>>,
    posts: Option<Vec<Post>>,
}

impl<R: Read> Reader<R> {
    fn new(file: R, chunk: usize) -> Self {
        Reader {
            file,
            chunk,
            text: String::with_capacity(2 * chunk),
            at: 0,
            carry: Vec::with_capacity(chunk),
            eof: false,
        }
    }

    /// Reads more text after what is not used yet; false at the end of the
    /// file.
    fn more(&mut self) -> Result<bool> {
        if self.eof {
            return Ok(false);
        }
        self.text.drain(..self.at);
        self.at = 0;
        let kept = self.carry.len();
        self.carry.resize(kept + self.chunk, 0);
        let read = loop {
            match self.file.read(&mut self.carry[kept..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                read => break read?,
            }
        };
        self.carry.truncate(kept + read);
        self.eof = read == 0;
        // Checked as UTF-8 once, as it comes; a character cut by the read
        // waits for the next one. The buffer is kept for the next read.
        let valid = match std::str::from_utf8(&self.carry) {
            Ok(text) => {
                self.text.push_str(text);
                self.carry.clear();
                return Ok(read > 0);
            }
            Err(e) if e.error_len().is_none() && !self.eof => e.valid_up_to(),
            Err(_) => return Err(GiveUp),
        };
        let text = std::str::from_utf8(&self.carry[..valid]).map_err(|_| GiveUp)?;
        self.text.push_str(text);
        self.carry.drain(..valid);
        Ok(read > 0)
    }

    /// The next byte that is not white space, not used yet.
    fn peek(&mut self) -> Result<u8> {
        loop {
            let rest = &self.text.as_bytes()[self.at..];
            let blank = |b: &u8| matches!(b, b' ' | b'\n' | b'\r' | b'\t');
            if let Some(skipped) = rest.iter().position(|b| !blank(b)) {
                self.at += skipped;
                return Ok(rest[skipped]);
            }
            self.at = self.text.len();
            if !self.more()? {
                return Err(GiveUp);
            }
        }
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek()? != byte {
            return Err(GiveUp);
        }
        self.at += 1;
        Ok(())
    }

    /// The next JSON value, read by serde_json as a `T`, and where its
    /// text lies (`text[start..end]`, valid until the next read). A value
    /// the buffer cuts is read again once more text is in.
    fn next<T: for<'de> Deserialize<'de>>(&mut self) -> Result<(T, usize, usize)> {
        self.peek()?;
        loop {
            let start = self.at;
            let (read, end) = {
                let mut values =
                    serde_json::Deserializer::from_str(&self.text[start..]).into_iter::<T>();
                let read = values.next();
                (read, start + values.byte_offset())
            };
            match read {
                // A value that ends where the text does may go on (a
                // number) unless the file ended.
                Some(Ok(value)) if end < self.text.len() || self.eof => {
                    self.at = end;
                    return Ok((value, start, end));
                }
                Some(Err(e)) if !e.is_eof() && !self.cut_at(start, &e) => return Err(GiveUp),
                None => return Err(GiveUp),
                _ => {}
            }
            let ended = self.eof;
            if !self.more()? && ended {
                return Err(GiveUp);
            }
        }
    }

    /// Whether `error`, reading from `start`, may come of the text read so
    /// far ending inside the value (a number cut after its point): it is
    /// on the text's last line, and more is to come.
    fn cut_at(&self, start: usize, error: &serde_json::Error) -> bool {
        let lines = 1 + memchr::memchr_iter(b'\n', &self.text.as_bytes()[start..]).count();
        !self.eof && error.line() == lines
    }

    /// The whole plan: its object key by key.
    fn plan(&mut self, keep: Keep) -> Result<Plan> {
        let mut rest = String::from("{");
        let mut lists = Lists::default();
        self.expect(b'{')?;
        if self.peek()? == b'}' {
            self.at += 1;
        } else {
            loop {
                let (key, _, _) = self.next::<String>()?;
                self.expect(b':')?;
                match key.as_str() {
                    "objectives" => set(&mut lists.objectives, self.list(Self::objective)?)?,
                    "campaigns" => {
                        set(&mut lists.campaigns, self.list(|r| r.campaign(keep))?)?;
                    }
                    "posts" => set(&mut lists.posts, self.list(|r| r.post(keep))?)?,
                    _ => {
                        let (IgnoredAny, start, end) = self.next::<IgnoredAny>()?;
                        if rest.len() > 1 {
                            rest.push(',');
                        }
                        rest.push_str(&serde_json::to_string(&key)?);
                        rest.push(':');
                        rest.push_str(&self.text[start..end]);
                    }
                }
                match self.peek()? {
                    b',' => self.at += 1,
                    b'}' => {
                        self.at += 1;
                        break;
                    }
                    _ => return Err(GiveUp),
                }
            }
        }
        // Nothing but white space may follow.
        if self.peek().is_ok() {
            return Err(GiveUp);
        }
        rest.push('}');
        let mut plan: Plan = serde_json::from_str(&rest)?;
        plan.objectives = lists.objectives.unwrap_or_default();
        plan.campaigns = lists.campaigns.unwrap_or_default();
        plan.posts = lists.posts.unwrap_or_default();
        Ok(plan)
    }

    /// A list read an element at a time: `element` reads each one (and
    /// gives none for one not kept).
    fn list<T>(
        &mut self,
        mut element: impl FnMut(&mut Self) -> Result<Option<T>>,
    ) -> Result<Vec<T>> {
        let mut items = Vec::new();
        self.expect(b'[')?;
        if self.peek()? == b']' {
            self.at += 1;
            return Ok(items);
        }
        loop {
            items.extend(element(self)?);
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Ok(items);
                }
                _ => return Err(GiveUp),
            }
        }
    }

    fn objective(&mut self) -> Result<Option<Objective>> {
        Ok(Some(self.next::<Objective>()?.0))
    }

    /// Each campaign; or (for `status`) none, each then only checked for
    /// its syntax; or (for a calendar's window) each read first for its
    /// dates, and one kept read again, whole, from its text.
    fn campaign(&mut self, keep: Keep) -> Result<Option<Campaign>> {
        if keep.keeps_every_campaign() {
            Ok(Some(self.next::<Campaign>()?.0))
        } else if keep.keeps_campaigns() {
            let (dates, start, end) = self.next::<CampaignDates>()?;
            if !keep.keeps_campaign(dates.start, dates.end) {
                return Ok(None);
            }
            Ok(Some(serde_json::from_str(&self.text[start..end])?))
        } else {
            self.next::<IgnoredAny>().map(|_| None)
        }
    }

    /// A post the sieve keeps. When it keeps some, each post is read first
    /// for what decides (its date and status, the rest only scanned), and
    /// a post kept is read again, whole, from its text.
    fn post(&mut self, keep: Keep) -> Result<Option<Post>> {
        match keep {
            Keep::All => Ok(Some(self.next::<Post>()?.0)),
            Keep::Objectives | Keep::NoPosts | Keep::Span { .. } => {
                self.next::<IgnoredAny>().map(|_| None)
            }
            Keep::Dated { .. } => {
                let (decides, start, end) = self.next::<Decides>()?;
                if !keep.keeps(decides.date, decides.status) {
                    return Ok(None);
                }
                Ok(Some(serde_json::from_str(&self.text[start..end])?))
            }
        }
    }
}

/// A list given twice gives up (serde would refuse the repeated key).
fn set<T>(slot: &mut Option<T>, value: T) -> Result<()> {
    match slot.replace(value) {
        None => Ok(()),
        Some(_) => Err(GiveUp),
    }
}

#[cfg(test)]
mod tests;
