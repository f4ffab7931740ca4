//! `socialplan post add|set|list|delete`: a campaign's posts from a shell, as over
//! SSH or in a script, without the interactive interface.

pub(super) mod list;
mod values;

use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::find::find_or_say;
use super::{Cli, Failure, Style, done_with, open, parse_date, print, view};
use crate::domain::post::{PostFormat, PostStatus, clock_time};
use crate::domain::validate::unique_id;
use crate::domain::{Edit, EditError, Field, Item, Post};
use crate::i18n::Lang;
use crate::i18n::posts::P;
use crate::text::printable;
use crate::workspace::Workspace;

/// What `post` does.
#[derive(Debug, Subcommand)]
pub enum Command {
    Add(AddArgs),
    Set(SetArgs),
    List(list::ListArgs),
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    post: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    campaign: String,
    #[arg(value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: NaiveDate,
    title: String,
    #[arg(long, value_name = "HH:MM", value_parser = parse_time)]
    time: Option<String>,
    #[arg(long, value_enum, default_value_t = PostFormat::Post)]
    format: PostFormat,
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
    #[arg(long, value_enum, default_value_t = PostStatus::Idea)]
    status: PostStatus,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    post: String,
    #[arg(long, value_enum)]
    status: Option<PostStatus>,
    #[arg(long, value_name = "URL")]
    link: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<NaiveDate>,
    #[arg(long, value_name = "HH:MM", value_parser = parse_time)]
    time: Option<String>,
    #[arg(long, value_name = "NAME")]
    owner: Option<String>,
    #[arg(long, value_name = "N", value_parser = parse_count)]
    reach: Option<Count>,
    #[arg(long, value_name = "N", value_parser = parse_count)]
    interactions: Option<Count>,
    #[arg(long, value_name = "N", value_parser = parse_count)]
    clicks: Option<Count>,
    #[arg(long, value_name = "N", value_parser = parse_count)]
    leads: Option<Count>,
}

/// A result given to `post set`: a whole number, or none (`none` or "")
/// to clear it.
#[derive(Clone, Copy, Debug)]
struct Count(Option<u64>);

/// Runs a `post` command on the plan `cli` names.
pub fn run(cli: &Cli, command: &Command, style: Style) -> Result<(), Failure> {
    let lang = style.lang;
    match command {
        Command::Add(args) => print(&add(&mut open(cli, lang)?, args, lang)?),
        Command::Set(args) => print(&set(&mut open(cli, lang)?, args, style)?),
        Command::Delete(args) => print(&delete(&mut open(cli, lang)?, &args.post, lang)?),
        Command::List(args) => {
            let workspace = view(cli, lang, crate::domain::sieve::Keep::All)?;
            let table = list::render(workspace.plan(), args, style);
            done_with(workspace);
            print(&table?)
        }
    }
}

/// A `--time`: `HH:MM`, or "" for none.
fn parse_time(text: &str) -> Result<String, String> {
    if text.is_empty() || clock_time(text).is_some() {
        Ok(text.to_string())
    } else {
        let lang = Lang::detect(super::lang_from_args());
        Err(lang.edit_error(&EditError::InvalidTime(text.to_string())))
    }
}

/// A `--reach` and the like: digits, or `none` or "" for none.
fn parse_count(text: &str) -> Result<Count, String> {
    if text.is_empty() || text.eq_ignore_ascii_case("none") {
        return Ok(Count(None));
    }
    let lang = Lang::detect(super::lang_from_args());
    match lang.read_whole(text) {
        Some(n) => Ok(Count(Some(n))),
        None => Err(lang.bad_count(text)),
    }
}

/// Adds the post, its id made from its title, and returns what to print.
fn add(workspace: &mut Workspace, args: &AddArgs, lang: Lang) -> Result<String, Failure> {
    let plan = workspace.plan();
    let campaign = find_or_say(&plan.campaigns, &args.campaign, lang)
        .map_err(Failure::Failed)?
        .id
        .clone();
    let id = unique_id(&args.title, |id| plan.post(id).is_some());
    let post = Post {
        time: args.time.clone().filter(|time| !time.is_empty()),
        format: args.format,
        owner: args.owner.clone().unwrap_or_default(),
        status: args.status,
        ..Post::new(id, campaign, args.date, args.title.clone())
    };
    let said = lang.post_added(&post.id, &lang.when(&post), &post.campaign);
    commit(workspace, &Edit::Add(Item::Post(post)), said, lang)
}

