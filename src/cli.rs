//! The command line: global options, subcommands, and how their results and
//! errors reach the user (`error: …` on stderr; exit 1 for a failed command,
//! 2 for bad usage).

mod agenda;
mod ansi;
mod calendar;
mod campaign;
mod campaigns;
mod check;
mod export;
mod find;
mod git_setup;
mod help;
mod import;
mod merge;
mod parse_errors;
mod post;
mod spanish;
mod status;
mod table;
mod update;

pub use help::command;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::domain::sieve::Keep;
use crate::i18n::{Lang, T};
use crate::store::path;
use crate::theme::Theme;
use crate::workspace::Workspace;

#[derive(Debug, Parser)]
// Help texts come from the catalog (see help.rs), in the user's language.
#[command(name = "socialplan", version)]
pub struct Cli {
    // The plan file to use.
    #[arg(long, global = true, value_name = "PATH", conflicts_with = "demo")]
    pub file: Option<PathBuf>,
    // Use a built-in example plan, dated around today (edits stay in memory).
    #[arg(long, global = true)]
    pub demo: bool,
    // Never write the plan file.
    #[arg(long, global = true)]
    pub read_only: bool,
    // Interface language (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
    // Use ASCII only: no box-drawing, block or arrow characters.
    #[arg(long, global = true)]
    pub ascii: bool,
    // When to use colour (auto: when stdout is a terminal and NO_COLOR is unset).
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorMode::Auto)]
    pub color: ColorMode,
    // Pretend today is this date (for reproducible output).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    // The widest line, in display cells: every table and chart fits it.
    #[arg(long, global = true, value_name = "N")]
    pub width: Option<u16>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    // Print the path of the plan file in use.
    Path,
    // Record a measured value for an objective.
    Update {
        // The objective's id, or an unambiguous prefix of its id or name.
        objective: String,
        // The measured value (a point for decimals: 1250 or 12.5).
        #[arg(allow_negative_numbers = true)]
        value: String,
        // The date it was measured (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
        // A note kept with the value.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    // Print every objective: baseline → latest / target, progress, deadline.
    Status,
    // Print the Gantt chart of campaigns by channel.
    Calendar {
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        from: Option<NaiveDate>,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        to: Option<NaiveDate>,
        #[arg(long, value_enum, default_value_t = crate::calendar::timeline::Zoom::Week)]
        zoom: crate::calendar::timeline::Zoom,
        #[arg(long = "channel", value_name = "NAME")]
        channels: Vec<String>,
    },
    // Write the plan in another format.
    // Check the plan against the five steps of the method.
    Check {
        #[arg(long)]
        strict: bool,
    },
    Export {
        #[arg(long, value_enum)]
        format: export::Format,
        // Write to this file (replaced atomically) instead of stdout.
        #[arg(long, value_name = "PATH")]
        output: Option<PathBuf>,
        #[arg(long, value_enum)]
        items: Option<export::Items>,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        from: Option<NaiveDate>,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        to: Option<NaiveDate>,
    },
    // Add or update campaigns or posts from a spreadsheet.
    Import {
        #[arg(long, value_enum)]
        format: ImportFormat,
        // Not `file`: that id is the global --file (the plan).
        #[arg(value_name = "FILE")]
        sheet: PathBuf,
        #[arg(long, value_enum, default_value_t = export::Items::Campaigns)]
        items: export::Items,
    },
    // Merge two versions of a plan from their base (the git merge driver).
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
    },
    // Set up the plan's git repository to merge it with `merge`.
    GitSetup,
    // Change a campaign.
    Campaign {
        #[command(subcommand)]
        action: campaign::Command,
    },
    // What the coming days hold: overdue posts first, then day by day.
    Agenda(agenda::AgendaArgs),
    // The campaigns compared: spend, posts, results and costs.
    Campaigns(campaigns::CampaignsArgs),
    // Add, change or list posts.
    Post {
        #[command(subcommand)]
        action: post::Command,
    },
    // Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorMode {
    Auto,
    Always,
    Never,
}

impl ColorMode {
    /// Whether to colour stdout: never with NO_COLOR (non-empty) in auto mode
    /// or when stdout is not a terminal.
    pub fn enabled(self) -> bool {
        match self {
            ColorMode::Always => true,
            ColorMode::Never => false,
            ColorMode::Auto => {
                let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
                !no_color && std::io::stdout().is_terminal()
            }
        }
    }
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    Lang::detect(lang_from_args()).read_date(text)
}

/// How a command ended, when it did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// The command could not do what was asked (exit 1).
    Failed(String),
    /// The arguments were wrong (exit 2).
    Usage(String),
    /// Failed, and the output already said why (exit 1).
    Silent,
    /// The TUI was stopped by a signal: exit with this status (128 + the
    /// signal, as a shell reports it), saying nothing.
    Stopped(u8),
}

