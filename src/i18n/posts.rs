//! Texts of the `post` commands: adding, changing and listing posts.

use chrono::NaiveDate;

use super::Lang;
use crate::domain::post::{PostFormat, PostStatus};

texts! {
    /// A fixed text of the `post` commands.
    P;
    SetNothing =>
        "nothing to set: give --status, --link, --date, --time, --owner, --reach, --interactions, --clicks or --leads.",
        "nada que cambiar: indica --status, --link, --date, --time, --owner, --reach, --interactions, --clicks o --leads.";
    Status => "status", "estado";
    NoPosts =>
        "The plan has no posts yet. Add one with `socialplan post add CAMPAIGN DATE TITLE`.",
        "El plan aún no tiene publicaciones. Añade una con `socialplan post add CAMPAÑA FECHA TÍTULO`.";
    NoneMatches => "No post matches these filters.", "Ninguna publicación coincide con estos filtros.";
    HeaderDate => "DATE", "FECHA";
    HeaderTime => "TIME", "HORA";
    HeaderChannel => "CHANNEL", "CANAL";
    HeaderFormat => "FORMAT", "FORMATO";
    HeaderTitle => "TITLE", "TÍTULO";
    HeaderStatus => "STATUS", "ESTADO";
    HeaderOwner => "OWNER", "RESPONSABLE";
}

impl Lang {
    /// `post add`: the post's id, when it goes out and its campaign.
    pub fn post_added(self, id: &str, when: &str, campaign: &str) -> String {
        self.pick(
            format!("added post {id}: {when}, campaign {campaign}"),
            format!("publicación {id} añadida: {when}, campaña {campaign}"),
        )
    }

    /// `post delete`: what went.
    pub fn post_deleted(self, id: &str, title: &str, when: &str) -> String {
        let title = crate::text::printable(title);
        self.pick(
            format!("deleted post {id}: “{title}”, {when}"),
            format!("publicación {id} borrada: «{title}», {when}"),
        )
    }

    /// `post set`: what changed, "field old → new" joined.
    pub fn post_changed(self, id: &str, changes: &str) -> String {
        self.pick(
            format!("post {id}: {changes}"),
            format!("publicación {id}: {changes}"),
        )
    }

    /// `post set` with values the post already has: nothing saved.
    pub fn post_unchanged(self, id: &str) -> String {
        self.pick(
            format!("post {id} already has those values: nothing changed"),
            format!("la publicación {id} ya tiene esos valores: no ha cambiado nada"),
        )
    }

    /// `post list --to` before `--from`.
    pub fn window_reversed(self, from: NaiveDate, to: NaiveDate) -> String {
        self.pick(
            format!("--to {to} is before --from {from}: give a --to on or after --from."),
            format!(
                "--to {to} es anterior a --from {from}: indica un --to igual o posterior a --from."
            ),
        )
    }
}

names! {
    /// A post's format, as a person says it.
    pub fn post_format(PostFormat);
    Post => "post", "publicación";
    Carousel => "carousel", "carrusel";
    Reel => "reel", "reel";
    Story => "story", "historia";
    ShortVideo => "short video", "vídeo corto";
    Video => "video", "vídeo";
    Live => "live", "directo";
    Email => "email", "correo";
    Article => "article", "artículo";
    Ad => "ad", "anuncio";
    Spot => "radio/TV spot", "cuña o spot";
    PressRelease => "press release", "nota de prensa";
    Event => "event", "evento";
    Other => "other", "otro";
}

names! {
    /// A post's status, as a person says it (a post, "publicación", is
    /// feminine in Spanish).
    pub fn post_status(PostStatus);
    Idea => "idea", "idea";
    Draft => "draft", "borrador";
    Ready => "ready", "lista";
    Scheduled => "scheduled", "programada";
    Published => "published", "publicada";
    Skipped => "skipped", "descartada";
}

impl Lang {
    /// Over a campaign's posts in the calendar's window: how many show, of
    /// how many it has.
    pub fn posts_in_view(self, shown: usize, total: usize) -> String {
        match (shown, total) {
            (_, 0) => self
                .pick(
                    "No posts planned yet.",
                    "Aún no hay publicaciones previstas.",
                )
                .to_string(),
            (0, _) => self.pick(
                format!("No posts in view ({total} in all)."),
                format!("Ninguna publicación a la vista ({total} en total)."),
            ),
            _ => self.pick(
                format!("Posts in view: {shown} of {total}"),
                format!("Publicaciones a la vista: {shown} de {total}"),
            ),
        }
    }

    /// The last line of a list cut short: "… 4 more".
    pub fn posts_more(self, ellipsis: &str, more: usize) -> String {
        self.pick(
            format!("{ellipsis} {more} more"),
            format!("{ellipsis} {more} más"),
        )
    }
}
