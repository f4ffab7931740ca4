//! Texts of the Review tab and the review form.

use super::Lang;
use crate::domain::Decision;

texts! {
    /// A text of the Review tab.
    R;
    Title => "Reviews", "Revisiones";
    AddTitle => "New review", "Nueva revisión";
    EditTitle => "Edit review", "Editar revisión";
    Date => "Date", "Fecha";
    Worked => "What worked", "Qué funcionó";
    DidNotWork => "What did not", "Qué no funcionó";
    Decision => "Decision", "Decisión";
    Notes => "Notes", "Notas";
    NoDecision => "(none yet)", "(aún ninguna)";
    KeepGoing => "keep going", "seguir así";
    ChangeStrategy => "change strategy", "cambiar de estrategia";
    ChangeObjective => "change objective", "cambiar de objetivo";
    Added => "added review", "alta de la revisión";
    Edited => "changed review", "cambios en la revisión";
    Deleted => "deleted review", "borrado de la revisión";
    Objectives => "Objectives", "Objetivos";
    CheckInHint => "w: weekly check-in", "w: seguimiento semanal";
    ColObjective => "Objective", "Objetivo";
    ColLatest => "Latest", "Último";
    ColDate => "Date", "Fecha";
    ColAgo => "Ago", "Hace";
    ColProgress => "Progress", "Progreso";
    ColTrend => "Trend", "Tendencia";
    ColProjected => "Projected", "Previsión";
    ColVerdict => "Status", "Estado";
    ColDecision => "Decision", "Decisión";
    ColWorked => "What worked", "Qué funcionó";
    Today => "today", "hoy";
    Review => "Review", "Revisión";
    Inactive => "inactive", "inactivo";
    Empty =>
        "Step 5 of the method: run the plan and check every week or month whether the objectives are met, then decide: keep going, change strategy or change objective. The objectives come from tab 2: set them there first, then press w here for the weekly check-in.",
        "Paso 5 del método: pon el plan en marcha y comprueba cada semana o cada mes si se cumplen los objetivos; después decide: seguir así, cambiar de estrategia o cambiar de objetivo. Los objetivos vienen de la pestaña 2: defínelos allí primero y luego pulsa w aquí para el seguimiento semanal.";
    NoObjectives =>
        "No objectives to follow: set them in tab 2 (Objectives).",
        "No hay objetivos que seguir: defínelos en la pestaña 2 (Objetivos).";
    NoReviews =>
        "No reviews yet. Press w for the weekly check-in: it asks for this week's value of each active objective, then what worked, what did not and what you decide. Press a to write a review without it.",
        "Aún no hay revisiones. Pulsa w para el seguimiento semanal: pide el valor de esta semana de cada objetivo activo y después qué funcionó, qué no y qué decides. Pulsa a para escribir una revisión sin él.";
}

impl Lang {
    /// How long ago an objective was last measured: "today", "9d".
    pub fn review_ago(self, days: i64) -> String {
        if days <= 0 {
            self.t(R::Today).to_string()
        } else {
            format!("{days}d")
        }
    }

    /// "Objectives (7)", or "Objectives (4/7)" when only some fit the table.
    pub fn objectives_title(self, shown: usize, total: usize) -> String {
        let title = self.t(R::Objectives);
        if shown < total {
            format!("{title} ({shown}/{total})")
        } else {
            format!("{title} ({total})")
        }
    }
}

impl Lang {
    /// What a review decided, in words: "keep going", "seguir así".
    pub fn decision(self, decision: Decision) -> &'static str {
        self.t(match decision {
            Decision::KeepGoing => R::KeepGoing,
            Decision::ChangeStrategy => R::ChangeStrategy,
            Decision::ChangeObjective => R::ChangeObjective,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_are_short() {
        assert_eq!(Lang::En.review_ago(0), "today");
        assert_eq!(Lang::Es.review_ago(0), "hoy");
        assert_eq!(Lang::Es.review_ago(9), "9d");
    }
}
