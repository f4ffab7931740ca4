//! Texts of the protocols: the integral plan's rules of behaviour, listed
//! in the Review tab (step 5), their form and the report's section.

use super::Lang;
use crate::domain::Scope;

texts! {
    /// A text about protocols.
    P;
    Title => "Protocols", "Protocolos";
    Protocol => "Protocol", "Protocolo";
    Name => "Name", "Nombre";
    Scope => "Scope", "Ámbito";
    Internal => "internal", "interno";
    External => "external", "externo";
    Trigger => "When it applies", "Cuándo se aplica";
    Steps => "Steps", "Pasos";
    Owner => "Owner", "Responsable";
    ResponseTime => "Response time", "Tiempo de respuesta";
    ColName => "Protocol", "Protocolo";
    ColScope => "Scope", "Ámbito";
    ColOwner => "Owner", "Responsable";
    ColResponse => "Respond in", "Responder en";
    AddTitle => "New protocol", "Nuevo protocolo";
    EditTitle => "Edit protocol", "Editar protocolo";
    // A form note: one line of at most 70 cells (a form is 72 wide).
    Hint =>
        "Steps: Enter starts the next. Time: e.g. within 24 h. Ctrl-o: $EDITOR.",
        "Pasos: Intro, otro paso. Tiempo: p. ej. antes de 24 h. Ctrl+O: $EDITOR.";
    Added => "added protocol", "alta del protocolo";
    Edited => "changed protocol", "cambios en el protocolo";
    Deleted => "deleted protocol", "borrado del protocolo";
    Empty =>
        "The plan's rules of behaviour, internal and external: what the team does, who answers for it and how fast, when a negative review, a crisis or a post that needs approval comes. Press a to write one.",
        "Las normas de comportamiento del plan, internas y externas: qué hace el equipo, quién responde y en cuánto tiempo cuando llega una reseña negativa, una crisis o una publicación que necesita aprobación. Pulsa a para escribir uno.";
}

impl Lang {
    /// "internal" or "external".
    pub fn scope(self, scope: Scope) -> &'static str {
        self.t(match scope {
            Scope::Internal => P::Internal,
            Scope::External => P::External,
        })
    }
}
