//! Texts of the Objectives tab.

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
    Revisions => "Revisions", "Revisiones";
    Id => "Id", "Id";
    IdHint => "Id: leave empty to make one from the name. Dates: YYYY-MM-DD.", "Id: déjalo vacío para crearlo a partir del nombre. Fechas: AAAA-MM-DD.";
    Name => "Name", "Nombre";
    Reason => "Reason", "Motivo";
    ReasonHint => "Changing a target or deadline is a revision: the old values are kept with the reason.", "Cambiar una meta o una fecha límite es una revisión: se guardan los valores anteriores con el motivo.";
    ReasonNeeded => "Say why the target or deadline changes.", "Explica por qué cambia la meta o la fecha límite.";
    AddTitle => "New objective", "Nuevo objetivo";
    EditTitle => "Edit objective", "Editar objetivo";
    ReviseTitle => "Revise target and deadline", "Revisar meta y fecha límite";
    MeasureTitle => "Record a value", "Registrar un valor";
    Value => "Value", "Valor";
    Date => "Date", "Fecha";
    Note => "Note", "Nota";
    NoChannel => "(none)", "(ninguno)";
    Delete => "Delete objective", "¿Borrar el objetivo";
    AlsoUnlinked => "It is also removed from the campaigns that serve it:", "También se quitará de las campañas que lo sirven:";
    Added => "add objective", "añadir objetivo";
    Edited => "edit objective", "editar objetivo";
    Deleted => "delete objective", "borrar objetivo";
    Revised => "revise objective", "revisar objetivo";
    Measured => "record", "registrar";
    NoTarget => "no target", "sin meta";
}
