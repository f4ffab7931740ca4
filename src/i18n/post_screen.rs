//! Texts of a campaign's posts screen in the TUI: its list, the post's
//! form, and the dialogs that publish, copy and repeat posts.

use super::Lang;

texts! {
    /// A fixed text of the posts screen.
    Ps;
    Title => "Posts", "Publicaciones";
    Empty =>
        "This campaign has no posts yet. Press a to plan the first: its day, format and title.",
        "Esta campaña aún no tiene publicaciones. Pulsa a para planificar la primera: su día, formato y título.";
    Gone =>
        "This campaign is no longer in the plan. Press Esc to go back.",
        "Esta campaña ya no está en el plan. Pulsa Esc para volver.";
    ColDate => "Date", "Fecha";
    ColTime => "Time", "Hora";
    ColFormat => "Format", "Formato";
    ColTitle => "Title", "Título";
    ColStatus => "Status", "Estado";
    ColOwner => "Owner", "Responsable";
    AddTitle => "New post", "Nueva publicación";
    EditTitle => "Edit post", "Editar publicación";
    Date => "Date", "Fecha";
    Time => "Time (HH:MM)", "Hora (HH:MM)";
    Format => "Format", "Formato";
    PostTitle => "Title", "Título";
    Copy => "Copy", "Texto";
    Asset => "Image or video", "Imagen o vídeo";
    Owner => "Owner", "Responsable";
    Status => "Status", "Estado";
    Link => "Link", "Enlace";
    Notes => "Notes", "Notas";
    Channel => "Channel", "Canal";
    Campaign => "Campaign", "Campaña";
    FormHint =>
        "Empty time: all day. Enter: new line; Ctrl-o: open in $EDITOR.",
        "Hora vacía: todo el día. Intro: nueva línea; Ctrl+O: abrir en $EDITOR.";
    BadTime =>
        "Write the time as HH:MM, 00:00 to 23:59, or leave it empty.",
        "Escribe la hora como HH:MM, de 00:00 a 23:59, o déjala vacía.";
    Added => "added post", "alta de la publicación";
    Edited => "changed post", "cambios en la publicación";
    Deleted => "deleted post", "borrado de la publicación";
    PublishTitle => "Mark as published", "Marcar como publicada";
    PublishHint =>
        "The address where it can be seen. It goes in the report; leave it empty if there is none.",
        "La dirección donde se puede ver. Va al informe; déjala vacía si no la hay.";
    Published => "Published", "Publicada";
    AlreadyPublished =>
        "Already published: there is no next step. Press e to change its status.",
        "Ya está publicada: no hay paso siguiente. Pulsa e para cambiar su estado.";
    Skipped =>
        "Skipped: there is no next step. Press e to plan it again.",
        "Descartada: no hay paso siguiente. Pulsa e para planificarla de nuevo.";
    CopyTitle => "Copy to another day", "Copiar a otro día";
    CopyHint =>
        "The copy keeps the content and starts again as a draft, not yet published.",
        "La copia conserva el contenido y vuelve a empezar como borrador, sin publicar.";
    Copied => "copied post", "copia de la publicación";
    RepeatTitle => "Repeat every week", "Repetir cada semana";
    RepeatDays => "On", "Los";
    RepeatUntil => "Until", "Hasta";
    RepeatHint =>
        "One copy on each chosen weekday until then, as drafts. One undo takes them all back.",
        "Una copia cada día elegido hasta entonces, como borradores. Deshacer las quita todas de una vez.";
    NoWeekday => "Choose at least one weekday.", "Elige al menos un día de la semana.";
    NothingToRepeat =>
        "Every chosen day until then already has this post: nothing to add.",
        "Todos los días elegidos hasta entonces ya tienen esta publicación: no hay nada que añadir.";
    NotAPost =>
        "That key works on a post: choose one of the posts.",
        "Esa tecla funciona con una publicación: elige una de ellas.";
    NotAnObjective =>
        "m records a value: choose a reminder or a deadline.",
        "m registra un valor: elige un recordatorio o una fecha límite.";
    AgendaEmpty =>
        "Nothing overdue, nothing planned this week and every objective measured. Press → for next week, or Esc to go back.",
        "Nada atrasado, nada previsto esta semana y todos los objetivos medidos. Pulsa → para la semana siguiente o Esc para volver.";
    Measure => "Measure", "Medir";
    Deadline => "Deadline", "Fecha límite";
    CampaignCopyTitle => "Copy the campaign", "Copiar la campaña";
    CampaignCopyHint =>
        "Its posts move with it, by as many days, as drafts. One undo takes it all back.",
        "Sus publicaciones se mueven con ella los mismos días, como borradores. Deshacer lo quita todo de una vez.";
    NewName => "Name", "Nombre";
    NewStart => "Starts", "Empieza";
}

impl Lang {
    /// The title of a campaign's posts: "Posts — Spring loaves (12)".
    pub fn posts_of(self, campaign: &str, dash: &str, count: usize) -> String {
        format!("{}{dash}{campaign} ({count})", self.t(Ps::Title))
    }

    /// A post's status moved on: "“Title”: draft → ready".
    pub fn post_moved_on(self, title: &str, from: &str, to: &str, arrow: &str) -> String {
        self.pick(
            format!("“{title}”: {from} {arrow} {to}"),
            format!("«{title}»: {from} {arrow} {to}"),
        )
    }

    /// How many posts are overdue, for a title: "2 overdue".
    pub fn overdue_count(self, posts: usize) -> String {
        self.count(posts, ("overdue", "overdue"), ("atrasada", "atrasadas"))
    }

    /// How long since an objective's last value: "16 days".
    pub fn days_since(self, days: i64) -> String {
        self.count(days, ("day", "days"), ("día", "días"))
    }

    /// A weekly series was added.
    pub fn posts_repeated(self, count: usize, title: &str) -> String {
        let copies = self.count(count, ("copy", "copies"), ("copia", "copias"));
        self.pick(
            format!("Repeated “{title}”: {copies}"),
            format!("«{title}» repetida: {copies}"),
        )
    }

    /// A campaign was copied with its posts.
    pub fn campaign_copied(self, name: &str, posts: usize) -> String {
        let posts = self.count(posts, ("post", "posts"), ("publicación", "publicaciones"));
        self.pick(
            format!("Copied the campaign as “{name}”, with {posts}"),
            format!("Campaña copiada como «{name}», con {posts}"),
        )
    }

    /// The weekdays, Monday first, in short.
    pub fn weekday_names(self) -> [&'static str; 7] {
        self.pick(
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        )
    }
}
