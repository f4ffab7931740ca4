//! Texts of the Situation tab.

use chrono::NaiveDate;

use super::Lang;

texts! {
    /// A text of the Situation tab.
    S;
    SectionFigures => "Channel figures", "Cifras por canal";
    SectionAudiences => "Audiences", "Públicos";
    SectionCompetitors => "Competitors", "Competidores";
    SectionNotes => "Notes", "Notas";
    EmptyFigures =>
        "Step 1 of the method: analyse where the brand stands today. No figures yet: write down where each channel stands now (followers, reach, engagement, with the date) so that later you can see what changed. Press a to add one.",
        "Paso 1 del método: analiza dónde está la marca hoy. Aún no hay cifras: anota cómo está cada canal ahora (seguidores, alcance, interacción, con la fecha) para ver más adelante qué ha cambiado. Pulsa a para añadir una.";
    EmptyAudiences =>
        "No audiences yet: describe who the brand talks to (customers and prospects, where they are, what they like and how old they are). Press a to add one.",
        "Aún no hay públicos: describe a quién se dirige la marca (clientes y prospectos, dónde están, qué les gusta y qué edad tienen). Pulsa a para añadir una.";
    EmptyCompetitors =>
        "No competitors yet: note who competes for the same people, where they are, and what works and what does not work for them. Press a to add one.",
        "Aún no hay competidores: anota quién compite por la misma gente, dónde está y qué le funciona y qué no. Pulsa a para añadir uno.";
    EmptyNotes =>
        "No notes yet: anything else about today's situation, such as how sales go, the seasons or what customers say. Press a or e to write them.",
        "Aún no hay notas: cualquier otra cosa sobre la situación de hoy, por ejemplo cómo van las ventas, las temporadas o qué dicen los clientes. Pulsa a o e para escribirlas.";
    ColChannel => "Channel", "Canal";
    ColDate => "Date", "Fecha";
    ColFollowers => "Followers", "Seguidores";
    ColReach => "Reach", "Alcance";
    ColEngagement => "Engagement", "Interacción";
    ColName => "Name", "Nombre";
    ColKind => "Kind", "Tipo";
    ColAge => "Age", "Edad";
    ColPlaces => "Where", "Dónde";
    ColWorks => "What works", "Qué le funciona";
    Channel => "Channel", "Canal";
    Date => "Date", "Fecha";
    Followers => "Followers", "Seguidores";
    Reach => "Reach / impressions", "Alcance / impresiones";
    Engagement => "Engagement %", "Interacción %";
    Name => "Name", "Nombre";
    Kind => "Kind", "Tipo";
    Customer => "customer", "cliente";
    Prospect => "prospect", "prospecto";
    Places => "Where they are", "Dónde están";
    Interests => "Interests", "Intereses";
    AgeMin => "Age from", "Edad desde";
    AgeMax => "Age to", "Edad hasta";
    Age => "Age", "Edad";
    AnyAge => "any", "cualquiera";
    Works => "What works", "Qué le funciona";
    Fails => "What does not", "Qué no le funciona";
    Notes => "Notes", "Notas";
    Unknown => "-", "-";
    AddFigure => "New channel figure", "Nueva cifra de canal";
    EditFigure => "Edit channel figure", "Editar cifra de canal";
    AddAudience => "New audience", "Nuevo público";
    EditAudience => "Edit audience", "Editar público";
    AddCompetitor => "New competitor", "Nuevo competidor";
    EditCompetitor => "Edit competitor", "Editar competidor";
    EditNotes => "Situation notes", "Notas de la situación";
    // Form notes: one line of at most 70 cells (a form is 72 wide).
    FigureHint =>
        "Any channel name. Date: YYYY-MM-DD. Empty number: not known.",
        "Cualquier nombre de canal. Fecha: DD/MM/AAAA o AAAA-MM-DD. Vacío: no se sabe.";
    AudienceHint =>
        "Where: by commas. Age 0–120 or empty. Enter: new line. Ctrl-o: $EDITOR.",
        "Dónde: con comas. Edad 0–120 o vacía. Intro: otra línea. Ctrl+O: $EDITOR.";
    CompetitorHint =>
        "Where: separated by commas. Enter: new line. Ctrl-o: open in $EDITOR.",
        "Dónde: separado por comas. Intro: otra línea. Ctrl+O: abrir en $EDITOR.";
    NotesHint =>
        "Enter starts a new line; Ctrl-s saves; Ctrl-o opens the notes in $EDITOR.",
        "Intro empieza otra línea; Ctrl+S guarda; Ctrl+O abre las notas en $EDITOR.";
    EngagementRange => "Engagement is a percentage from 0 to 100.", "La interacción es un porcentaje de 0 a 100.";
    ClearNotes => "Clear the situation notes?", "¿Borrar las notas de la situación?";
    FigureAdded => "added figure", "alta de la cifra";
    FigureEdited => "changed figure", "cambios en la cifra";
    FigureDeleted => "deleted figure", "borrado de la cifra";
    AudienceAdded => "added audience", "alta del público";
    AudienceEdited => "changed audience", "cambios en el público";
    AudienceDeleted => "deleted audience", "borrado del público";
    CompetitorAdded => "added competitor", "alta del competidor";
    CompetitorEdited => "changed competitor", "cambios en el competidor";
    CompetitorDeleted => "deleted competitor", "borrado del competidor";
    NotesEdited => "changed situation notes", "cambios en las notas de la situación";
    NotesCleared => "cleared situation notes", "borrado de las notas de la situación";
    NothingToClear => "There are no notes to clear.", "No hay notas que borrar.";
}

impl Lang {
    /// "+70 since 2026-11-18": how a figure moved from the one before it.
    pub fn since(self, change: &str, date: NaiveDate) -> String {
        let date = self.date(date);
        self.pick(
            format!("{change} since {date}"),
            format!("{change} desde {date}"),
        )
    }
}
