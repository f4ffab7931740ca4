//! `socialplan agenda`: the manager's Monday morning. The overdue posts
//! first, then day by day the posts (time, channel, format, title, status,
//! owner), the campaigns starting or ending and the objectives' deadlines,
//! then the objectives waiting for a value. The entries come from
//! `domain::agenda`; this file only lays them out to fit the width.

use std::collections::HashMap;

use anstyle::{AnsiColor, Style as Sgr};
use chrono::{Datelike, NaiveDate};
use clap::Args;

use super::find::find_or_say;
use super::post::list::{channel_names, status_style};
use super::table::Table;
use super::{Cli, Failure, Style, done_with, parse_date, print, today as today_of, view};
use crate::domain::agenda::{Entry, Filter, Section, What, Window, agenda};
use crate::domain::sieve::Keep;
use crate::domain::{Campaign, Channel, Plan, Post};
use crate::i18n::agenda::A;
use crate::i18n::calendar::Cal;
use crate::text::{pad_right, printable, truncate, width};
use crate::theme::Theme;

/// The longest window, a year: a larger one asks for work no one reads.
const MAX_DAYS: u32 = 366;
/// Lines under a heading start this far in.
const INDENT: &str = "  ";
/// A post's title gives way down to this many cells.
const TITLE_MIN: usize = 10;
/// The most a channel's name, a format and an owner take: with them, a
/// post fits 80 columns with room for its title.
const CHANNEL_MAX: usize = 12;
const FORMAT_MAX: usize = 14;
const OWNER_MAX: usize = 10;

#[derive(Debug, Args)]
pub struct AgendaArgs {
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    from: Option<NaiveDate>,
    #[arg(long, value_name = "N", default_value_t = 7)]
    days: u32,
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
    #[arg(long, value_name = "CHANNEL")]
    channel: Option<String>,
}

/// Prints the agenda of the plan `cli` names.
pub fn run(cli: &Cli, args: &AgendaArgs, style: Style) -> Result<(), Failure> {
    // Only the posts it may show: the window's and the overdue ones.
    let window = Window {
        from: args.from.unwrap_or(today_of(cli)),
        days: args.days,
    };
    let keep = Keep::Dated {
        from: window.from,
        to: window.last(),
        overdue: Some(today_of(cli)),
    };
    let workspace = view(cli, style.lang, keep)?;
    let text = render(workspace.plan(), workspace.today(), args, style);
    done_with(workspace);
    print(&text?)
}

/// The agenda as text, or why the arguments cannot make one.
fn render(
    plan: &Plan,
    today: NaiveDate,
    args: &AgendaArgs,
    style: Style,
) -> Result<String, Failure> {
    let lang = style.lang;
    if !(1..=MAX_DAYS).contains(&args.days) {
        return Err(Failure::Usage(lang.agenda_bad_days(args.days, MAX_DAYS)));
    }
    let channel = match &args.channel {
        Some(query) => Some(find_or_say(&plan.channels, query, lang).map_err(Failure::Failed)?),
        None => None,
    };
    let window = Window {
        from: args.from.unwrap_or(today),
        days: args.days,
    };
    let owner = args
        .owner
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty());
    let filter = Filter {
        owner: owner.map(str::to_string),
        channel: channel.map(|c| c.id.clone()),
    };
    let entries = agenda(plan, today, window, &filter);
    let page = Page::new(plan, today, style, style.width);
    let mut out = page.title(window, owner, channel);
    if entries.is_empty() {
        out.push_str(&lang.agenda_empty(owner.is_some() || channel.is_some()));
        out.push('\n');
        return Ok(out);
    }
    let sections = [
        page.overdue(&entries),
        page.days(&entries, window),
        page.reminders(&entries),
    ];
    let shown: Vec<String> = sections.into_iter().filter(|s| !s.is_empty()).collect();
    out.push_str(&shown.join("\n"));
    Ok(out)
}

/// What laying out the agenda needs, worked out once.
struct Page<'a> {
    plan: &'a Plan,
    today: NaiveDate,
    style: Style,
    theme: Theme,
    /// Display cells a line may take.
    width: usize,
    posts: HashMap<&'a str, &'a Post>,
    /// The campaigns by id: a week starts and ends hundreds of a large
    /// plan's, each looked up by a scan of all of them took a fifth of the
    /// command.
    campaigns: HashMap<&'a str, &'a Campaign>,
    /// The name of each campaign's channel (its id when the plan lacks
    /// it), by campaign: a plan may hold thousands of campaigns.
    channel_of: HashMap<&'a str, &'a str>,
}

