//! Fixed texts, and texts that carry values, for the command line.

use std::fmt::Display;
use std::path::Path;

use chrono::NaiveDate;

use super::Lang;
use crate::domain::{Figure, Money};
use crate::text::{escape_disruptive, shown_path};

texts! {
    /// A fixed text of the command line and of messages shared by all views.
    T;
    NeedsTerminal =>
        "the interactive interface needs a terminal. Use a subcommand instead, such as `socialplan status` (see `socialplan --help`).",
        "la interfaz interactiva necesita un terminal. Usa un subcomando, como `socialplan status` (ver `socialplan --help`).";
    DemoNotSaved =>
        "(demo plan: nothing was saved)",
        "(plan de ejemplo: no se ha guardado nada)";
    Untitled => "(untitled plan)", "(plan sin nombre)";
    HeaderId => "ID", "ID";
    HeaderObjective => "OBJECTIVE", "OBJETIVO";
    HeaderValues => "BASELINE → LATEST / TARGET", "INICIAL → ÚLTIMO / META";
    HeaderValuesAscii => "BASELINE -> LATEST / TARGET", "INICIAL -> ÚLTIMO / META";
    HeaderProgress => "PROGRESS", "PROGRESO";
    HeaderDeadline => "DEADLINE", "FECHA LÍMITE";
    HeaderDaysLeft => "DAYS LEFT", "DÍAS";
    HeaderProjected => "PROJECTED", "PREVISIÓN";
    HeaderVerdict => "STATUS", "ESTADO";
    NoObjectives =>
        "The plan has no objectives yet. Step 2 of the method: set quantified objectives (a metric, a target and a deadline).",
        "El plan aún no tiene objetivos. Paso 2 del método: define objetivos cuantificables (una métrica, una meta y una fecha límite).";
    NoTarget => "no target", "sin meta";
    NoDeadline => "no deadline", "sin fecha";
    OutOfRange => "out of range", "fuera de rango";
    ReadOnly =>
        "the plan was opened read-only (--read-only): nothing was changed. Run without --read-only to record it.",
        "el plan se abrió en modo solo lectura (--read-only): no se ha cambiado nada. Ejecuta sin --read-only para registrarlo.";
    HelpAbout =>
        "Make and run a social media plan: situation, objectives, channels, campaigns, a calendar and weekly reviews.",
        "Crea y sigue un plan de social media: situación, objetivos, canales, campañas, un calendario y revisiones semanales.";
    HelpAfter =>
        "The plan lives in one JSON file: --file, else $SOCIALPLAN_FILE, else plan.json in the data directory (`socialplan path` prints it).",
        "El plan vive en un fichero JSON: --file, si no $SOCIALPLAN_FILE, si no plan.json en el directorio de datos (`socialplan path` lo muestra).";
    HelpFile => "The plan file to use", "El fichero del plan";
    HelpDemo =>
        "Use a built-in example plan, dated around today; edits stay in memory unless saved as a new file (Ctrl-s in the interface)",
        "Usa un plan de ejemplo incluido, con fechas en torno a hoy; los cambios se quedan en memoria salvo que se guarden en un fichero nuevo (Ctrl+S en la interfaz)";
    HelpReadOnly => "Never write the plan file", "No escribe nunca el fichero del plan";
    HelpLang =>
        "Interface language (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
        "Idioma de la interfaz (por defecto: de LANGUAGE, LC_ALL, LC_MESSAGES o LANG)";
    HelpAscii =>
        "Use ASCII only: no box-drawing, block or arrow characters",
        "Solo ASCII: sin caracteres de marcos, bloques ni flechas";
    HelpColor =>
        "When to use colour (auto: when stdout is a terminal and NO_COLOR is unset)",
        "Cuándo usar color (auto: si la salida es un terminal y NO_COLOR no está definido)";
    HelpToday =>
        "Pretend today is this date (for reproducible output)",
        "Simula que hoy es esta fecha (para una salida reproducible)";
    HelpPath => "Print the path of the plan file in use", "Muestra la ruta del fichero del plan";
    HelpUpdate => "Record a measured value for an objective", "Registra un valor medido de un objetivo";
    HelpUpdateObjective =>
        "The objective's id, or an unambiguous start of its id or name",
        "El id del objetivo, o el comienzo inequívoco de su id o nombre";
    HelpUpdateValue =>
        "The measured value (a point for decimals: 1250 or 12.5)",
        "El valor medido (coma para los decimales: 1250 o 12,5; punto para los miles: 1.250,5)";
    HelpUpdateDate => "The date it was measured (default: today)", "La fecha de la medición (por defecto: hoy)";
    HelpUpdateNote => "A note kept with the value", "Una nota que se guarda con el valor";
    HelpStatus =>
        "Print every objective: baseline → latest / target, progress, deadline",
        "Muestra cada objetivo: inicial → último / meta, progreso, fecha límite";
    HelpCalendar =>
        "Print the Gantt chart of campaigns by channel",
        "Muestra el diagrama de Gantt de las campañas por canal";
    HelpCalendarAfter =>
        "A window longer than the width allows is printed as several charts, one after the other, sharing the columns evenly.",
        "Un periodo más largo de lo que cabe en el ancho se muestra en varios diagramas, uno tras otro, con las columnas repartidas por igual.";
    HelpCalendarFrom =>
        "First day to show (default: this week; this month at month zoom)",
        "Primer día que se muestra (por defecto: esta semana; este mes con --zoom month)";
    HelpCalendarTo =>
        "Last day to show (default: as many as fit the width)",
        "Último día que se muestra (por defecto: los que quepan en el ancho)";
    HelpCalendarZoom =>
        "One column is a day, an ISO week (Monday to Sunday) or a month",
        "Cada columna es un día, una semana ISO (de lunes a domingo) o un mes";
    HelpCalendarChannel =>
        "Show only this channel (id or name; repeat for more)",
        "Muestra solo este canal (id o nombre; repítelo para más)";
    HelpExport =>
        "Write the plan in another format: a report in Markdown or as one self-contained HTML page (to read in a browser or print to PDF), the campaigns or the posts as CSV, campaigns and posts as iCalendar, or JSON",
        "Escribe el plan en otro formato: un informe en Markdown o en una sola página HTML autónoma (para leer en el navegador o imprimir en PDF), las campañas o las publicaciones en CSV, campañas y publicaciones en iCalendar, o JSON";
    HelpExportFrom =>
        "With --format html: the first day of the period the report covers (default: the first day of this month)",
        "Con --format html: el primer día del periodo que cubre el informe (por defecto: el primer día de este mes)";
    HelpExportTo =>
        "With --format html: the last day of the period (default: the last day of the second month after --from's)",
        "Con --format html: el último día del periodo (por defecto: el último día del segundo mes después del de --from)";
    PeriodOnlyHtml =>
        "--from and --to choose the period of the HTML report: use them with --format html (the other formats carry the whole plan). Nothing was written.",
        "--from y --to eligen el periodo del informe HTML: úsalos con --format html (los demás formatos llevan el plan entero). No se ha escrito nada.";
    HelpCheck =>
        "Check the plan against the five steps of the method (exit 1 on an error)",
        "Comprueba el plan según los cinco pasos del método (sale con 1 si hay un error)";
    HelpCheckStrict => "Fail on warnings too", "Falla también con avisos";
    HelpImport =>
        "Add or update campaigns (or posts, with --items posts) from a CSV file in the export's columns",
        "Añade o actualiza campañas (o publicaciones, con --items posts) desde un CSV con las columnas de la exportación";
    HelpImportAfter =>
        "Columns: id,name,channel,start,end,status,budget,objectives,owner (name, channel, start and end are required; objectives separated by ;). Every row is checked first: if one is bad, nothing changes. Unknown channels are created. Posts: id,campaign,date,time,format,title,status,owner,link,reach,interactions,clicks,leads (campaign, date and title are required for a new post; the last four are its results, whole numbers, empty for none).",
        "Columnas: id,name,channel,start,end,status,budget,objectives,owner (name, channel, start y end son obligatorias; objetivos separados por ;). Se comprueban todas las filas antes: si una está mal, no cambia nada. Los canales desconocidos se crean. Publicaciones: id,campaign,date,time,format,title,status,owner,link,reach,interactions,clicks,leads (campaign, date y title son obligatorias en una publicación nueva; las cuatro últimas son sus resultados, números enteros, vacías si no hay dato).";
    HelpImportFormat => "The file's format", "El formato del fichero";
    HelpImportFile => "The file to read", "El fichero que se lee";
    HelpImportItems =>
        "What the rows are: campaigns (the default) or posts",
        "Qué son las filas: campañas (por defecto) o publicaciones";
    HelpExportItems =>
        "With --format csv: one row per campaign (the default) or per post",
        "Con --format csv: una fila por campaña (por defecto) o por publicación";
    ItemsOnlyCsv =>
        "--items chooses the rows of a CSV: use it with --format csv (the other formats carry campaigns and posts).",
        "--items elige las filas de un CSV: úsalo con --format csv (los demás formatos llevan campañas y publicaciones).";
    HelpExportFormat => "The format to write", "El formato de salida";
    HelpExportOutput =>
        "Write to this file (replaced atomically) instead of stdout",
        "Escribe en este fichero (reemplazado de forma atómica) en lugar de la salida estándar";
    HelpMerge =>
        "Merge two versions of a plan from their common base, item by item and field by field (the git merge driver; exit 1 on a conflict)",
        "Fusiona dos versiones de un plan a partir de su base común, elemento a elemento y campo a campo (el controlador de fusión de git; sale con 1 si hay un conflicto)";
    HelpMergeAfter =>
        "git runs it once `socialplan git-setup` has been run in the clone. OURS is overwritten with the merge, written as a save writes it; a conflict keeps our value, and every conflict is listed on stderr (item, field, base, ours, theirs). An empty BASE is a plan both branches added.",
        "git lo ejecuta una vez que se ha ejecutado `socialplan git-setup` en el clon. NUESTRA se sobrescribe con la fusión, escrita como la escribe un guardado; un conflicto conserva nuestro valor, y todos se listan en la salida de errores (elemento, campo, base, nuestro, suyo). Una BASE vacía es un plan que añadieron las dos ramas.";
    HelpMergeBase => "The common ancestor (git's %O)", "El antepasado común (%O de git)";
    HelpMergeOurs =>
        "Our version (git's %A), replaced by the merge",
        "Nuestra versión (%A de git), que se sustituye por la fusión";
    HelpMergeTheirs => "Their version (git's %B)", "Su versión (%B de git)";
    HelpGitSetup =>
        "Set up the git repository the plan file is in to merge it with `socialplan merge`",
        "Prepara el repositorio git en el que está el fichero del plan para fusionarlo con `socialplan merge`";
    GitSetupNote =>
        "git config is not pushed: run `socialplan git-setup` in every clone. Commit .gitattributes and .gitignore so that everyone gets them. A forge's web merge button (GitHub, GitLab) never runs the driver: merge plans locally.",
        "la configuración de git no se sube con push: ejecuta `socialplan git-setup` en cada clon. Haz commit de .gitattributes y .gitignore para que todos los tengan. El botón de fusionar de la web de una forja (GitHub, GitLab) nunca ejecuta el controlador: fusiona los planes en local.";
    HelpCampaign => "Change a campaign from the command line", "Cambia una campaña desde la línea de órdenes";
    HelpCampaignSet => "Set a campaign's status (only what is given changes)", "Cambia el estado de una campaña (solo cambia lo que se indica)";
    HelpCampaignId =>
        "The campaign's id, or an unambiguous prefix of its id or name",
        "El id de la campaña, o el principio de su id o nombre, si no hay otra igual";
    HelpCampaignStatus => "The new status", "El nuevo estado";
    HelpCampaignSpend => "Record what a campaign really spent", "Registra lo que una campaña gastó de verdad";
    HelpSpendAmount => "The amount, in the plan's currency (a point for decimals: 120 or 19.90)", "El importe, en la moneda del plan (coma para los decimales: 120 o 19,90)";
    HelpSpendDate => "The day it was spent (default: today)", "El día del gasto (por defecto, hoy)";
    HelpSpendNote => "A note kept with the entry", "Una nota que se guarda con el gasto";
    CampaignSetNothing =>
        "nothing to set: give --status (planned, active, done or cancelled).",
        "nada que cambiar: indica --status (planned, active, done o cancelled).";
    HelpAgenda =>
        "Print what the coming days hold: overdue posts, then day by day posts, campaigns starting or ending and deadlines, then objectives to measure",
        "Muestra lo que traen los próximos días: las publicaciones atrasadas, luego día a día publicaciones, campañas que empiezan o terminan y fechas límite, y después los objetivos por medir";
    HelpAgendaAfter =>
        "Overdue posts (their day has passed, neither published nor skipped) come first, whatever --from says.",
        "Las publicaciones atrasadas (ya pasó su día y no están publicadas ni descartadas) van primero, diga lo que diga --from.";
    HelpCampaigns =>
        "The campaigns compared: planned and spent, posts, results, cost per click and per lead",
        "Las campañas comparadas: previsto y gastado, publicaciones, resultados, coste por clic y por lead (CPL)";
    HelpCampaignsSort =>
        "The column to sort by (the most first; the cheapest first for costs)",
        "La columna por la que ordenar (de más a menos; los costes, de más barato a más caro)";
    HelpCampaignsChannel => "Only that channel's campaigns", "Solo las campañas de ese canal";
    HelpCampaignsFrom => "Only campaigns running on or after this day", "Solo las campañas que siguen en marcha este día o después";
    HelpCampaignsTo => "Only campaigns running on or before this day", "Solo las campañas que ya han empezado este día o antes";
    HelpAgendaFrom => "The first day shown (default: today)", "El primer día que se muestra (por defecto: hoy)";
    HelpAgendaDays => "How many days to show, 1 to 366", "Cuántos días se muestran, de 1 a 366";
    HelpAgendaOwner => "Only this person's posts and campaigns", "Solo las publicaciones y campañas de esta persona";
    HelpAgendaChannel =>
        "Only this channel: its id, or an unambiguous prefix of its id or name",
        "Solo este canal: su id, o el principio de su id o nombre, si no hay otro igual";
    HelpPost => "Add, change, delete or list a campaign's posts", "Añade, cambia, borra o lista las publicaciones de las campañas";
    HelpPostAdd => "Add a post to a campaign", "Añade una publicación a una campaña";
    HelpPostSet =>
        "Change a post (only what is given changes)",
        "Cambia una publicación (solo cambia lo que se indica)";
    HelpPostDelete => "Delete a post", "Borra una publicación";
    HelpPostList => "Print the posts by date and time", "Muestra las publicaciones por fecha y hora";
    HelpPostDate => "The day it is published", "El día en que se publica";
    HelpPostTitle =>
        "What the post is called; its id is made from it",
        "El título de la publicación; su id se forma a partir de él";
    HelpPostTime => "The local time it goes out, HH:MM", "La hora local a la que sale, HH:MM";
    HelpPostFormat => "The shape of the content", "La forma del contenido";
    HelpPostOwner => "Who is in charge of it", "Quién se encarga de ella";
    HelpPostStatus => "Where it is on its way out", "En qué punto está";
    HelpPostId =>
        "The post's id, or an unambiguous prefix of its id or title",
        "El id de la publicación, o el principio de su id o título, si no hay otra igual";
    HelpPostNewStatus => "The new status", "El nuevo estado";
    HelpPostLink => "Where it was published", "Dónde se ha publicado";
    HelpPostNewDate => "The new date", "La nueva fecha";
    HelpPostNewTime => "The new time, HH:MM (\"\" clears it)", "La nueva hora, HH:MM (\"\" la quita)";
    HelpPostNewOwner => "The new person in charge", "La nueva persona responsable";
    HelpPostReach =>
        "How many people it reached, as the network counts them (none clears it)",
        "A cuántas personas llegó, según la red (none lo quita)";
    HelpPostInteractions =>
        "Its likes, comments, shares and saves (none clears it)",
        "Sus me gusta, comentarios, compartidos y guardados (none lo quita)";
    HelpPostClicks => "Clicks on its link (none clears it)", "Clics en su enlace (none lo quita)";
    HelpPostLeads =>
        "Leads (conversions) it brought (none clears it)",
        "Leads (conversiones) que trajo (none lo quita)";
    HelpPostOnlyCampaign =>
        "Only this campaign's posts (its id, or an unambiguous prefix of its id or name)",
        "Solo las publicaciones de esta campaña (su id, o el principio de su id o nombre)";
    HelpPostOnlyStatus => "Only the posts with this status", "Solo las publicaciones con este estado";
    HelpPostFrom => "Only the posts on or after this day", "Solo las publicaciones de este día en adelante";
    HelpPostTo => "Only the posts on or before this day", "Solo las publicaciones hasta este día";
    HelpPostOnlyOwner => "Only this person's posts (any case)", "Solo las publicaciones de esta persona (da igual mayúsculas o minúsculas)";
    HelpWidth =>
        "The widest line, in display cells, for every table and chart (default: the terminal's width, or 100 when not a terminal)",
        "La línea más ancha, en celdas, de cada tabla y diagrama (por defecto: el ancho del terminal, o 100 si no es un terminal)";
    HelpCompletions => "Print a shell completion script", "Muestra un script de autocompletado para la shell";
    HelpShell => "The shell", "La shell";
    NoDataDir =>
        "no home directory to keep the plan in. Give a file with --file PATH or $SOCIALPLAN_FILE.",
        "no hay directorio personal donde guardar el plan. Indica un fichero con --file RUTA o $SOCIALPLAN_FILE.";
}

