//! The command line's help, from the catalog in the user's language: clap
//! derives the arguments, these tables give each its text.

use clap::CommandFactory;

use super::Cli;
use crate::i18n::{Lang, T};

/// The program ("") and each subcommand: its summary, and the text after
/// its help.
const ABOUT: &[(&str, T, Option<T>)] = &[
    ("", T::HelpAbout, Some(T::HelpAfter)),
    ("path", T::HelpPath, None),
    ("update", T::HelpUpdate, None),
    ("status", T::HelpStatus, None),
    ("calendar", T::HelpCalendar, Some(T::HelpCalendarAfter)),
    ("check", T::HelpCheck, None),
    ("import", T::HelpImport, Some(T::HelpImportAfter)),
    ("export", T::HelpExport, None),
    ("merge", T::HelpMerge, Some(T::HelpMergeAfter)),
    ("git-setup", T::HelpGitSetup, None),
    ("campaign", T::HelpCampaign, None),
    ("campaign set", T::HelpCampaignSet, None),
    ("campaign spend", T::HelpCampaignSpend, None),
    ("agenda", T::HelpAgenda, Some(T::HelpAgendaAfter)),
    ("campaigns", T::HelpCampaigns, None),
    ("post", T::HelpPost, None),
    ("post add", T::HelpPostAdd, None),
    ("post set", T::HelpPostSet, None),
    ("post list", T::HelpPostList, None),
    ("post delete", T::HelpPostDelete, None),
    ("completions", T::HelpCompletions, None),
];

/// Each argument's help, by command ("" for the global options) and the
/// argument's id.
const ARGS: &[(&str, &str, T)] = &[
    ("", "file", T::HelpFile),
    ("", "demo", T::HelpDemo),
    ("", "read_only", T::HelpReadOnly),
    ("", "lang", T::HelpLang),
    ("", "ascii", T::HelpAscii),
    ("", "color", T::HelpColor),
    ("", "today", T::HelpToday),
    ("", "width", T::HelpWidth),
    ("update", "objective", T::HelpUpdateObjective),
    ("update", "value", T::HelpUpdateValue),
    ("update", "date", T::HelpUpdateDate),
    ("update", "note", T::HelpUpdateNote),
    ("calendar", "from", T::HelpCalendarFrom),
    ("calendar", "to", T::HelpCalendarTo),
    ("calendar", "zoom", T::HelpCalendarZoom),
    ("calendar", "channels", T::HelpCalendarChannel),
    ("check", "strict", T::HelpCheckStrict),
    ("import", "format", T::HelpImportFormat),
    ("import", "sheet", T::HelpImportFile),
    ("import", "items", T::HelpImportItems),
    ("export", "format", T::HelpExportFormat),
    ("export", "output", T::HelpExportOutput),
    ("export", "items", T::HelpExportItems),
    ("export", "from", T::HelpExportFrom),
    ("export", "to", T::HelpExportTo),
    ("merge", "base", T::HelpMergeBase),
    ("merge", "ours", T::HelpMergeOurs),
    ("merge", "theirs", T::HelpMergeTheirs),
    ("campaign set", "campaign", T::HelpCampaignId),
    ("campaign set", "status", T::HelpCampaignStatus),
    ("campaign spend", "campaign", T::HelpCampaignId),
    ("campaign spend", "amount", T::HelpSpendAmount),
    ("campaign spend", "date", T::HelpSpendDate),
    ("campaign spend", "note", T::HelpSpendNote),
    ("campaigns", "sort", T::HelpCampaignsSort),
    ("campaigns", "channel", T::HelpCampaignsChannel),
    ("campaigns", "from", T::HelpCampaignsFrom),
    ("campaigns", "to", T::HelpCampaignsTo),
    ("agenda", "from", T::HelpAgendaFrom),
    ("agenda", "days", T::HelpAgendaDays),
    ("agenda", "owner", T::HelpAgendaOwner),
    ("agenda", "channel", T::HelpAgendaChannel),
    ("post add", "campaign", T::HelpCampaignId),
    ("post add", "date", T::HelpPostDate),
    ("post add", "title", T::HelpPostTitle),
    ("post add", "time", T::HelpPostTime),
    ("post add", "format", T::HelpPostFormat),
    ("post add", "owner", T::HelpPostOwner),
    ("post add", "status", T::HelpPostStatus),
    ("post set", "post", T::HelpPostId),
    ("post set", "status", T::HelpPostNewStatus),
    ("post set", "link", T::HelpPostLink),
    ("post set", "date", T::HelpPostNewDate),
    ("post set", "time", T::HelpPostNewTime),
    ("post set", "owner", T::HelpPostNewOwner),
    ("post set", "reach", T::HelpPostReach),
    ("post set", "interactions", T::HelpPostInteractions),
    ("post set", "clicks", T::HelpPostClicks),
    ("post set", "leads", T::HelpPostLeads),
    ("post delete", "post", T::HelpPostId),
    ("post list", "campaign", T::HelpPostOnlyCampaign),
    ("post list", "status", T::HelpPostOnlyStatus),
    ("post list", "from", T::HelpPostFrom),
    ("post list", "to", T::HelpPostTo),
    ("post list", "owner", T::HelpPostOnlyOwner),
    ("completions", "shell", T::HelpShell),
];

