//! Texts of the weekly check-in.

texts! {
    /// A text of the weekly check-in.
    C;
    Title => "Weekly check-in", "Seguimiento semanal";
    Record => "record", "registrar";
    Skip => "skip", "saltar";
    Stop => "stop", "parar";
    Last => "last", "último";
    Target => "target", "meta";
    Value => "value on", "valor del";
    NoActive => "No active objectives to check: add objectives in tab 2 first.", "No hay objetivos activos que medir: añade objetivos en la pestaña 2.";
    Stopped => "Check-in stopped", "Seguimiento interrumpido";
    Done => "Check-in done", "Seguimiento terminado";
    ReviewTitle => "This week's review (optional)", "Revisión de la semana (opcional)";
    Unchanged => "unchanged", "sin cambios";
}
