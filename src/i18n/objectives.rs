//! Texts of the Objectives tab.

use chrono::Datelike;

texts! {
    /// A text of the Objectives tab.
    O;
    Title => "Objectives", "Objetivos";
    Empty => "Step 2 of the method: set objectives that can be measured, each with a metric, a target and a deadline (e.g. 2,000 Instagram followers by June). Press a to add the first one.", "Paso 2 del método: define objetivos medibles, cada uno con una métrica, una meta y una fecha límite (p. ej. 2.000 seguidores en Instagram para junio). Pulsa a para añadir el primero.";
    ColId => "ID", "ID";
    ColName => "Objective", "Objetivo";
    ColProgress => "Progress", "Progreso";
    ColValues => "Latest / target", "Último / meta";
    ColDeadline => "Deadline", "Límite";
    Metric => "Metric", "Métrica";
    Unit => "Unit", "Unidad";
    Channel => "Channel", "Canal";
    Direction => "Direction", "Dirección";
    Increase => "increase", "aumentar";
    Decrease => "decrease", "reducir";
    Baseline => "Baseline", "Valor inicial";
    BaselineDate => "Baseline date", "Fecha inicial";
    Target => "Target", "Meta";
    Deadline => "Deadline", "Fecha límite";
    Latest => "Latest", "Último";
    Active => "Active", "Activo";
    Measurements => "Measurements", "Mediciones";
    Revisions => "Revisions", "Reajustes";
    Id => "Id", "Id";
    IdHint => "Id: leave empty to make one from the name. Dates: YYYY-MM-DD.", "Id: déjalo vacío para crearlo a partir del nombre. Fechas: DD/MM/AAAA o AAAA-MM-DD.";
    Name => "Name", "Nombre";
    Reason => "Reason", "Motivo";
    ReasonHint => "Changing a target or deadline is a revision: the old values are kept with the reason.", "Cambiar una meta o una fecha límite es un reajuste: se guardan los valores anteriores con el motivo.";
    ReasonNeeded => "Say why the target or deadline changes.", "Explica por qué cambia la meta o la fecha límite.";
    AddTitle => "New objective", "Nuevo objetivo";
    EditTitle => "Edit objective", "Editar objetivo";
    ReviseTitle => "Revise target and deadline", "Reajustar meta y fecha límite";
    MeasureTitle => "Record a value", "Registrar un valor";
    Value => "Value", "Valor";
    Date => "Date", "Fecha";
    Note => "Note", "Nota";
    NoChannel => "(none)", "(ninguno)";
    Delete => "Delete objective", "¿Borrar el objetivo";
    AlsoUnlinked => "It is also removed from the campaigns that serve it:", "También se quitará de sus campañas vinculadas:";
    Added => "added objective", "alta del objetivo";
    Edited => "changed objective", "cambios en el objetivo";
    Deleted => "deleted objective", "borrado del objetivo";
    Revised => "new target for", "reajuste del objetivo";
    Measured => "recorded value of", "valor registrado de";
    NoTarget => "no target", "sin meta";
    NameRestated =>
        "The name states the old target: a new name is suggested. Save again to keep it, or change it.",
        "El nombre dice la meta anterior: se propone un nombre nuevo. Guarda otra vez para quedártelo, o cámbialo.";
}

impl super::Lang {
    /// A target change as a sentence, under the date it was made:
    /// ("30 Nov 2026", "target 5 → 6, because the ads started late"); the
    /// deadline is named only when it moved.
    pub fn revision_line(self, r: &crate::domain::Revision, arrow: &str) -> (String, String) {
        let date = self
            .short_date(r.date, r.date.year() + 1)
            .trim_start()
            .to_string();
        let old = r.old_target.map_or_else(|| "-".into(), |t| self.num(t));
        let new = self.num(r.new_target);
        let mut change = self.pick(
            format!("target {old} {arrow} {new}"),
            format!("meta {old} {arrow} {new}"),
        );
        if r.old_deadline != Some(r.new_deadline) {
            let old = r.old_deadline.map_or_else(|| "-".into(), |d| self.date(d));
            let new = self.date(r.new_deadline);
            change = self.pick(
                format!("{change}, deadline {old} {arrow} {new}"),
                format!("{change}, fecha límite {old} {arrow} {new}"),
            );
        }
        let reason = r.reason.trim();
        if !reason.is_empty() {
            change = self.pick(
                format!("{change}, because {reason}"),
                format!("{change}, porque {reason}"),
            );
        }
        (date, change)
    }
}