/// The clap command with its help in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    match lang {
        Lang::En => explained_all(Lang::En),
        Lang::Es => super::spanish::localised(explained_all(Lang::Es)),
    }
}

/// The command as clap writes it, with the English help texts.
#[cfg(test)]
pub fn english() -> clap::Command {
    explained_all(Lang::En)
}

/// The command with the catalog's help texts in `lang`.
fn explained_all(lang: Lang) -> clap::Command {
    let program = explained(Cli::command(), "", lang);
    let subcommands = ABOUT
        .iter()
        .map(|&(name, ..)| name)
        .filter(|name| !name.is_empty());
    // "campaign set" is the subcommand `set` of `campaign`.
    subcommands.fold(program, |program, path| match path.split_once(' ') {
        Some((outer, inner)) => program.mut_subcommand(outer, |outer| {
            outer.mut_subcommand(inner, |inner_command| explained(inner_command, path, lang))
        }),
        None => program.mut_subcommand(path, |subcommand| explained(subcommand, path, lang)),
    })
}

/// `command`, named `name` in the tables, with its texts.
fn explained(mut command: clap::Command, name: &str, lang: Lang) -> clap::Command {
    for &(_, about, after) in ABOUT.iter().filter(|(of, ..)| *of == name) {
        command = command.about(lang.t(about));
        if let Some(after) = after {
            command = command.after_help(lang.t(after));
        }
    }
    for &(_, id, help) in ARGS.iter().filter(|(of, ..)| *of == name) {
        command = command.mut_arg(id, |arg| arg.help(lang.t(help)));
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An argument or subcommand added without a line in the tables would
    /// show no help at all.
    #[test]
    fn every_command_and_argument_has_its_help() {
        for lang in [Lang::En, Lang::Es] {
            let mut program = command(lang);
            program.build();
            let mut commands = vec![&program];
            let own = |c: &&clap::Command| c.get_name() != "help";
            for sub in program.get_subcommands().filter(own) {
                commands.push(sub);
                commands.extend(sub.get_subcommands().filter(own));
            }
            for c in commands {
                assert!(c.get_about().is_some(), "{} {lang:?}", c.get_name());
                for arg in c.get_arguments() {
                    let own = !matches!(arg.get_id().as_str(), "help" | "version");
                    assert!(
                        !own || arg.get_help().is_some(),
                        "{} {} {lang:?}",
                        c.get_name(),
                        arg.get_id()
                    );
                }
            }
        }
    }

    /// Each option and command is described in the third person ("No
    /// escribe nunca…", "Simula que hoy es…"), never with an infinitive as
    /// an order would be ("No escribir…", "Hacer como si…").
    #[test]
    fn spanish_help_is_in_the_third_person() {
        // Words ending like an infinitive that are not verbs.
        const NOT_VERBS: &[&str] = &["primer"];
        let texts = ARGS.iter().map(|&(.., help)| help);
        let texts = texts.chain(ABOUT.iter().map(|&(_, about, _)| about));
        for text in texts.map(|help| Lang::Es.t(help)) {
            let mut words = text.split_whitespace().map(str::to_lowercase);
            let first = words.next().unwrap_or_default();
            let verb = if first == "no" {
                words.next().unwrap_or_default()
            } else {
                first
            };
            let infinitive = ["ar", "er", "ir"].iter().any(|end| verb.ends_with(end));
            assert!(!infinitive || NOT_VERBS.contains(&verb.as_str()), "{text}");
        }
    }
}
