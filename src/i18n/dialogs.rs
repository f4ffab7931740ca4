//! What the keys of a dialog are called, in its footer and in the help.

texts! {
    /// A dialog key's name.
    Dlg;
    Yes => "yes", "sí";
    No => "no", "no";
    Discard => "discard", "descartar";
    KeepEditing => "keep editing", "seguir editando";
    QuitDiscarding => "quit", "salir";
    WriteBack => "write it back", "escribirlo";
    NotNow => "not now", "ahora no";
    WriteBackAndQuit => "write it back and quit", "escribirlo y salir";
    QuitWithout => "quit without it", "salir sin él";
    Stay => "stay", "quedarse";
    SaveToFile => "save to a file", "guardar en un fichero";
    QuitLosing => "quit and lose them", "salir y perderlos";
    Choose => "choose", "elegir";
    Apply => "apply", "aplicar";
    Tick => "tick", "marcar";
    TickAll => "all", "todos";
    KeepMine => "keep mine", "el mío";
    KeepTheirs => "keep the file's", "el del fichero";
    Later => "later", "luego";
    Record => "record", "registrar";
    Continue => "continue", "continuar";
    Skip => "skip", "saltar";
    Back => "back", "atrás";
    Stop => "stop", "parar";
    Edit => "edit", "editar";
}
