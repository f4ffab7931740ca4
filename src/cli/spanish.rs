//! The command line's help in Spanish: clap writes its headings,
//! placeholders, help and version flags and value lists in English, so the
//! built command is walked once and each is replaced with the catalog's.

use std::fmt::Write as _;

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command};

use crate::i18n::Lang;
use crate::i18n::clap_words::{Clap, PLACEHOLDERS};

const ES: Lang = Lang::Es;

/// `command`, built, with every word of clap's in Spanish.
pub fn localised(mut command: Command) -> Command {
    command.build();
    translated(command)
}

/// One command and, through `mut_subcommand`, every command under it.
fn translated(mut command: Command) -> Command {
    let usage = usage(&mut command);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(id, translated_arg);
    }
    for name in names {
        command = command.mut_subcommand(name, translated);
    }
    let template = template(&command);
    if command.get_name() == "help" {
        command = command.about(ES.t(Clap::HelpCommand));
    }
    command
        .override_usage(usage)
        .help_template(template)
        .subcommand_value_name(ES.t(Clap::Command))
}

/// clap's usage line without its heading, with Spanish placeholders.
fn usage(command: &mut Command) -> String {
    let english = command.render_usage().ansi().to_string();
    let line = english
        .split_once("Usage:")
        .map_or(english.as_str(), |(_, rest)| rest);
    // The heading's own style is closed right after it: drop the reset too.
    let line = line.strip_prefix("\x1b[0m").unwrap_or(line).trim_start();
    let line = line.replace("[OPTIONS]", ES.t(Clap::OptionsTag));
    PLACEHOLDERS.iter().fold(line, |line, (en, es)| {
        line.replace(&format!("<{en}>"), &format!("<{es}>"))
            .replace(&format!("[{en}]"), &format!("[{es}]"))
    })
}

/// The help: the summary, the usage and the sections that have entries,
/// each under its Spanish heading.
fn template(command: &Command) -> String {
    let heading = |text: Clap| {
        let style = command.get_styles().get_header();
        format!("{}{}{}", style.render(), ES.t(text), style.render_reset())
    };
    let usage_style = command.get_styles().get_usage();
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}",
        usage_style.render(),
        ES.t(Clap::Usage),
        usage_style.render_reset()
    );
    let sections = [
        (command.has_subcommands(), Clap::Commands, "subcommands"),
        (
            command.get_positionals().next().is_some(),
            Clap::Arguments,
            "positionals",
        ),
        (
            command.get_arguments().any(|arg| !arg.is_positional()),
            Clap::Options,
            "options",
        ),
    ];
    for (_, title, tag) in sections.into_iter().filter(|(shown, ..)| *shown) {
        let _ = write!(template, "\n\n{}\n{{{tag}}}", heading(title));
    }
    template + "{after-help}"
}

/// An argument with its placeholder, help, default and possible values in
/// Spanish.
fn translated_arg(arg: Arg) -> Arg {
    match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            return arg.help(ES.t(Clap::PrintHelp));
        }
        ArgAction::Version => return arg.help(ES.t(Clap::PrintVersion)),
        _ => {}
    }
    if arg.get_id() == "subcommand" {
        return arg
            .help(ES.t(Clap::HelpCommandArg))
            .value_name(ES.t(Clap::Command));
    }
    let help = help_with_values(&arg);
    let arg = match placeholder(&arg) {
        Some(name) => arg.value_name(name),
        None => arg,
    };
    arg.help(help)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// The Spanish placeholder of an argument that takes a value.
fn placeholder(arg: &Arg) -> Option<&'static str> {
    spanish_placeholder(&english_placeholder(arg)?)
}

/// The placeholder clap shows in English: the value name, else the
/// argument's id in capitals.
pub fn english_placeholder(arg: &Arg) -> Option<String> {
    if !arg.get_action().takes_values() {
        return None;
    }
    Some(match arg.get_value_names().and_then(<[_]>::first) {
        Some(name) => name.to_string(),
        None => arg.get_id().as_str().to_uppercase(),
    })
}

pub fn spanish_placeholder(english: &str) -> Option<&'static str> {
    PLACEHOLDERS
        .iter()
        .find(|(en, _)| *en == english)
        .map(|&(_, es)| es)
}

/// The help text, then "[por defecto: …]" and "[valores posibles: …]" as
/// clap writes them in English.
fn help_with_values(arg: &Arg) -> StyledStr {
    let mut help = arg.get_help().cloned().unwrap_or_default();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    let takes_values = arg.get_action().takes_values();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help.push_str(&format!(
            " [{}: {}]",
            ES.t(Clap::Default),
            defaults.join(", ")
        ));
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_string())
        .collect();
    if takes_values && !values.is_empty() && !arg.is_hide_possible_values_set() {
        help.push_str(&format!(
            " [{}: {}]",
            ES.t(Clap::PossibleValues),
            values.join(", ")
        ));
    }
    help
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A placeholder missing from the table would show in English.
    #[test]
    fn every_placeholder_has_its_spanish() {
        let mut program = super::super::help::english();
        program.build();
        let mut commands = vec![&program];
        let mut index = 0;
        while let Some(command) = commands.get(index) {
            commands.extend(command.get_subcommands());
            index += 1;
        }
        let missing: Vec<String> = commands
            .iter()
            .flat_map(|command| command.get_arguments())
            .filter_map(english_placeholder)
            .filter(|english| spanish_placeholder(english).is_none())
            .collect();
        assert!(missing.is_empty(), "no Spanish for {missing:?}");
    }
}
