//! Texts of the campaigns compared.

texts! {
    /// A fixed text of the comparison.
    Cmp;
    Name => "CAMPAIGN", "CAMPAÑA";
    Planned => "PLANNED", "PREVISTO";
    Spent => "SPENT", "GASTADO";
    Posts => "POSTS", "PUBLIC.";
    Reach => "REACH", "ALCANCE";
    Interactions => "INTERACT.", "INTERAC.";
    Clicks => "CLICKS", "CLICS";
    Leads => "LEADS", "CONTACTOS";
    PerClick => "PER CLICK", "POR CLIC";
    PerLead => "PER LEAD", "POR CONTACTO";
    None =>
        "No campaign matches: try without --channel, --from or --to.",
        "Ninguna campaña coincide: prueba sin --channel, --from ni --to.";
    Notes =>
        "Posts: published/planned. Reach is summed over posts: a person counts once per post that reached them. Costs are on the spend recorded; - where nothing is recorded or there are no clicks or leads.",
        "Publicaciones: publicadas/previstas. El alcance se suma por publicación: una persona cuenta una vez por cada publicación que le llegó. Los costes son sobre el gasto registrado; - donde no hay gasto, clics ni contactos.";
}

impl Cmp {
    /// The table's columns, in order.
    pub const HEADER: [Cmp; 10] = [
        Cmp::Name,
        Cmp::Planned,
        Cmp::Spent,
        Cmp::Posts,
        Cmp::Reach,
        Cmp::Interactions,
        Cmp::Clicks,
        Cmp::Leads,
        Cmp::PerClick,
        Cmp::PerLead,
    ];
}
