//! What a merge says: each conflict (the item, the field, the three values
//! and why), and what `git-setup` did; and what a session's conflict says
//! (the field changed elsewhere, its value now and the one wanted).

use serde_json::Value;

use super::{Lang, number};
use crate::domain::{Cause, Conflict, Side};
use crate::text::{escape_disruptive, truncate};

/// Longest value shown in a conflict, in display cells: a note of a thousand
/// words would bury the other conflicts.
const SHOWN_VALUE: usize = 60;

impl Lang {
    /// A conflict, said whole: what, which field, the value there now and
    /// the one wanted, and that nothing was changed.
    pub fn changed(self, changed: &Conflict) -> String {
        let what = self.changed_item(changed);
        let field = self.field_named(&changed.field);
        let found = self.value(changed.theirs.as_ref());
        let wanted = self.value(changed.ours.as_ref());
        self.pick(
            format!("{what}: {field} was changed elsewhere since you read it; it is now {found}, and your change would make it {wanted}. Nothing was changed: look at it again and repeat your change if it still applies."),
            format!("{what}: {field} ha cambiado en otra parte desde que lo leíste; ahora es {found} y tu cambio lo dejaría en {wanted}. No se ha cambiado nada: vuelve a mirarlo y repite el cambio si sigue siendo válido."),
        )
    }

    /// A field as the file names it (`budget`, `measurements[2027-01-20]`),
    /// said in the person's language ("budget", "the value of 2027-01-20");
    /// a name this build does not know is shown as it is.
    pub fn field_named(self, name: &str) -> String {
        use crate::domain::Field as F;
        if let Some(date) = name
            .strip_prefix("measurements[")
            .and_then(|rest| rest.strip_suffix(']'))
        {
            let date = escape_disruptive(date);
            return self.pick(
                format!("the value of {date}"),
                format!("el valor del {date}"),
            );
        }
        let field = match name {
            "name" => F::Name,
            "notes" => F::Notes,
            "metric" => F::Metric,
            "unit" => F::Unit,
            "channel" => F::Channel,
            "target" => F::Target,
            "deadline" => F::Deadline,
            "budget" => F::Budget,
            "start" => F::Start,
            "end" => F::End,
            "audience" => F::Audience,
            "message" => F::Message,
            "owner" => F::Owner,
            "places" => F::Places,
            "interests" => F::Interests,
            "works" => F::Works,
            "fails" => F::Fails,
            "worked" => F::Worked,
            "did_not_work" => F::DidNotWork,
            "followers" => F::Followers,
            "reach" => F::Reach,
            "engagement" => F::Engagement,
            "date" => F::Date,
            "monthly_budget" => F::MonthlyBudget,
            "weekly_hours" => F::WeeklyHours,
            "posts_per_week" => F::PostsPerWeek,
            "copy_limit" => F::CopyLimit,
            "reason" => F::Reason,
            // Fields no error names: said here.
            other => {
                let (en, es) = match other {
                    "status" => ("status", "estado"),
                    "objectives" => ("objectives", "objetivos"),
                    "kind" => ("kind", "tipo"),
                    "colour" => ("colour", "color"),
                    "active" => ("active", "activo"),
                    "currency" => ("currency", "moneda"),
                    "situation.notes" => ("situation notes", "notas de la situación"),
                    "revisions" => ("revisions", "reajustes"),
                    "decision" => ("decision", "decisión"),
                    "direction" => ("direction", "sentido"),
                    _ => return escape_disruptive(other),
                };
                return self.pick(en, es).to_string();
            }
        };
        self.field(field).to_string()
    }

    /// "the campaign “welcome”", or "the plan".
    pub fn changed_item(self, changed: &Conflict) -> String {
        match &changed.item {
            Some((kind, key)) => {
                let key = escape_disruptive(key);
                self.pick(
                    format!("the {} “{key}”", self.kind(*kind)),
                    format!("{} «{key}»", self.kind_with_article(*kind)),
                )
            }
            None => self.pick("the plan", "el plan").to_string(),
        }
    }

    /// A value of the file as a person reads it: text quoted, numbers as
    /// numbers, nothing as "(nothing)", lists joined.
    pub fn value(self, value: Option<&serde_json::Value>) -> String {
        use serde_json::Value as V;
        let Some(value) = value else {
            return self.pick("(nothing)", "(nada)").to_string();
        };
        match value {
            V::Null => self.pick("(nothing)", "(nada)").to_string(),
            V::Bool(true) => self.pick("yes", "sí").to_string(),
            V::Bool(false) => self.pick("no", "no").to_string(),
            V::Number(n) => n.as_f64().map_or_else(|| n.to_string(), number),
            V::String(s) if s.is_empty() => self.pick("(empty)", "(vacío)").to_string(),
            V::String(s) => {
                let s = escape_disruptive(s);
                self.pick(format!("“{s}”"), format!("«{s}»"))
            }
            V::Array(items) if items.is_empty() => self.pick("(none)", "(ninguno)").to_string(),
            V::Array(items) => items
                .iter()
                .map(|v| match v {
                    V::String(s) => escape_disruptive(s),
                    other => self.value(Some(other)),
                })
                .collect::<Vec<_>>()
                .join(", "),
            V::Object(_) => escape_disruptive(&value.to_string()),
        }
    }