/// Output settings shared by the subcommands.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub lang: Lang,
    pub ascii: bool,
    pub color: bool,
    /// Display cells a line may take.
    pub width: usize,
}

impl Style {
    /// The symbols and colours the TUI draws with, for this output.
    pub fn theme(self) -> crate::theme::Theme {
        crate::theme::Theme::new(self.color, self.ascii)
    }
}

/// Lines fit the terminal; when stdout is not one, 100 cells.
fn output_width() -> usize {
    const PIPED: usize = 100;
    if std::io::stdout().is_terminal() {
        ratatui::crossterm::terminal::size().map_or(PIPED, |(cols, _)| usize::from(cols))
    } else {
        PIPED
    }
}

/// `--lang` read ahead of parsing, so that help and parse errors are in the
/// right language too.
fn lang_from_args() -> Option<Lang> {
    let args: Vec<String> = std::env::args().collect();
    let value = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--lang=").map(str::to_string).or_else(|| {
            (arg == "--lang")
                .then(|| args.get(i + 1).cloned())
                .flatten()
        })
    })?;
    Lang::from_str(&value, true).ok()
}

/// The program: `start` runs the interactive interface when no subcommand
/// is given.
pub fn main(start: Interactive) -> ExitCode {
    let lang = Lang::detect(lang_from_args());
    crate::diagnostics::report_panics(lang);
    crate::diagnostics::start_log(lang);
    let cli = command(lang)
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|error| parse_errors::exit(error, lang));
    match run(&cli, lang, start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Failed(message)) => {
            log::error!("{message}");
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            log::error!("{message}");
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Silent) => ExitCode::from(1),
        Err(Failure::Stopped(status)) => ExitCode::from(status),
    }
}

fn run(cli: &Cli, lang: Lang, start: Interactive) -> Result<(), Failure> {
    let style = Style {
        lang,
        ascii: cli.ascii,
        color: cli.color.enabled(),
        width: cli.width.map_or_else(output_width, usize::from),
    };
    let Some(subcommand) = &cli.command else {
        return interactive(cli, style, start);
    };
    crate::diagnostics::panic_if_asked();
    match subcommand {
        Command::Path => print(&format!("{}\n", plan_path(cli, lang)?.display())),
        Command::Completions { shell } => completions(*shell, lang),
        Command::Status => {
            let workspace = view(cli, lang, Keep::Objectives)?;
            let table = status::render(workspace.plan(), workspace.today(), style);
            done_with(workspace);
            print(&table)
        }
        Command::Update {
            objective,
            value,
            date,
            note,
        } => {
            let mut workspace = open(cli, lang)?;
            let request = update::Request {
                objective,
                value,
                date: date.unwrap_or(workspace.today()),
                note: note.as_deref().unwrap_or_default(),
            };
            print(&update::run(&mut workspace, &request, style)?)
        }
        Command::Calendar {
            from,
            to,
            zoom,
            channels,
        } => {
            let request = calendar::Request {
                from: *from,
                to: *to,
                zoom: *zoom,
                width: cli.width,
                channels,
            };
            let width = calendar::width(&request, style);
            let read = |keep| view(cli, lang, keep);
            let workspace = calendar::open(read, &request, today(cli), width)?;
            // Printed chart by chart: a long window never sits in memory whole.
            calendar::run_into(
                workspace.plan(),
                workspace.today(),
                &request,
                style,
                |chart| print(&chart),
            )?;
            done_with(workspace);
            Ok(())
        }
        Command::Check { strict } => {
            let workspace = view(cli, lang, Keep::All)?;
            let (report, fails) = check::run(workspace.plan(), workspace.today(), *strict, style);
            done_with(workspace);
            check::finish(&report, fails)
        }
        Command::Export {
            format,
            output,
            items,
            from,
            to,
        } => {
            let request = export::Request {
                format: *format,
                items: *items,
                output: output.as_deref(),
                period: (*from, *to),
                plan_file: None,
            };
            export_plan(cli, request, style)
        }
        Command::Import {
            format: ImportFormat::Csv,
            sheet,
            items,
        } => {
            let mut workspace = open(cli, lang)?;
            print(&import::run(&mut workspace, sheet, *items, style)?)
        }
        Command::Merge { base, ours, theirs } => merge::run(base, ours, theirs, lang),
        Command::GitSetup => print(&git_setup::run(&plan_path(cli, lang)?, lang)?),
        Command::Post { action } => post::run(cli, action, style),
        Command::Agenda(args) => agenda::run(cli, args, style),
        Command::Campaigns(args) => campaigns::run(cli, args, style),
        Command::Campaign { action } => campaign::run(cli, action, lang),
    }
}