impl<'a> Page<'a> {
    fn new(plan: &'a Plan, today: NaiveDate, style: Style, width: usize) -> Self {
        Page {
            plan,
            today,
            style,
            theme: style.theme(),
            width,
            posts: plan.posts.iter().map(|p| (p.id.as_str(), p)).collect(),
            campaigns: plan.campaigns.iter().map(|c| (c.id.as_str(), c)).collect(),
            channel_of: channel_names(plan),
        }
    }

    /// "Agenda: 2026-11-30 to 2026-12-06 · owner Ana", then a blank line.
    fn title(&self, window: Window, owner: Option<&str>, channel: Option<&Channel>) -> String {
        let lang = self.style.lang;
        let mut title = lang.agenda_title(window.from, window.last());
        let filters = [
            owner.map(|o| (A::Owner, o)),
            channel.map(|c| (A::Channel, c.name.as_str())),
        ];
        for (what, value) in filters.into_iter().flatten() {
            title = format!(
                "{title}{}{} {}",
                self.theme.dot(),
                lang.t(what),
                printable(value)
            );
        }
        let title = truncate(&title, self.width, self.theme.ellipsis());
        format!("{}\n\n", self.paint(&title, Sgr::new().bold()))
    }

    fn overdue(&self, entries: &[Entry]) -> String {
        let posts: Vec<&Post> = entries
            .iter()
            .filter(|e| e.section == Section::Overdue)
            .filter_map(|e| self.post(&e.what))
            .collect();
        if posts.is_empty() {
            return String::new();
        }
        let lang = self.style.lang;
        let late = AnsiColor::Red.on_default();
        let heading = lang.agenda_overdue(posts.len());
        let mut out = format!("{}\n", self.paint(&heading, late.bold()));
        let rows = posts.iter().map(|post| {
            let date = lang.short_date(post.date, self.today.year());
            let when = format!("{} {}", date.trim(), post.time.as_deref().unwrap_or(""));
            self.post_row(post, (when.trim_end().to_string(), late))
        });
        for line in self.table(rows.collect()) {
            out.push_str(&line);
        }
        out
    }

    /// Day by day: a heading, the day's posts aligned with every other
    /// day's, then its campaigns and deadlines.
    fn days(&self, entries: &[Entry], window: Window) -> String {
        let lang = self.style.lang;
        let days: Vec<(NaiveDate, &What)> = entries
            .iter()
            .filter_map(|e| match e.section {
                Section::Day(date) => Some((date, &e.what)),
                _ => None,
            })
            .collect();
        if days.is_empty() {
            return format!("{}\n", lang.agenda_no_days(window.from, window.last()));
        }
        let plain = Sgr::new();
        let rows = days
            .iter()
            .filter_map(|(_, what)| self.post(what))
            .map(|post| self.post_row(post, (post.time.clone().unwrap_or_default(), plain)));
        let mut post_lines = self.table(rows.collect()).into_iter();
        let mut out = String::new();
        let mut shown_day = None;
        for (date, what) in days {
            if shown_day != Some(date) {
                out.push_str(&self.day_heading(date, shown_day.is_some()));
                shown_day = Some(date);
            }
            match what {
                What::Post(_) => out.push_str(&post_lines.next().unwrap_or_default()),
                other => out.push_str(&self.event_line(other)),
            }
        }
        out
    }

    /// The objectives waiting for a value, each with the command that
    /// records one.
    fn reminders(&self, entries: &[Entry]) -> String {
        let lang = self.style.lang;
        let due = entries.iter().filter_map(|e| match &e.what {
            What::Measure { objective, last } => Some((self.plan.objective(objective)?, *last)),
            _ => None,
        });
        let mut out = String::new();
        for (objective, last) in due {
            let days = (self.today - last).num_days();
            let bullet = format!("{INDENT}{} ", self.theme.bullet());
            // The name gives way, not the date: the sentence without it
            // says how much room is left.
            let rest = width(&bullet) + width(&lang.agenda_measure("", last, days));
            let room = self.width.saturating_sub(rest);
            let name = truncate(&printable(&objective.name), room, self.theme.ellipsis());
            out.push_str(&self.fitted(&bullet, &lang.agenda_measure(&name, last, days)));
            let command = format!("socialplan update {} {}", objective.id, lang.t(A::Value));
            let arrow = format!("{INDENT}  {} ", self.theme.arrow());
            out.push_str(&self.fitted(&arrow, &command));
        }
        if out.is_empty() {
            return out;
        }
        let heading = self.paint(lang.t(A::Reminders), AnsiColor::Yellow.on_default().bold());
        format!("{heading}\n{out}")
    }