    /// One conflict in a line: "campaign spring, budget: changed on both
    /// sides: base “50.00”, ours “75.00”, theirs “90.00”; ours kept."
    pub fn conflict(self, conflict: &Conflict) -> String {
        let subject = self.conflict_subject(conflict);
        let [base, ours, theirs] = [&conflict.base, &conflict.ours, &conflict.theirs]
            .map(|value| self.conflict_value(value.as_ref(), conflict.base.is_some()));
        match (&conflict.cause, self) {
            (Cause::Changed, Lang::En) => format!(
                "{subject}: changed on both sides: base {base}, ours {ours}, theirs {theirs}; ours kept."
            ),
            (Cause::Changed, Lang::Es) => format!(
                "{subject}: cambiado en los dos lados: base {base}, nuestro {ours}, suyo {theirs}; se queda el nuestro."
            ),
            (Cause::Added, Lang::En) => format!(
                "{subject}: added on both sides with different values: ours {ours}, theirs {theirs}; ours kept."
            ),
            (Cause::Added, Lang::Es) => format!(
                "{subject}: añadido en los dos lados con valores distintos: nuestro {ours}, suyo {theirs}; se queda el nuestro."
            ),
            (Cause::Deleted(Side::Ours), Lang::En) => format!(
                "{subject}: deleted on our side, changed on theirs: base {base}, theirs {theirs}; ours kept (deleted)."
            ),
            (Cause::Deleted(Side::Ours), Lang::Es) => format!(
                "{subject}: borrado en nuestro lado y cambiado en el suyo: base {base}, suyo {theirs}; se queda el nuestro (borrado)."
            ),
            (Cause::Deleted(Side::Theirs), Lang::En) => format!(
                "{subject}: changed on our side, deleted on theirs: base {base}, ours {ours}; ours kept."
            ),
            (Cause::Deleted(Side::Theirs), Lang::Es) => format!(
                "{subject}: cambiado en nuestro lado y borrado en el suyo: base {base}, nuestro {ours}; se queda el nuestro."
            ),
            (Cause::Rule(error), Lang::En) => format!(
                "{subject}: base {base}, ours {ours}, theirs {theirs}; ours kept, because the two sides' changes together break a rule: {}",
                self.edit_error(error)
            ),
            (Cause::Rule(error), Lang::Es) => format!(
                "{subject}: base {base}, nuestro {ours}, suyo {theirs}; se queda el nuestro, porque los cambios de los dos lados juntos incumplen una regla: {}",
                self.edit_error(error)
            ),
        }
    }

    /// "campaign spring, budget"; "the plan, name"; "campaign spring" for the whole item.
    fn conflict_subject(self, conflict: &Conflict) -> String {
        let item = match &conflict.item {
            Some((kind, key)) => format!("{} {}", self.kind(*kind), escape_disruptive(key)),
            None => self.pick("the plan", "el plan").to_string(),
        };
        if conflict.field.is_empty() {
            item
        } else {
            format!("{item}, {}", escape_disruptive(&conflict.field))
        }
    }

    /// A value as the file writes it, texts in quotes; an item that is not
    /// there is "(deleted)" when the base had it, "(none)" when it did not.
    fn conflict_value(self, value: Option<&Value>, in_base: bool) -> String {
        let shown = |text: &str| truncate(&escape_disruptive(text), SHOWN_VALUE, "…");
        match value {
            None if in_base => self.pick("(deleted)", "(borrado)").to_string(),
            None => self.pick("(none)", "(no hay)").to_string(),
            Some(Value::String(text)) => {
                self.pick(format!("“{}”", shown(text)), format!("«{}»", shown(text)))
            }
            Some(other) => shown(&other.to_string()),
        }
    }

    /// What `merge` says when the two sides conflict: how many, that the
    /// file is written all the same, what to do, then one line each.
    pub fn merge_conflicts(self, conflicts: &[Conflict]) -> String {
        let n = conflicts.len();
        let mut out = match (self, n) {
            (Lang::En, 1) => "the merge found 1 conflict. The plan keeps our side's value for it and is valid; settle it (change the plan as you want, with socialplan or by hand), then `git add` the file:".to_string(),
            (Lang::En, _) => format!("the merge found {n} conflicts. The plan keeps our side's value for each and is valid; settle them (change the plan as you want, with socialplan or by hand), then `git add` the file:"),
            (Lang::Es, 1) => "la fusión ha encontrado 1 conflicto. El plan conserva nuestro valor y es válido; resuélvelo (cambia el plan como quieras, con socialplan o a mano) y después haz `git add` del fichero:".to_string(),
            (Lang::Es, _) => format!("la fusión ha encontrado {n} conflictos. El plan conserva nuestro valor en cada uno y es válido; resuélvelos (cambia el plan como quieras, con socialplan o a mano) y después haz `git add` del fichero:"),
        };
        for conflict in conflicts {
            out.push_str("\n  - ");
            out.push_str(&self.conflict(conflict));
        }
        out
    }

