//! Texts of the Review tab and the review form.

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
    Added => "add review", "añadir revisión";
    Edited => "edit review", "editar revisión";
    Deleted => "delete review", "borrar revisión";
}