impl Lang {
    /// The line `update` and `status` print for one objective.
    pub fn values(self, baseline: f64, latest: f64, target: Option<f64>, ascii: bool) -> String {
        let arrow = if ascii { "->" } else { "→" };
        let target = target.map_or_else(|| self.t(T::NoTarget).to_string(), |t| self.num(t));
        format!(
            "{} {arrow} {} / {target}",
            self.num(baseline),
            self.num(latest)
        )
    }

    /// Progress in percent: "63%", "-" without a target, or "out of range".
    pub fn percent(self, percent: Option<Figure<i64>>) -> String {
        match percent {
            Some(Figure::Value(percent)) => self.percent_sign(percent),
            Some(Figure::OutOfRange) => self.t(T::OutOfRange).into(),
            None => "-".into(),
        }
    }

    /// A number worked out from others ("1890"), or "out of range".
    pub fn figure(self, figure: Figure<f64>) -> String {
        match figure {
            Figure::Value(value) => self.num(value),
            Figure::OutOfRange => self.t(T::OutOfRange).into(),
        }
    }

    /// An amount that is a sum ("1250.00"), or "out of range".
    pub fn amount(self, amount: Figure<Money>) -> String {
        match amount {
            Figure::Value(amount) => self.money(amount),
            Figure::OutOfRange => self.t(T::OutOfRange).into(),
        }
    }

