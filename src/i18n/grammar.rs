//! What a sentence about a field or a kind of item needs to agree with it:
//! "the notes are", "las notas tienen", "an objective", "una campaña".

use crate::domain::Field;

use super::Lang;

/// A field named as the subject of a sentence, with what its verb and
/// adjectives agree with.
pub(super) struct Subject {
    /// "the notes", "las notas", "“what works”".
    pub text: String,
    plural: bool,
    feminine: bool,
}

impl Subject {
    /// The verb's form: singular or plural, in `lang`.
    pub fn verb<'a>(&self, lang: Lang, en: (&'a str, &'a str), es: (&'a str, &'a str)) -> &'a str {
        let (one, many) = lang.pick(en, es);
        if self.plural { many } else { one }
    }

    /// A Spanish adjective's ending: -o, -a, -os, -as.
    pub fn ending(&self) -> &'static str {
        match (self.feminine, self.plural) {
            (false, false) => "o",
            (true, false) => "a",
            (false, true) => "os",
            (true, true) => "as",
        }
    }
}

/// How a field's name behaves in a sentence.
#[derive(Clone, Copy)]
enum Noun {
    Masculine,
    Feminine,
    MasculinePlural,
    FemininePlural,
    /// A question ("what works"): quoted, with no article, singular.
    Quoted,
}

impl Lang {
    /// The form of a word that goes with `n`: `one` for 1, else `many`.
    pub(super) fn plural<'a>(
        self,
        n: usize,
        en: (&'a str, &'a str),
        es: (&'a str, &'a str),
    ) -> &'a str {
        let (one, many) = self.pick(en, es);
        if n == 1 { one } else { many }
    }

    /// `field` as the subject of a sentence: with its article, or quoted.
    pub(super) fn field_subject(self, field: Field) -> Subject {
        let name = self.field(field);
        let noun = noun(field);
        let plural = matches!(noun, Noun::MasculinePlural | Noun::FemininePlural)
            && (self == Lang::Es || english_plural(field));
        let feminine = matches!(noun, Noun::Feminine | Noun::FemininePlural);
        let text = match (noun, self) {
            (Noun::Quoted, Lang::En) => format!("“{name}”"),
            (Noun::Quoted, Lang::Es) => format!("«{name}»"),
            (_, Lang::En) => format!("the {name}"),
            (_, Lang::Es) => {
                let article = match (feminine, plural) {
                    (false, false) => "el",
                    (true, false) => "la",
                    (false, true) => "los",
                    (true, true) => "las",
                };
                format!("{article} {name}")
            }
        };
        Subject {
            text,
            plural,
            feminine,
        }
    }
}

