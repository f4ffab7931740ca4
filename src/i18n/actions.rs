//! Texts of the Actions tab (step 4: the campaigns).

use super::Lang;

texts! {
    /// A text of the Actions tab.
    A;
    Title => "Campaigns", "Campañas";
    Empty =>
        "Step 4 of the method: plan each campaign in detail, with its channel, its dates, its budget, the objectives it serves and its message. Press a to add the first one.",
        "Paso 4 del método: planifica cada campaña en detalle, con su canal, sus fechas, su presupuesto, los objetivos a los que contribuye y su mensaje. Pulsa a para añadir la primera.";
    EmptyNoChannels =>
        "Step 4 of the method: plan each campaign in detail. Every campaign runs on a channel, so step 3 comes first: choose the channels in tab 3 (Channels), then come back and press a to add the first campaign.",
        "Paso 4 del método: planifica cada campaña en detalle. Cada campaña va en un canal, así que primero va el paso 3: elige los canales en la pestaña 3 (Canales) y vuelve aquí para pulsar a y añadir la primera campaña.";
    NeedChannels =>
        "Step 3 comes first: add a channel in tab 3 (Channels).",
        "Primero el paso 3: añade un canal en la pestaña 3 (Canales).";
    ColName => "Campaign", "Campaña";
    ColChannel => "Channel", "Canal";
    ColStart => "Start", "Inicio";
    ColEnd => "End", "Fin";
    ColStatus => "Status", "Estado";
    ColBudget => "Budget", "Presup.";
    Planned => "planned", "prevista";
    Active => "active", "activa";
    Done => "done", "terminada";
    Cancelled => "cancelled", "cancelada";
    Name => "Name", "Nombre";
    Channel => "Channel", "Canal";
    Start => "Start", "Inicio";
    End => "End", "Fin";
    Dates => "Dates", "Fechas";
    Status => "Status", "Estado";
    Budget => "Budget", "Presupuesto";
    Objectives => "Objectives served", "Contribuye a";
    Audience => "Audience", "Público";
    Message => "Message", "Mensaje";
    Owner => "Owner", "Responsable";
    NoObjectiveServed => "none: it serves no objective yet", "ninguno: aún no contribuye a ningún objetivo";
    AddTitle => "New campaign", "Nueva campaña";
    EditTitle => "Edit campaign", "Editar campaña";
    FormHint =>
        "Dates: YYYY-MM-DD, both days included. Space ticks an objective.",
        "Fechas: DD/MM/AAAA o AAAA-MM-DD, ambos días incluidos. Espacio marca un objetivo.";
    FormHintNoObjectives =>
        "Dates: YYYY-MM-DD, both days included. No objectives yet (tab 2).",
        "Fechas: DD/MM/AAAA o AAAA-MM-DD, ambos días incluidos. Aún no hay objetivos (pestaña 2).";
    PickTitle => "Show the campaigns of", "Mostrar las campañas de";
    AllChannels => "All channels", "Todos los canales";
    Filter => "filter", "filtro";
    Added => "added campaign", "alta de la campaña";
    Edited => "changed campaign", "cambios en la campaña";
    Deleted => "deleted campaign", "borrado de la campaña";
    StatusSet => "new status for campaign", "nuevo estado de la campaña";
    StatusTitle => "Status", "Estado";
}

impl Lang {
    /// A campaign's status: "planned", "activa"…
    pub fn status(self, status: crate::domain::Status) -> &'static str {
        use crate::domain::Status;
        self.t(match status {
            Status::Planned => A::Planned,
            Status::Active => A::Active,
            Status::Done => A::Done,
            Status::Cancelled => A::Cancelled,
        })
    }
}

impl Lang {
    /// `campaign set`: what changed.
    pub fn campaign_status_set(
        self,
        id: &str,
        old: crate::domain::Status,
        new: crate::domain::Status,
    ) -> String {
        let (old, new) = (self.status(old), self.status(new));
        self.pick(
            format!("campaign {id}: {old} → {new}"),
            format!("campaña {id}: {old} → {new}"),
        )
    }

    /// `campaign set` with the status it already has: nothing saved.
    pub fn campaign_status_unchanged(self, id: &str, status: crate::domain::Status) -> String {
        let status = self.status(status);
        self.pick(
            format!("campaign {id} is already {status}: nothing changed"),
            format!("la campaña {id} ya está {status}: no ha cambiado nada"),
        )
    }

    /// The delete question's second sentence when the campaign has posts.
    pub fn posts_deleted_too(self, posts: usize) -> String {
        let count = self.count(posts, ("post", "posts"), ("publicación", "publicaciones"));
        self.pick(
            format!("Its {count} are deleted with it (one undo brings everything back)."),
            format!("Sus {count} se borran con ella (deshacer lo recupera todo de una vez)."),
        )
    }

    /// How long a campaign runs, both days included.
    pub fn campaign_days(self, days: i64) -> String {
        self.count(days, ("day", "days"), ("día", "días"))
    }

    /// "5 of 21" campaigns shown.
    pub fn shown_of(self, shown: usize, total: usize) -> String {
        self.pick(format!("{shown} of {total}"), format!("{shown} de {total}"))
    }

    /// The filter hides every campaign.
    pub fn no_campaign_matches(self, filters: &str) -> String {
        self.pick(
            format!(
                "No campaign matches the filter ({filters}). Press c to choose another channel or s to show another status."
            ),
            format!(
                "Ninguna campaña coincide con el filtro ({filters}). Pulsa c para elegir otro canal o s para mostrar otro estado."
            ),
        )
    }
}