/// Sets what was given (a patch of those fields only, so another session's
/// change to another field is kept) and returns what to print.
fn set(workspace: &mut Workspace, args: &SetArgs, style: Style) -> Result<String, Failure> {
    let lang = style.lang;
    let given = args.status.is_some()
        || args.link.is_some()
        || args.date.is_some()
        || args.time.is_some()
        || args.owner.is_some()
        || results(args).iter().any(Option::is_some);
    if !given {
        return Err(Failure::Usage(lang.t(P::SetNothing).to_string()));
    }
    let old = find_or_say(&workspace.plan().posts, &args.post, lang)
        .map_err(Failure::Failed)?
        .clone();
    let new = Post {
        status: args.status.unwrap_or(old.status),
        link: args.link.clone().unwrap_or_else(|| old.link.clone()),
        date: args.date.unwrap_or(old.date),
        time: args.time.as_ref().map_or_else(
            || old.time.clone(),
            |time| Some(time.clone()).filter(|t| !t.is_empty()),
        ),
        owner: args.owner.clone().unwrap_or_else(|| old.owner.clone()),
        ..with_results(old.clone(), results(args))
    };
    if new == old {
        return Ok(format!("{}\n", lang.post_unchanged(&old.id)));
    }
    let said = lang.post_changed(&old.id, &changes(&old, &new, style).join("; "));
    let edit = Edit::update(&Item::Post(old), &Item::Post(new));
    commit(workspace, &edit, said, lang)
}

/// The results `set` was given, in the order of a post's fields.
fn results(args: &SetArgs) -> [Option<Count>; 4] {
    [args.reach, args.interactions, args.clicks, args.leads]
}

/// `post` with the results given.
fn with_results(mut post: Post, given: [Option<Count>; 4]) -> Post {
    for (field, count) in post.results_mut().into_iter().zip(given) {
        if let Some(Count(value)) = count {
            *field = value;
        }
    }
    post
}

/// Deletes the post as found: a change another session makes meanwhile is
/// a conflict, not deleted unseen.
fn delete(workspace: &mut Workspace, post: &str, lang: Lang) -> Result<String, Failure> {
    let post = find_or_say(&workspace.plan().posts, post, lang)
        .map_err(Failure::Failed)?
        .clone();
    let said = lang.post_deleted(&post.id, &post.title, &lang.when(&post));
    commit(workspace, &Edit::delete_seen(post), said, lang)
}

/// "status idea → ready" for each field `set` changed.
fn changes(old: &Post, new: &Post, style: Style) -> Vec<String> {
    let lang = style.lang;
    let arrow = if style.ascii { "->" } else { "→" };
    let time = |post: &Post| post.time.clone().unwrap_or_default();
    let fields = [
        (
            lang.t(P::Status),
            lang.post_status(old.status).to_string(),
            lang.post_status(new.status).to_string(),
        ),
        (
            lang.field(Field::Date),
            lang.date(old.date),
            lang.date(new.date),
        ),
        (lang.field(Field::Time), time(old), time(new)),
        (
            lang.field(Field::Owner),
            old.owner.clone(),
            new.owner.clone(),
        ),
        (lang.field(Field::Link), old.link.clone(), new.link.clone()),
    ];
    let count = |value: Option<u64>| value.map(|n| n.to_string()).unwrap_or_default();
    let results = lang
        .result_names()
        .into_iter()
        .zip(old.results().into_iter().zip(new.results()))
        .map(|(name, (before, after))| (name, count(before), count(after)));
    let fields: Vec<_> = fields.into_iter().chain(results).collect();
    let shown = |text: &str| {
        if text.is_empty() {
            "-".to_string()
        } else {
            printable(text)
        }
    };
    fields
        .iter()
        .filter(|(_, before, after)| before != after)
        .map(|(field, before, after)| format!("{field} {} {arrow} {}", shown(before), shown(after)))
        .collect()
}

/// Makes the edit; what to print is `said`, and that nothing was saved
/// when the plan is the demo.
fn commit(
    workspace: &mut Workspace,
    edit: &Edit,
    said: String,
    lang: Lang,
) -> Result<String, Failure> {
    let committed = workspace
        .commit(edit)
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
    let mut out = said + "\n";
    if !committed.saved {
        out.push_str(lang.t(crate::i18n::T::DemoNotSaved));
        out.push('\n');
    }
    Ok(out)
}
