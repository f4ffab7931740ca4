//! What the TUI says when the person's editor ($VISUAL/$EDITOR) did not
//! give a text back; the field keeps what it held.

use super::Lang;

impl Lang {
    pub fn editor_not_started(self, command: &str, error: &str) -> String {
        match self {
            Lang::En => format!(
                "The editor \"{command}\" could not start ({error}); the field is unchanged. Set $VISUAL or $EDITOR."
            ),
            Lang::Es => format!(
                "No se ha podido abrir el editor «{command}» ({error}); el campo no cambia. Define $VISUAL o $EDITOR."
            ),
        }
    }

    /// `code`: the exit status, None when a signal ended it.
    pub fn editor_failed(self, command: &str, code: Option<i32>) -> String {
        match (self, code) {
            (Lang::En, Some(code)) => format!(
                "The editor \"{command}\" exited with status {code}; the field is unchanged."
            ),
            (Lang::En, None) => {
                format!("The editor \"{command}\" was stopped; the field is unchanged.")
            }
            (Lang::Es, Some(code)) => format!(
                "El editor «{command}» ha terminado con el código {code}; el campo no cambia."
            ),
            (Lang::Es, None) => {
                format!("El editor «{command}» se ha detenido; el campo no cambia.")
            }
        }
    }

    pub fn editor_file(self, error: &str) -> String {
        match self {
            Lang::En => format!(
                "The text could not pass through a temporary file ({error}); the field is unchanged."
            ),
            Lang::Es => format!(
                "El texto no ha podido pasar por un archivo temporal ({error}); el campo no cambia."
            ),
        }
    }
}
