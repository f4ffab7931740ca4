//! How keys are named in hints and help: Spanish keyboards print "Intro",
//! "Mayús", "RePág"/"AvPág" and "Inicio"/"Fin" on their keys. The arrows
//! are written out only where ASCII alone may be drawn.

texts! {
    /// The name of a key that is not a character.
    KeyName;
    Space => "Space", "Espacio";
    Enter => "Enter", "Intro";
    BackTab => "Shift-Tab", "Mayús+Tab";
    PageUp => "PgUp", "RePág";
    PageDown => "PgDn", "AvPág";
    Home => "Home", "Inicio";
    End => "End", "Fin";
    Up => "Up", "Arriba";
    Down => "Down", "Abajo";
    Left => "Left", "Izq";
    Right => "Right", "Der";
}

impl super::Lang {
    /// A control key: "Ctrl-r", and "Ctrl+R" as Spanish manuals write it.
    pub fn ctrl_key(self, c: char) -> String {
        match self {
            super::Lang::En => format!("Ctrl-{c}"),
            super::Lang::Es => format!("Ctrl+{}", c.to_ascii_uppercase()),
        }
    }
}