    /// "Monday 30 November 2026 · today", after a blank line unless first.
    fn day_heading(&self, date: NaiveDate, after_another: bool) -> String {
        let lang = self.style.lang;
        let mut heading = lang.day_heading(date);
        if date == self.today {
            heading = format!("{heading}{}{}", self.theme.dot(), lang.t(Cal::Today));
        }
        let gap = if after_another { "\n" } else { "" };
        format!("{gap}{}\n", self.paint(&heading, Sgr::new().bold()))
    }

    /// A campaign starting or ending, or a deadline: its label, then what.
    fn event_line(&self, what: &What) -> String {
        let lang = self.style.lang;
        let campaign = |id: &str| {
            self.campaigns.get(id).map_or_else(
                || id.to_string(),
                |c| {
                    let channel = self.channel_of.get(id).copied().unwrap_or(&c.channel);
                    format!(
                        "{}{}{}",
                        printable(&c.name),
                        self.theme.dot(),
                        printable(channel)
                    )
                },
            )
        };
        let (label, colour, text) = match what {
            What::CampaignStarts(id) => (A::CampaignStarts, AnsiColor::Cyan, campaign(id)),
            What::CampaignEnds(id) => (A::CampaignEnds, AnsiColor::Cyan, campaign(id)),
            What::Deadline(id) => {
                let name = self
                    .plan
                    .objective(id)
                    .map_or(id.as_str(), |o| o.name.as_str());
                (A::Deadline, AnsiColor::Magenta, printable(name))
            }
            What::Post(_) | What::Measure { .. } => return String::new(),
        };
        let labels = [A::CampaignStarts, A::CampaignEnds, A::Deadline];
        let label_width = labels.iter().map(|l| width(lang.t(*l))).max().unwrap_or(0);
        let label = pad_right(lang.t(label), label_width);
        let lead = format!("{INDENT}{}  ", self.paint(&label, colour.on_default()));
        let room = self.width.saturating_sub(INDENT.len() + label_width + 2);
        format!("{lead}{}\n", truncate(&text, room, self.theme.ellipsis()))
    }

    /// A post's cells after `first` (its time, or for an overdue one its day).
    fn post_row(&self, post: &Post, first: (String, Sgr)) -> Vec<(String, Sgr)> {
        let lang = self.style.lang;
        let plain = Sgr::new();
        let cut = |text: &str, cells| truncate(&printable(text), cells, self.theme.ellipsis());
        vec![
            first,
            (cut(self.channel_name(post), CHANNEL_MAX), plain),
            (cut(lang.post_format(post.format), FORMAT_MAX), plain),
            (printable(&post.title), plain),
            (
                lang.post_status(post.status).to_string(),
                status_style(post.status),
            ),
            (cut(&post.owner, OWNER_MAX), plain),
        ]
    }

    /// A post's channel's name, as `post list` shows it.
    fn channel_name(&self, post: &Post) -> &'a str {
        self.channel_of
            .get(post.campaign.as_str())
            .copied()
            .unwrap_or_default()
    }

    /// Rows as indented lines, aligned, the title (column 3) giving way.
    fn table(&self, rows: Vec<Vec<(String, Sgr)>>) -> Vec<String> {
        let table = Table {
            header: Vec::new(),
            rows,
            right: Vec::new(),
            shrink: vec![(3, TITLE_MIN)],
            drop: Vec::new(),
        };
        let room = self.width.saturating_sub(INDENT.len());
        let text = table.render(room, self.style.color, self.theme.ellipsis());
        text.lines()
            .map(|line| format!("{INDENT}{line}\n"))
            .collect()
    }

    /// `lead` then `text`, cut to the width.
    fn fitted(&self, lead: &str, text: &str) -> String {
        let room = self.width.saturating_sub(width(lead));
        format!("{lead}{}\n", truncate(text, room, self.theme.ellipsis()))
    }

    fn post(&self, what: &What) -> Option<&'a Post> {
        match what {
            What::Post(id) => self.posts.get(id.as_str()).copied(),
            _ => None,
        }
    }

    fn paint(&self, text: &str, sgr: Sgr) -> String {
        if self.style.color {
            format!("{}{text}{}", sgr.render(), sgr.render_reset())
        } else {
            text.to_string()
        }
    }
}