    /// `git-setup` added a setting or a line: "  .gitignore: added /plan.json.bak".
    pub fn setup_added(self, place: &str, value: &str) -> String {
        let value = escape_disruptive(value);
        self.pick(
            format!("{place}: added {value}"),
            format!("{place}: añadido {value}"),
        )
    }

    /// `git-setup` found a setting or a line already there.
    pub fn setup_present(self, place: &str, value: &str) -> String {
        let value = escape_disruptive(value);
        self.pick(
            format!("{place}: already has {value}"),
            format!("{place}: ya tiene {value}"),
        )
    }

    /// `git-setup` found a setting with another value, and left it.
    pub fn setup_left(self, place: &str, found: &str, wanted: &str) -> String {
        let (found, wanted) = (escape_disruptive(found), escape_disruptive(wanted));
        self.pick(
            format!("{place}: left as it is, {found} (socialplan would set {wanted}; change it with git config if you want)"),
            format!("{place}: se deja como está, {found} (socialplan pondría {wanted}; cámbialo con git config si quieres)"),
        )
    }

    /// The plan's directory is in no git repository.
    pub fn not_in_git(self, dir: &std::path::Path, why: &str) -> String {
        let (dir, why) = (crate::text::shown_path(dir), escape_disruptive(why.trim()));
        self.pick(
            format!("{dir} is not in a git repository ({why}): put the plan in one (`git init` there), or give --file a plan that is."),
            format!("{dir} no está en un repositorio git ({why}): pon el plan en uno (`git init` allí), o indica con --file un plan que lo esté."),
        )
    }

    /// git could not be run, or failed.
    pub fn git_failed(self, command: &str, why: &str) -> String {
        let why = escape_disruptive(why.trim());
        self.pick(
            format!("`{command}` failed: {why}. Is git installed and on PATH?"),
            format!("`{command}` ha fallado: {why}. ¿Está git instalado y en el PATH?"),
        )
    }

    /// A plan path git patterns cannot name.
    pub fn unnameable_in_git(self, path: &str) -> String {
        let path = escape_disruptive(path);
        self.pick(
            format!("the plan's path {path} holds a character .gitattributes and .gitignore cannot name (a control character, or not UTF-8): rename it."),
            format!("la ruta del plan {path} tiene un carácter que .gitattributes y .gitignore no pueden nombrar (un carácter de control, o no UTF-8): cámbiale el nombre."),
        )
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::{EditError, Kind};

    fn budget(cause: Cause) -> Conflict {
        Conflict {
            item: Some((Kind::Campaign, "spring".into())),
            field: "budget".into(),
            base: Some(json!("50.00")),
            ours: Some(json!("75.00")),
            theirs: Some(json!("90.00")),
            cause,
        }
    }

    #[test]
    fn a_conflict_names_the_item_the_field_and_the_three_values() {
        assert_eq!(
            Lang::En.conflict(&budget(Cause::Changed)),
            "campaign spring, budget: changed on both sides: base “50.00”, ours “75.00”, theirs “90.00”; ours kept."
        );
        assert_eq!(
            Lang::Es.conflict(&budget(Cause::Changed)),
            "campaña spring, budget: cambiado en los dos lados: base «50.00», nuestro «75.00», suyo «90.00»; se queda el nuestro."
        );
    }

    #[test]
    fn a_deleted_side_and_a_missing_base_say_so() {
        let deleted = Conflict {
            theirs: None,
            ..budget(Cause::Deleted(Side::Theirs))
        };
        assert!(Lang::En.conflict(&deleted).contains("deleted on theirs"));
        let added = Conflict {
            item: Some((Kind::Channel, "blog".into())),
            field: String::new(),
            base: None,
            ours: None,
            theirs: Some(json!({"id": "blog"})),
            cause: Cause::Rule(EditError::UnknownChannel("blog".into())),
        };
        let text = Lang::En.conflict(&added);
        assert!(
            text.starts_with("channel blog: base (none), ours (none), theirs {\"id\":\"blog\"}"),
            "{text}"
        );
        assert!(
            text.ends_with("there is no channel \"blog\": add it first or pick an existing one.")
        );
    }

    #[test]
    fn long_values_are_cut_and_control_characters_escaped() {
        let noisy = Conflict {
            item: None,
            field: "situation.notes".into(),
            base: Some(json!("a\u{1b}[2J")),
            ours: Some(json!("x".repeat(500))),
            theirs: Some(json!("y")),
            cause: Cause::Changed,
        };
        for lang in [Lang::En, Lang::Es] {
            let text = lang.conflict(&noisy);
            assert!(!text.chars().any(char::is_control), "{text:?}");
            assert!(text.len() < 300, "{text}");
        }
    }
}