/// "an objective", "a campaign".
pub(super) fn indefinite(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Fields whose English name is plural too ("posts per week" is one
/// number: singular).
fn english_plural(field: Field) -> bool {
    matches!(
        field,
        Field::Notes
            | Field::SituationNotes
            | Field::WeeklyHours
            | Field::Interests
            | Field::Followers
            | Field::Steps
    )
}

/// The Spanish name's gender and number, or a question to quote.
fn noun(field: Field) -> Noun {
    use Field as F;
    match field {
        F::Notes | F::SituationNotes | F::WeeklyHours | F::PostsPerWeek => Noun::FemininePlural,
        F::Interests | F::Followers | F::Steps => Noun::MasculinePlural,
        F::Metric
        | F::Unit
        | F::Target
        | F::Deadline
        | F::Note
        | F::Audience
        | F::Engagement
        | F::Date
        | F::Campaign
        | F::Time
        | F::Asset
        | F::Fit
        | F::AgeMin
        | F::AgeMax => Noun::Feminine,
        F::Places | F::Works | F::Fails | F::Worked | F::DidNotWork | F::Trigger => Noun::Quoted,
        F::PlanName
        | F::Id
        | F::Name
        | F::Channel
        | F::Baseline
        | F::Value
        | F::Reason
        | F::Budget
        | F::Amount
        | F::MonthlyBudget
        | F::CopyLimit
        | F::Start
        | F::End
        | F::Message
        | F::Owner
        | F::Reach
        | F::Title
        | F::Copy
        | F::Link
        | F::ResponseTime => Noun::Masculine,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        Text, actions, agenda, calendar, channels, check, checkin, clap_words, compare, dialogs,
        exchange, history, objectives, post_screen, posts, protocols, results, review, situation,
        spend, texts, ui,
    };
    use super::*;

    fn all<E: Text>(texts: &[E]) -> Vec<&'static str> {
        texts
            .iter()
            .flat_map(|&text| [text.text(Lang::En), text.text(Lang::Es)])
            .collect()
    }

    /// Every fixed text of the catalog, in both languages.
    fn catalog() -> Vec<&'static str> {
        [
            all(actions::A::ALL),
            all(agenda::A::ALL),
            all(calendar::Cal::ALL),
            all(channels::Ch::ALL),
            all(check::K::ALL),
            all(checkin::C::ALL),
            all(clap_words::Clap::ALL),
            all(compare::Cmp::ALL),
            all(dialogs::Dlg::ALL),
            all(exchange::X::ALL),
            all(history::H::ALL),
            all(objectives::O::ALL),
            all(post_screen::Ps::ALL),
            all(posts::P::ALL),
            all(protocols::P::ALL),
            all(results::R::ALL),
            all(review::R::ALL),
            all(situation::S::ALL),
            all(spend::S::ALL),
            all(texts::T::ALL),
            all(ui::Ui::ALL),
        ]
        .concat()
    }

    /// Sentences that rightly start in lowercase: what the command line
    /// prints after "error: ", what follows a label ("Reason: none yet…"),
    /// and sentences that start with a key or a command ("m records…",
    /// "git runs it…").
    fn lowercase_by_design() -> Vec<&'static str> {
        use texts::T;
        [
            all(&[
                T::NeedsTerminal,
                T::ReadOnly,
                T::NoDataDir,
                T::CampaignSetNothing,
                T::HelpMergeAfter,
                T::GitSetupNote,
            ]),
            all(&[posts::P::SetNothing]),
            all(&[channels::Ch::NoReason]),
            all(&[post_screen::Ps::NotAnObjective]),
        ]
        .concat()
    }

    /// A whole sentence (words ending with a full stop) starts with a
    /// capital; labels and fragments ("quit", "h/sem.") may not.
    #[test]
    fn no_sentence_of_the_catalog_starts_in_lowercase() {
        let by_design = lowercase_by_design();
        let lowercase: Vec<&str> = catalog()
            .into_iter()
            .filter(|text| text.contains(' ') && text.ends_with(['.', '!', '?']))
            .filter(|text| !by_design.contains(text))
            .filter(|text| text.chars().next().is_some_and(char::is_lowercase))
            .collect();
        assert!(lowercase.is_empty(), "{lowercase:#?}");
    }

    fn duplicate(kind: crate::domain::Kind) -> crate::domain::EditError {
        crate::domain::EditError::Duplicate {
            kind,
            key: "x".into(),
            field: Field::Id,
        }
    }

    #[test]
    fn a_duplicate_takes_the_article_of_its_kind() {
        use crate::domain::Kind;
        let said = |lang: Lang, kind| lang.edit_error(&duplicate(kind));
        assert!(said(Lang::En, Kind::Objective).starts_with("an objective \"x\" already exists"));
        assert!(said(Lang::En, Kind::Campaign).starts_with("a campaign \"x\" already exists"));
        assert!(said(Lang::Es, Kind::Objective).starts_with("ya existe un objetivo \"x\""));
        assert!(said(Lang::Es, Kind::Campaign).starts_with("ya existe una campaña \"x\""));
    }

    #[test]
    fn a_field_agrees_with_its_verb_and_adjective() {
        use crate::domain::EditError as E;
        let says = |lang: Lang, error: E, expected: &str| {
            let said = lang.edit_error(&error);
            assert!(said.starts_with(expected), "{said}");
        };
        let too_long = |field| E::TooLong { field, max: 9 };
        says(
            Lang::En,
            too_long(Field::Notes),
            "the notes are longer than 9",
        );
        says(
            Lang::Es,
            too_long(Field::Notes),
            "las notas tienen más de 9",
        );
        says(Lang::En, too_long(Field::Name), "the name is longer than 9");
        says(Lang::Es, too_long(Field::Name), "el nombre tiene más de 9");
        says(
            Lang::Es,
            E::Negative(Field::Target),
            "la meta no puede ser negativa.",
        );
        says(
            Lang::Es,
            E::Negative(Field::Budget),
            "el presupuesto no puede ser negativo.",
        );
        says(
            Lang::Es,
            E::Empty(Field::Notes),
            "faltan las notas: escribe algo.",
        );
        says(
            Lang::En,
            E::Empty(Field::Works),
            "“what works” is empty: write",
        );
    }

    #[test]
    fn a_count_takes_the_plural_only_when_not_one() {
        assert_eq!(
            Lang::En.import_refused(1),
            "nothing was imported: 1 row needs fixing first."
        );
        assert_eq!(
            Lang::En.import_refused(2),
            "nothing was imported: 2 rows need fixing first."
        );
        assert_eq!(
            Lang::Es.import_refused(1),
            "no se ha importado nada: hay que corregir antes 1 fila."
        );
        assert_eq!(Lang::En.days_left(-1), "1 day overdue");
        assert_eq!(Lang::Es.days_left(-1), "vencido hace 1 día");
    }
}