    /// An amount that is a sum, with its currency ("1250.00 EUR"), or
    /// "out of range".
    pub fn amount_in(self, amount: Figure<Money>, currency: &str) -> String {
        match amount {
            Figure::Value(amount) => self.money_in(amount, currency),
            Figure::OutOfRange => self.t(T::OutOfRange).into(),
        }
    }

    pub fn days_left(self, days: i64) -> String {
        match (self, days) {
            (Lang::En, 0) => "due today".into(),
            (Lang::Es, 0) => "vence hoy".into(),
            (Lang::En, 1) => "1 day left".into(),
            (Lang::Es, 1) => "queda 1 día".into(),
            (Lang::En, d) if d > 0 => format!("{d} days left"),
            (Lang::Es, d) if d > 0 => format!("quedan {d} días"),
            (Lang::En, -1) => "1 day overdue".into(),
            (Lang::Es, -1) => "vencido hace 1 día".into(),
            (Lang::En, d) => format!("{} days overdue", -d),
            (Lang::Es, d) => format!("vencido hace {} días", -d),
        }
    }

    pub fn deadline(self, deadline: Option<NaiveDate>, days_left: Option<i64>) -> String {
        match (deadline, days_left) {
            (Some(date), Some(days)) => {
                let by = self.pick("by", "hasta el");
                format!("{by} {} ({})", self.date(date), self.days_left(days))
            }
            _ => self.t(T::NoDeadline).into(),
        }
    }

