//! Texts of an objective's measurement history and of the check-in's date.

use crate::i18n::Lang;

texts! {
    /// A text of the measurement history.
    H;
    Title => "Measurements", "Mediciones";
    Empty => "No value recorded yet: press m to record the first one. The baseline is the objective's starting point.", "Aún no hay valores registrados: pulsa m para registrar el primero. El valor inicial es el punto de partida del objetivo.";
    ColDate => "Date", "Fecha";
    ColValue => "Value", "Valor";
    ColNote => "Note", "Nota";
    Baseline => "baseline", "valor inicial";
    BaselineReadOnly => "The baseline is the objective's starting point: change it in the objective's form (Enter in the Objectives tab).", "El valor inicial es el punto de partida del objetivo: se cambia en su formulario (Intro en la pestaña Objetivos).";
    EditTitle => "Edit a measurement", "Editar una medición";
    DateTaken => "That date already has a value: edit that one instead.", "Esa fecha ya tiene un valor: edita ese.";
    Edited => "changed measurement", "cambios en la medición";
    Deleted => "deleted measurement", "borrado de la medición";
    Gone => "This objective is no longer in the plan.", "Este objetivo ya no está en el plan.";
    CheckInDate => "Which day are these values from?", "¿De qué día son estos valores?";
    CheckInDateHint => "Today, or an earlier day (Monday's check-in records Sunday's numbers). Every value of this check-in is recorded on that date.", "Hoy o un día anterior (el seguimiento del lunes registra los números del domingo). Todos los valores de este seguimiento se registran en esa fecha.";
}

impl Lang {
    /// "Measurements — Instagram followers (5)".
    pub fn measurements_of(self, objective: &str, dash: &str, count: usize) -> String {
        format!("{}{dash}{objective} ({count})", self.t(H::Title))
    }

    /// "Delete the value of 2027-01-17 (1700)?"
    pub fn delete_measurement_question(self, date: &str, value: &str) -> String {
        self.pick(
            format!("Delete the value of {date} ({value})?"),
            format!("¿Borrar el valor del {date} ({value})?"),
        )
    }

    /// The check-in's date is before every objective's baseline.
    pub fn before_every_baseline(self, earliest: &str) -> String {
        self.pick(
            format!("No objective had started by then: the earliest baseline is {earliest}."),
            format!("Ningún objetivo había empezado entonces: el valor inicial más antiguo es del {earliest}."),
        )
    }
}