fn completions(shell: clap_complete::Shell, lang: Lang) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(lang), "socialplan", &mut script);
    write_stdout(&script)
}

/// `export`: the plan as the request asks, to its output or stdout.
fn export_plan(cli: &Cli, request: export::Request, style: Style) -> Result<(), Failure> {
    let workspace = view(cli, style.lang, Keep::All)?;
    let plan_file = workspace.path().map(Path::to_path_buf);
    let request = export::Request {
        plan_file: plan_file.as_deref(),
        ..request
    };
    export::run(workspace.plan(), workspace.today(), &request, style)
}

/// What the interactive interface starts with. The CLI opens the plan; the
/// TUI, which the binary hands in (`main(tui::start)`), runs over it: the
/// CLI itself depends on nothing in `tui`.
pub struct Launch {
    pub workspace: Workspace,
    pub lang: Lang,
    pub theme: Theme,
    /// Why the plan file could not be opened: the session is then read-only.
    pub problem: Option<String>,
}

/// Runs the interactive interface; returns the process's exit status (0
/// when the person quit, 128 + a signal that stopped it).
pub type Interactive = fn(Launch) -> std::io::Result<i32>;

/// The TUI. A plan file that cannot be read opens read-only, empty, with
/// the reason shown: it is never written.
fn interactive(cli: &Cli, style: Style, start: Interactive) -> Result<(), Failure> {
    let lang = style.lang;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Failure::Failed(lang.t(T::NeedsTerminal).to_string()));
    }
    let theme = style.theme();
    let (workspace, problem) = if cli.demo {
        (Workspace::demo(today(cli), lang), None)
    } else {
        let path = plan_path(cli, lang)?;
        match Workspace::open(&path, cli.read_only, today(cli)) {
            Ok(workspace) => (workspace, None),
            Err(error) => (
                Workspace::unreadable(&path, today(cli)),
                Some(lang.store_error(&error)),
            ),
        }
    };
    let launch = Launch {
        workspace,
        lang,
        theme,
        problem,
    };
    match start(launch) {
        Ok(0) => Ok(()),
        Ok(status) => Err(Failure::Stopped(u8::try_from(status).unwrap_or(1))),
        Err(error) => Err(Failure::Failed(error.to_string())),
    }
}

/// Today's date, or the one `--today` pretends.
fn today(cli: &Cli) -> NaiveDate {
    cli.today
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn plan_path(cli: &Cli, lang: Lang) -> Result<PathBuf, Failure> {
    path::resolve_from_env(cli.file.clone()).map_err(|e| Failure::Failed(lang.store_error(&e)))
}

/// The plan, for a command that may change it. What is worth knowing about
/// the file before changing it (other hard links) goes to stderr; a file the
/// user may not write is refused when saving, with its own message.
fn open(cli: &Cli, lang: Lang) -> Result<Workspace, Failure> {
    let workspace = open_as(cli, lang, cli.read_only)?;
    for notice in workspace.notices() {
        if matches!(notice, crate::store::Notice::HardLinks { .. }) {
            eprintln!("warning: {}", lang.store_notice(notice));
        }
    }
    Ok(workspace)
}

/// The plan, for a command that only reads it and shows the posts `keep`
/// keeps (`Keep::All` for all).
fn view(cli: &Cli, lang: Lang, keep: Keep) -> Result<Workspace, Failure> {
    if cli.demo {
        return Ok(Workspace::demo(today(cli), lang));
    }
    let path = plan_path(cli, lang)?;
    Workspace::showing(&path, keep, today(cli)).map_err(|e| Failure::Failed(lang.store_error(&e)))
}

fn open_as(cli: &Cli, lang: Lang, read_only: bool) -> Result<Workspace, Failure> {
    if cli.demo {
        return Ok(Workspace::demo(today(cli), lang));
    }
    let path = plan_path(cli, lang)?;
    Workspace::open(&path, read_only, today(cli)).map_err(|e| Failure::Failed(lang.store_error(&e)))
}

/// Ends a command that only read the plan. The process exits next, which
/// frees the plan at once; freeing its many small allocations one by one
/// first would only cost time (a few percent of a large plan's load).
fn done_with(workspace: Workspace) {
    std::mem::forget(workspace);
}

fn print(text: &str) -> Result<(), Failure> {
    write_stdout(text.as_bytes())
}

/// Writes to stdout; a closed pipe (`socialplan status | head -1`) is not an error.
fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Failed(e.to_string())),
        _ => Ok(()),
    }
}