    pub fn recorded(self, value: f64, date: NaiveDate) -> String {
        let (value, date) = (self.num(value), self.date(date));
        self.pick(
            format!("Recorded {value} on {date}."),
            format!("Registrado {value} el {date}."),
        )
    }

    pub fn replaced(self, old: f64, date: NaiveDate, new: f64) -> String {
        let (old, new, date) = (self.num(old), self.num(new), self.date(date));
        self.pick(
            format!("Replaced the value of {date}: {old} is now {new}."),
            format!("Sustituido el valor del {date}: {old} pasa a ser {new}."),
        )
    }

    pub fn calendar_too_narrow(self, width: u16, min: u16) -> String {
        self.pick(
            format!("--width {width} is too narrow for the chart: give at least {min}."),
            format!(
                "--width {width} es demasiado estrecho para el diagrama: indica al menos {min}."
            ),
        )
    }

    pub fn calendar_backwards(self, from: NaiveDate, to: NaiveDate) -> String {
        self.pick(
            format!("--to {to} is before --from {from}: swap them."),
            format!("--to {to} es anterior a --from {from}: intercámbialos."),
        )
    }

    pub fn calendar_too_long(self, from: NaiveDate, to: NaiveDate, years: u32) -> String {
        self.pick(
            format!("--from {from} --to {to} is longer than the {years} years a calendar shows: ask for a shorter window."),
            format!("--from {from} --to {to} abarca más de los {years} años que muestra un calendario: pide un periodo más corto."),
        )
    }

