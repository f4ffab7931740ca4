//! `socialplan post list`: the posts by date and time, in aligned columns
//! that fit the width (the title gives way), filtered by campaign, status,
//! days and owner.

use std::collections::HashMap;

use anstyle::{AnsiColor, Style as Sgr};
use chrono::NaiveDate;
use clap::Args;

use super::super::find::find_or_say;
use super::super::table::Table;
use super::super::{Failure, Style, parse_date};
use crate::domain::post::PostStatus;
use crate::domain::{Plan, Post};
use crate::i18n::Lang;
use crate::i18n::posts::P;
use crate::text::{printable, truncate};

/// The title gives way down to this many cells.
const TITLE_MIN: usize = 12;
/// A channel's name takes no more than this.
const CHANNEL_MAX: usize = 16;

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_name = "CAMPAIGN")]
    campaign: Option<String>,
    #[arg(long, value_enum)]
    status: Option<PostStatus>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    from: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    to: Option<NaiveDate>,
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
}

/// The table, or a line saying there is nothing to show.
pub fn render(plan: &Plan, args: &ListArgs, style: Style) -> Result<String, Failure> {
    let lang = style.lang;
    if let (Some(from), Some(to)) = (args.from, args.to)
        && to < from
    {
        return Err(Failure::Usage(lang.window_reversed(from, to)));
    }
    let campaign = match &args.campaign {
        Some(query) => Some(
            find_or_say(&plan.campaigns, query, lang)
                .map_err(Failure::Failed)?
                .id
                .as_str(),
        ),
        None => None,
    };
    if plan.posts.is_empty() {
        return Ok(format!("{}\n", lang.t(P::NoPosts)));
    }
    let mut posts: Vec<&Post> = plan
        .posts
        .iter()
        .filter(|post| shown(post, args, campaign))
        .collect();
    if posts.is_empty() {
        return Ok(format!("{}\n", lang.t(P::NoneMatches)));
    }
    // A post with only its day planned comes before the timed ones.
    posts.sort_by(|a, b| (a.date, &a.time).cmp(&(b.date, &b.time)));
    let header = [
        P::HeaderDate,
        P::HeaderTime,
        P::HeaderChannel,
        P::HeaderFormat,
        P::HeaderTitle,
        P::HeaderStatus,
        P::HeaderOwner,
    ];
    let ellipsis = style.theme().ellipsis();
    let channel_of = channel_names(plan);
    let table = Table {
        header: header.iter().map(|t| lang.t(*t).to_string()).collect(),
        rows: posts
            .iter()
            .map(|post| {
                let channel = channel_of.get(post.campaign.as_str()).copied();
                row(post, channel.unwrap_or_default(), lang, ellipsis)
            })
            .collect(),
        right: Vec::new(),
        shrink: vec![(4, TITLE_MIN)],
        // What a narrow terminal can do without first: the format, the
        // owner, the time (the title and the date say which post it is).
        drop: vec![3, 6, 1],
    };
    Ok(table.render(style.width, style.color, ellipsis))
}

/// Whether `post` passes the filters (`campaign` is the id found).
fn shown(post: &Post, args: &ListArgs, campaign: Option<&str>) -> bool {
    let owner = args.owner.as_deref().map(str::trim);
    campaign.is_none_or(|id| post.campaign == id)
        && args.status.is_none_or(|status| post.status == status)
        && args.from.is_none_or(|from| post.date >= from)
        && args.to.is_none_or(|to| post.date <= to)
        && owner.is_none_or(|owner| post.owner.trim().to_lowercase() == owner.to_lowercase())
}

/// A post's row, in the reader's words: the status and format as the TUI
/// and the agenda name them (`--status` takes the English value names,
/// which `--help` lists), the date as the language writes it.
fn row(post: &Post, channel: &str, lang: Lang, ellipsis: &str) -> Vec<(String, Sgr)> {
    let none = Sgr::new();
    vec![
        (lang.date(post.date), none),
        (post.time.clone().unwrap_or_default(), none),
        (truncate(&printable(channel), CHANNEL_MAX, ellipsis), none),
        (lang.post_format(post.format).to_string(), none),
        (printable(&post.title), none),
        (
            lang.post_status(post.status).to_string(),
            status_style(post.status),
        ),
        (printable(&post.owner), none),
    ]
}

/// The name of the channel each campaign's posts go out on, by campaign
/// id: the channel's id when the plan lacks it. A post without a campaign
/// has no channel (`unwrap_or_default`). Built once: a plan may hold
/// thousands of campaigns and a list a hundred thousand posts.
pub(in crate::cli) fn channel_names(plan: &Plan) -> HashMap<&str, &str> {
    let channels: HashMap<&str, &str> = plan
        .channels
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    plan.campaigns
        .iter()
        .map(|c| {
            let id = c.channel.as_str();
            (c.id.as_str(), channels.get(id).copied().unwrap_or(id))
        })
        .collect()
}

/// The colour a status is shown in (the word says it without colour too).
pub(in crate::cli) fn status_style(status: PostStatus) -> Sgr {
    match status {
        PostStatus::Published => AnsiColor::Green.on_default(),
        PostStatus::Scheduled | PostStatus::Ready => AnsiColor::Cyan.on_default(),
        PostStatus::Skipped => Sgr::new().dimmed(),
        PostStatus::Idea | PostStatus::Draft => Sgr::new(),
    }
}