    pub fn unknown_channel(self, name: &str, ids: &[&str]) -> String {
        let list = ids.join(", ");
        self.pick(
            format!("no channel is called {name:?}. Channels: {list}"),
            format!("ningún canal se llama {name:?}. Canales: {list}"),
        )
    }

    pub fn recorded_count(self, n: usize) -> String {
        self.count(
            n,
            ("value recorded", "values recorded"),
            ("valor registrado", "valores registrados"),
        )
    }

    pub fn required(self) -> &'static str {
        self.pick("Required.", "Obligatorio.")
    }

    /// A CSV file's budget that is not an amount by the file's convention.
    pub fn bad_amount(self, text: &str) -> String {
        self.pick(
            format!("{text:?} is not an amount: digits with at most two decimals, after a point (19.90) or, in a file separated by semicolons, after a comma (19,90)."),
            format!("{text:?} no es un importe: cifras con como mucho dos decimales, tras un punto (19.90) o, en un fichero separado por punto y coma, tras una coma (19,90)."),
        )
    }

    pub fn bad_whole(self, text: &str, min: u64, max: u64) -> String {
        self.pick(
            format!("{text:?} is not a whole number from {min} to {max}."),
            format!("{text:?} no es un número entero entre {min} y {max}."),
        )
    }

    pub fn check_summary(self, errors: usize, warnings: usize, hints: usize) -> String {
        let errors = self.count(errors, ("error", "errors"), ("error", "errores"));
        let warnings = self.count(warnings, ("warning", "warnings"), ("aviso", "avisos"));
        let hints = self.count(hints, ("hint", "hints"), ("sugerencia", "sugerencias"));
        format!("{errors}, {warnings}, {hints}.")
    }

    pub fn cannot_read(self, path: &Path, error: &impl Display) -> String {
        let (path, error) = (shown_path(path), escape_disruptive(&error.to_string()));
        self.pick(
            format!("cannot read {path}: {error}. Check the path."),
            format!("no se puede leer {path}: {error}. Comprueba la ruta."),
        )
    }

    pub fn exported(self, path: &Path) -> String {
        let path = shown_path(path);
        self.pick(format!("Wrote {path}."), format!("Escrito {path}."))
    }

    pub fn export_over_plan(self, path: &Path) -> String {
        let path = crate::text::shown_path(path);
        self.pick(
            format!("{path} is the plan itself (or its backup or lock): nothing was written. Choose another --output file."),
            format!("{path} es el propio plan (o su copia de seguridad o su bloqueo): no se ha escrito nada. Elige otro fichero para --output."),
        )
    }

    pub fn cannot_write(self, path: &Path, error: &impl Display) -> String {
        let (path, error) = (shown_path(path), escape_disruptive(&error.to_string()));
        self.pick(
            format!("cannot write {path}: {error}. Check the directory exists and is writable."),
            format!(
                "no se puede escribir {path}: {error}. Comprueba que el directorio existe y admite escritura."
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_left_reads_naturally() {
        assert_eq!(Lang::En.days_left(3), "3 days left");
        assert_eq!(Lang::Es.days_left(-2), "vencido hace 2 días");
    }
}
