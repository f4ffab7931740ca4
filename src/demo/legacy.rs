//! THE BUILDER THE DATA REPLACED, kept for one commit only: the test
//! `the_data_gives_the_plan_the_builder_gave` compares the two.
//!
//! The built-in example plan behind `socialplan --demo`: a neighbourhood
//! bakery, in English or Spanish, with every date relative to `today`.
//!
//! It is kept in memory, never written, and snapshot tests print it, so it is
//! fully deterministic: the same `today` and language always give the same
//! plan, and both languages share every id.

use chrono::{NaiveDate, TimeDelta};

use crate::domain::{
    Audience, AudienceKind, Baseline, Campaign, Channel, ChannelFigure, ChannelKind, Colour,
    Competitor, Decision, Direction, Fit, Measurement, Money, Objective, Plan, Review, Revision,
    Situation, Status,
};
use crate::i18n::Lang;

/// An English text and its Spanish translation.
type Text = (&'static str, &'static str);

/// The example plan for `today`, in `lang`.
pub fn plan(today: NaiveDate, lang: Lang) -> Plan {
    let mut plan = Plan::new(
        &t(lang, "Crumb & Crust Bakery", "Panadería La Espiga"),
        "EUR",
    );
    plan.situation = situation(today, lang);
    plan.channels = channels(lang);
    plan.objectives = objectives(today, lang);
    plan.campaigns = campaigns(today, lang);
    plan.reviews = reviews(today, lang);
    plan
}

fn t(lang: Lang, en: &str, es: &str) -> String {
    match lang {
        Lang::En => en,
        Lang::Es => es,
    }
    .to_string()
}

fn tr(lang: Lang, (en, es): Text) -> String {
    t(lang, en, es)
}

/// `offset` days from `today` (negative: in the past). Falls back to `today`
/// at the very edge of the calendar rather than panicking.
fn day(today: NaiveDate, offset: i64) -> NaiveDate {
    today
        .checked_add_signed(TimeDelta::days(offset))
        .unwrap_or(today)
}

/// The situation was analysed nine weeks ago, when the plan started; the
/// objectives' baselines are from the same day.
const START: i64 = -63;

fn situation(today: NaiveDate, lang: Lang) -> Situation {
    let start = day(today, START);
    let figure =
        |channel: &str, followers: u64, reach: Option<u64>, engagement: f64| ChannelFigure {
            channel: channel.to_string(),
            date: start,
            followers: Some(followers),
            reach,
            engagement: Some(engagement),
        };
    Situation {
        figures: vec![
            figure("Instagram", 1180, Some(5400), 3.1),
            figure("Facebook", 860, Some(2300), 1.8),
            figure("TikTok", 210, Some(4200), 5.2),
            figure(&t(lang, "Newsletter", "Boletín"), 420, None, 38.0),
        ],
        audiences: audiences(lang),
        competitors: competitors(lang),
        notes: t(
            lang,
            "Sales are steady on weekdays but weekends depend on passers-by.\nMost online \
             orders come from people who already follow us on Instagram.",
            "Las ventas entre semana son estables, pero el fin de semana depende de quien \
             pasa por la puerta.\nCasi todos los pedidos online vienen de gente que ya nos \
             sigue en Instagram.",
        ),
    }
}

fn audiences(lang: Lang) -> Vec<Audience> {
    vec![
        Audience {
            id: "neighbours".into(),
            name: t(
                lang,
                "Neighbours on their way to work",
                "Vecinos de camino al trabajo",
            ),
            kind: AudienceKind::Customer,
            places: vec![
                t(lang, "Shop counter", "Mostrador"),
                "Facebook".into(),
                "Radio Barrio".into(),
            ],
            interests: t(
                lang,
                "Fresh bread, a quick breakfast, local news",
                "Pan recién hecho, desayuno rápido, noticias del barrio",
            ),
            age_min: Some(30),
            age_max: Some(65),
            notes: t(
                lang,
                "Loyal, but buy the same loaf every day.",
                "Fieles, pero compran siempre la misma barra.",
            ),
        },
        Audience {
            id: "young-families".into(),
            name: t(lang, "Young families", "Familias jóvenes"),
            kind: AudienceKind::Customer,
            places: vec![
                "Instagram".into(),
                t(lang, "School gate", "Puerta del colegio"),
                t(lang, "Newsletter", "Boletín"),
            ],
            interests: t(
                lang,
                "Weekend breakfasts, birthday cakes, activities for children",
                "Desayunos de fin de semana, tartas de cumpleaños, actividades para niños",
            ),
            age_min: Some(28),
            age_max: Some(45),
            notes: String::new(),
        },
        Audience {
            id: "foodies".into(),
            name: t(
                lang,
                "Young foodies from across town",
                "Jóvenes foodies de toda la ciudad",
            ),
            kind: AudienceKind::Prospect,
            places: vec!["TikTok".into(), "Instagram".into()],
            interests: t(
                lang,
                "Sourdough, speciality coffee, trying new places",
                "Masa madre, café de especialidad, probar sitios nuevos",
            ),
            age_min: Some(20),
            age_max: Some(35),
            notes: t(
                lang,
                "Will travel for a good croissant.",
                "Cruzan la ciudad por un buen cruasán.",
            ),
        },
    ]
}

fn competitors(lang: Lang) -> Vec<Competitor> {
    vec![
        Competitor {
            id: "high-street-chain".into(),
            name: t(
                lang,
                "High-street bakery chain",
                "Cadena de panaderías de la avenida",
            ),
            places: vec![
                "Instagram".into(),
                "Facebook".into(),
                t(lang, "Delivery apps", "Apps de reparto"),
            ],
            works: t(
                lang,
                "Daily offers and fast delivery",
                "Ofertas diarias y reparto rápido",
            ),
            fails: t(
                lang,
                "Generic content; comments go unanswered",
                "Contenido genérico; no responden a los comentarios",
            ),
            notes: String::new(),
        },
        Competitor {
            id: "obrador-sur".into(),
            name: "Obrador Sur".into(),
            places: vec![
                "Instagram".into(),
                "TikTok".into(),
                t(lang, "Weekend market", "Mercadillo del sábado"),
            ],
            works: t(
                lang,
                "Beautiful reels of the bakers at work; sold-out workshops",
                "Reels preciosos del obrador trabajando; talleres con lista de espera",
            ),
            fails: t(
                lang,
                "High prices and irregular posting",
                "Precios altos y publicaciones irregulares",
            ),
            notes: t(
                lang,
                "Their workshops prove the demand is there.",
                "Sus talleres demuestran que hay demanda.",
            ),
        },
    ]
}

fn channels(lang: Lang) -> Vec<Channel> {
    let mut channels = social_channels(lang);
    channels.extend(other_channels(lang));
    channels
}

/// A channel's description; budget, hours and colour are set by the caller.
fn channel(
    lang: Lang,
    id: &str,
    name: String,
    kind: ChannelKind,
    reason: Text,
    fit: [u8; 3],
) -> Channel {
    Channel {
        id: id.to_string(),
        name,
        kind,
        reason: tr(lang, reason),
        fit: Fit {
            audience: fit[0],
            cost: fit[1],
            effort: fit[2],
        },
        monthly_budget: Money::ZERO,
        weekly_hours: 0.0,
        colour: Colour::White,
        active: true,
    }
}

fn social_channels(lang: Lang) -> Vec<Channel> {
    vec![
        Channel {
            monthly_budget: Money::from_units(150),
            weekly_hours: 4.0,
            colour: Colour::Magenta,
            ..channel(
                lang,
                "instagram",
                "Instagram".into(),
                ChannelKind::Social,
                (
                    "Where young families and foodies look for places to eat; photos of bread sell.",
                    "Donde las familias jóvenes y los foodies buscan dónde comer; las fotos de pan venden.",
                ),
                [5, 4, 3],
            )
        },
        Channel {
            monthly_budget: Money::from_units(200),
            weekly_hours: 2.5,
            colour: Colour::Blue,
            ..channel(
                lang,
                "facebook",
                "Facebook".into(),
                ChannelKind::Social,
                (
                    "Our older neighbours are here, in the neighbourhood group; cheap lead ads for catering.",
                    "Aquí están los vecinos mayores, en el grupo del barrio; anuncios de captación baratos para encargos.",
                ),
                [4, 4, 4],
            )
        },
        Channel {
            monthly_budget: Money::from_units(60),
            weekly_hours: 3.0,
            colour: Colour::Cyan,
            ..channel(
                lang,
                "tiktok",
                "TikTok".into(),
                ChannelKind::Social,
                (
                    "Reaches young foodies outside the neighbourhood at almost no cost.",
                    "Llega a jóvenes foodies de fuera del barrio casi sin coste.",
                ),
                [3, 5, 2],
            )
        },
    ]
}

fn other_channels(lang: Lang) -> Vec<Channel> {
    vec![
        Channel {
            monthly_budget: Money::from_minor(1490),
            weekly_hours: 1.5,
            colour: Colour::Yellow,
            ..channel(
                lang,
                "newsletter",
                t(lang, "Newsletter", "Boletín"),
                ChannelKind::Owned,
                (
                    "Our own list: regulars open it and it drives weekend orders.",
                    "Una lista propia: los clientes habituales la abren y trae pedidos de fin de semana.",
                ),
                [4, 5, 4],
            )
        },
        Channel {
            monthly_budget: Money::from_units(450),
            weekly_hours: 0.5,
            colour: Colour::Red,
            ..channel(
                lang,
                "radio",
                t(
                    lang,
                    "Radio Barrio (local radio)",
                    "Radio Barrio (radio local)",
                ),
                ChannelKind::Traditional,
                (
                    "The morning show is what neighbours over 50 listen to on their way to work.",
                    "El magacín de la mañana es lo que escuchan los vecinos de más de 50 camino del trabajo.",
                ),
                [4, 2, 4],
            )
        },
        Channel {
            monthly_budget: Money::from_units(180),
            weekly_hours: 3.0,
            colour: Colour::Green,
            ..channel(
                lang,
                "events",
                t(lang, "Tastings & workshops", "Catas y talleres"),
                ChannelKind::Pr,
                (
                    "Tasting the bread wins people over; families ask for workshops for children.",
                    "Probar el pan convence; las familias piden talleres para niños.",
                ),
                [5, 3, 2],
            )
        },
    ]
}

/// Days before `today` of the eight weekly measurements, oldest first: the
/// owner measures every week, two days before the demo's "today".
const MEASURED: [i64; 8] = [-51, -44, -37, -30, -23, -16, -9, -2];

/// What differs between the objectives; the dates come from `today`.
struct ObjectiveSpec {
    id: &'static str,
    name: Text,
    metric: Text,
    unit: Text,
    channel: Option<&'static str>,
    direction: Direction,
    baseline: f64,
    target: f64,
    deadline: i64,
    /// One value per date in [`MEASURED`]: noisy, as real figures are.
    values: [f64; 8],
}

const OBJECTIVES: [ObjectiveSpec; 7] = [
    // On track: 53% of the way after 41% of the time.
    ObjectiveSpec {
        id: "ig-followers",
        name: (
            "Grow Instagram to 2,000 followers",
            "Llegar a 2.000 seguidores en Instagram",
        ),
        metric: ("followers", "seguidores"),
        unit: ("followers", "seguidores"),
        channel: Some("instagram"),
        direction: Direction::Increase,
        baseline: 1180.0,
        target: 2000.0,
        deadline: 84,
        values: [
            1205.0, 1248.0, 1262.0, 1330.0, 1391.0, 1440.0, 1528.0, 1612.0,
        ],
    },
    // Behind, even after its target was lowered (see its revision).
    ObjectiveSpec {
        id: "tiktok-views",
        name: (
            "1,500 average views per TikTok video",
            "1.500 visualizaciones de media por vídeo en TikTok",
        ),
        metric: (
            "average views per video",
            "visualizaciones medias por vídeo",
        ),
        unit: ("views", "visualizaciones"),
        channel: Some("tiktok"),
        direction: Direction::Increase,
        baseline: 350.0,
        target: 1500.0,
        deadline: 56,
        values: [340.0, 410.0, 380.0, 455.0, 520.0, 490.0, 575.0, 620.0],
    },
    // On track.
    ObjectiveSpec {
        id: "newsletter-subs",
        name: ("800 newsletter subscribers", "800 suscriptores al boletín"),
        metric: ("subscribers", "suscriptores"),
        unit: ("subscribers", "suscriptores"),
        channel: Some("newsletter"),
        direction: Direction::Increase,
        baseline: 420.0,
        target: 800.0,
        deadline: 112,
        values: [431.0, 452.0, 470.0, 489.0, 515.0, 538.0, 566.0, 601.0],
    },
    // Decreasing, and on track.
    ObjectiveSpec {
        id: "cost-per-lead",
        name: (
            "Cut the cost per catering lead to 3 EUR",
            "Bajar el coste por contacto de encargos a 3 EUR",
        ),
        metric: ("cost per lead", "coste por contacto"),
        unit: ("EUR", "EUR"),
        channel: Some("facebook"),
        direction: Direction::Decrease,
        baseline: 4.80,
        target: 3.00,
        deadline: 84,
        values: [4.72, 4.55, 4.61, 4.30, 4.18, 4.02, 3.95, 3.82],
    },
    // Behind, and on no single channel: every channel feeds it.
    ObjectiveSpec {
        id: "online-orders",
        name: ("60 online orders a week", "60 pedidos online a la semana"),
        metric: ("online orders per week", "pedidos online por semana"),
        unit: ("orders", "pedidos"),
        channel: None,
        direction: Direction::Increase,
        baseline: 38.0,
        target: 60.0,
        deadline: 70,
        values: [36.0, 41.0, 39.0, 40.0, 43.0, 41.0, 42.0, 44.0],
    },
    // Achieved already.
    ObjectiveSpec {
        id: "fb-engagement",
        name: (
            "3% engagement on Facebook",
            "3 % de interacción en Facebook",
        ),
        metric: ("engagement rate", "tasa de interacción"),
        unit: ("%", "%"),
        channel: Some("facebook"),
        direction: Direction::Increase,
        baseline: 1.8,
        target: 3.0,
        deadline: 28,
        values: [1.9, 2.1, 2.4, 2.3, 2.7, 2.9, 3.1, 3.2],
    },
    // On track: sign-ups jump after each event.
    ObjectiveSpec {
        id: "workshop-signups",
        name: (
            "120 sign-ups for tastings and workshops",
            "120 inscripciones en catas y talleres",
        ),
        metric: ("sign-ups (cumulative)", "inscripciones (acumuladas)"),
        unit: ("people", "personas"),
        channel: Some("events"),
        direction: Direction::Increase,
        baseline: 0.0,
        target: 120.0,
        deadline: 98,
        values: [4.0, 9.0, 15.0, 18.0, 26.0, 38.0, 45.0, 52.0],
    },
];

fn objectives(today: NaiveDate, lang: Lang) -> Vec<Objective> {
    let mut objectives: Vec<Objective> = OBJECTIVES
        .iter()
        .map(|spec| objective(today, lang, spec))
        .collect();
    if let Some(tiktok) = objectives.iter_mut().find(|o| o.id == "tiktok-views") {
        tiktok.revisions.push(tiktok_revision(today, lang));
    }
    objectives
}

fn objective(today: NaiveDate, lang: Lang, spec: &ObjectiveSpec) -> Objective {
    Objective {
        id: spec.id.to_string(),
        name: tr(lang, spec.name),
        metric: tr(lang, spec.metric),
        unit: tr(lang, spec.unit),
        channel: spec.channel.map(str::to_string),
        direction: spec.direction,
        baseline: Baseline {
            value: spec.baseline,
            date: day(today, START),
        },
        target: Some(spec.target),
        deadline: Some(day(today, spec.deadline)),
        active: true,
        measurements: MEASURED
            .iter()
            .zip(spec.values)
            .map(|(&offset, value)| Measurement {
                date: day(today, offset),
                value,
                note: measurement_note(lang, spec.id, offset),
            })
            .collect(),
        revisions: Vec::new(),
    }
}

/// A few measurements explain themselves, as an owner would note them.
fn measurement_note(lang: Lang, objective: &str, offset: i64) -> String {
    match (objective, offset) {
        ("ig-followers", -30) => t(lang, "Sourdough giveaway", "Sorteo de masa madre"),
        ("workshop-signups", -9) => t(lang, "After the tasting", "Después de la cata"),
        ("tiktok-views", -16) => t(lang, "Two videos flopped", "Dos vídeos no funcionaron"),
        _ => String::new(),
    }
}

/// The first `TikTok` target assumed a viral video; the review lowered it.
fn tiktok_revision(today: NaiveDate, lang: Lang) -> Revision {
    Revision {
        date: day(today, -23),
        reason: t(
            lang,
            "3,000 views in a month was not realistic for a bakery our size",
            "3.000 visualizaciones en un mes no era realista para una panadería como la nuestra",
        ),
        old_target: Some(3000.0),
        old_deadline: Some(day(today, 28)),
        new_target: 1500.0,
        new_deadline: day(today, 56),
    }
}

/// What differs between the campaigns; dates are days from `today`, both
/// included, and the status follows from them.
struct CampaignSpec {
    id: &'static str,
    channel: &'static str,
    name: Text,
    start: i64,
    end: i64,
    budget: Money,
    objectives: &'static [&'static str],
    audience: Text,
    message: Text,
    owner: &'static str,
}

/// The one campaign dropped before it ended.
const CANCELLED: &str = "fb-recipe-contest";

const FAMILIES: Text = ("Young families", "Familias jóvenes");
const NEIGHBOURS: Text = ("Neighbours", "Vecinos");
const FOODIES: Text = ("Young foodies", "Jóvenes foodies");

const CAMPAIGNS: [CampaignSpec; 21] = [
    CampaignSpec {
        id: "ig-behind-the-oven",
        channel: "instagram",
        name: ("Behind the oven", "Detrás del horno"),
        start: -56,
        end: -15,
        budget: Money::from_units(120),
        objectives: &["ig-followers"],
        audience: FOODIES,
        message: (
            "Reels of the 5 a.m. bake: hands, flour, steam. No prices.",
            "Reels del horneado de las 5 de la mañana: manos, harina, vapor. Sin precios.",
        ),
        owner: "Ana",
    },
    CampaignSpec {
        id: "ig-sourdough-giveaway",
        channel: "instagram",
        name: ("Sourdough giveaway", "Sorteo de masa madre 🍞"),
        start: -35,
        end: -28,
        budget: Money::from_units(80),
        objectives: &["ig-followers", "newsletter-subs"],
        audience: FAMILIES,
        message: (
            "Win a month of sourdough: follow, tag a friend, join the newsletter.",
            "Gana un mes de pan de masa madre: síguenos, menciona a alguien y apúntate al boletín.",
        ),
        owner: "Ana",
    },
    CampaignSpec {
        id: "ig-todays-bake",
        channel: "instagram",
        name: ("Today's bake stories", "Historias del horneado del día"),
        start: -14,
        end: 42,
        budget: Money::from_units(60),
        objectives: &["ig-followers", "online-orders"],
        audience: FAMILIES,
        message: (
            "A story every morning with what came out of the oven and a link to order.",
            "Una historia cada mañana con lo que sale del horno y un enlace para pedir.",
        ),
        owner: "Ana",
    },
    CampaignSpec {
        id: "ig-breakfast-ads",
        channel: "instagram",
        name: ("Weekend breakfast ads", "Anuncios de desayunos de finde"),
        start: -7,
        end: 14,
        budget: Money::from_units(200),
        objectives: &["online-orders", "cost-per-lead"],
        audience: FAMILIES,
        message: (
            "Breakfast box for four, delivered before 10 on Saturdays and Sundays.",
            "Caja de desayuno para cuatro, en casa antes de las 10 los sábados y domingos.",
        ),
        owner: "Luis",
    },
    CampaignSpec {
        id: "ig-croissant-week",
        channel: "instagram",
        name: ("Croissant week 🥐", "Semana del cruasán 🥐"),
        start: 3,
        end: 9,
        budget: Money::from_units(90),
        objectives: &["ig-followers", "online-orders"],
        audience: FOODIES,
        message: (
            "A new filled croissant every day; vote for the one that stays.",
            "Un cruasán relleno distinto cada día; votad cuál se queda.",
        ),
        owner: "Marta",
    },
    CampaignSpec {
        id: "ig-cafe-norte-collab",
        channel: "instagram",
        name: ("Collab with Café Norte", "Colaboración con Café Norte"),
        start: 28,
        end: 56,
        budget: Money::from_units(100),
        objectives: &["ig-followers"],
        audience: FOODIES,
        message: (
            "Our bread, their coffee: joint posts and a shared breakfast menu.",
            "Nuestro pan, su café: publicaciones conjuntas y un desayuno compartido.",
        ),
        owner: "Ana",
    },
    CampaignSpec {
        id: "fb-catering-leads",
        channel: "facebook",
        name: ("Catering lead ads", "Anuncios de encargos para eventos"),
        start: -49,
        end: -8,
        budget: Money::from_units(240),
        objectives: &["cost-per-lead"],
        audience: NEIGHBOURS,
        message: (
            "Trays for birthdays and office breakfasts; a form to ask for a quote.",
            "Bandejas para cumpleaños y desayunos de oficina; formulario para pedir presupuesto.",
        ),
        owner: "Luis",
    },
    CampaignSpec {
        id: "fb-neighbours-group",
        channel: "facebook",
        name: (
            "Neighbourhood group posts",
            "Publicaciones en el grupo del barrio",
        ),
        start: -21,
        end: 21,
        budget: Money::ZERO,
        objectives: &["fb-engagement"],
        audience: NEIGHBOURS,
        message: (
            "Questions, not ads: which bread did your grandmother buy?",
            "Preguntas, no anuncios: ¿qué pan compraba tu abuela?",
        ),
        owner: "Carmen",
    },
    CampaignSpec {
        id: "fb-recipe-contest",
        channel: "facebook",
        name: ("Video recipe contest", "Concurso de recetas en vídeo"),
        start: -10,
        end: 10,
        budget: Money::from_units(150),
        objectives: &["fb-engagement"],
        audience: NEIGHBOURS,
        message: (
            "Dropped: too few entries in the first days, and the group posts already did the job.",
            "Cancelado: muy pocas participaciones los primeros días y el grupo ya cumplía.",
        ),
        owner: "Carmen",
    },
    CampaignSpec {
        id: "fb-catering-leads-2",
        channel: "facebook",
        name: (
            "Catering lead ads, round 2",
            "Anuncios de encargos, 2.ª ronda",
        ),
        start: 1,
        end: 35,
        budget: Money::from_minor(26_050),
        objectives: &["cost-per-lead"],
        audience: NEIGHBOURS,
        message: (
            "Same form, narrower audience: offices within 2 km.",
            "El mismo formulario, público más acotado: oficinas a menos de 2 km.",
        ),
        owner: "Luis",
    },
    CampaignSpec {
        id: "tt-bake-along",
        channel: "tiktok",
        name: ("Bake-along shorts", "Horneamos juntos: vídeos cortos"),
        start: -42,
        end: -1,
        budget: Money::from_units(50),
        objectives: &["tiktok-views"],
        audience: FOODIES,
        message: (
            "Thirty-second recipes, filmed from above, with trending sounds.",
            "Recetas de treinta segundos, grabadas desde arriba, con sonidos de moda.",
        ),
        owner: "Pablo",
    },
    CampaignSpec {
        id: "tt-trend-tests",
        channel: "tiktok",
        name: ("Trend tests", "Pruebas con tendencias"),
        start: 0,
        end: 28,
        budget: Money::from_units(40),
        objectives: &["tiktok-views"],
        audience: FOODIES,
        message: (
            "Three trends a week, keep what beats 800 views.",
            "Tres tendencias por semana; se queda lo que pase de 800 visualizaciones.",
        ),
        owner: "Pablo",
    },
    CampaignSpec {
        id: "tt-creator-duet",
        channel: "tiktok",
        name: ("Duet with a local creator", "Dúo con una creadora local ✨"),
        start: 35,
        end: 63,
        budget: Money::from_units(180),
        objectives: &["tiktok-views", "ig-followers"],
        audience: FOODIES,
        message: (
            "A food creator from the area bakes with us for a day; four videos.",
            "Una creadora gastronómica de la zona hornea con nosotros un día; cuatro vídeos.",
        ),
        owner: "Pablo",
    },
    CampaignSpec {
        id: "nl-welcome-series",
        channel: "newsletter",
        name: ("Welcome series", "Serie de bienvenida"),
        start: -56,
        end: -29,
        budget: Money::ZERO,
        objectives: &["newsletter-subs"],
        audience: FAMILIES,
        message: (
            "Three emails: our story, our flours, a discount on the first order.",
            "Tres correos: nuestra historia, nuestras harinas, un descuento en el primer pedido.",
        ),
        owner: "Marta",
    },
    CampaignSpec {
        id: "nl-bread-club",
        channel: "newsletter",
        name: ("Bread club newsletter", "Boletín del club del pan"),
        start: -28,
        end: 84,
        budget: Money::from_units(30),
        objectives: &["newsletter-subs", "online-orders"],
        audience: FAMILIES,
        message: (
            "Every Thursday: the weekend's special loaf, reserve it by replying.",
            "Cada jueves: el pan especial del fin de semana; resérvalo respondiendo al correo.",
        ),
        owner: "Marta",
    },
    CampaignSpec {
        id: "radio-morning-spots",
        channel: "radio",
        name: ("Morning show spots", "Cuñas en el magacín matinal 📻"),
        start: -21,
        end: 6,
        budget: Money::from_units(450),
        objectives: &["online-orders", "workshop-signups"],
        audience: NEIGHBOURS,
        message: (
            "Twenty seconds at 8:10: the bakery on the corner now delivers.",
            "Veinte segundos a las 8:10: la panadería de la esquina ahora lleva a casa.",
        ),
        owner: "Luis",
    },
    CampaignSpec {
        id: "radio-interview",
        channel: "radio",
        name: ("Interview on Radio Barrio", "Entrevista en Radio Barrio"),
        start: 20,
        end: 20,
        budget: Money::ZERO,
        objectives: &["workshop-signups"],
        audience: NEIGHBOURS,
        message: (
            "Talk about the workshops for children and the open day.",
            "Hablar de los talleres para niños y de la jornada de puertas abiertas.",
        ),
        owner: "Ana",
    },
    CampaignSpec {
        id: "tasting-bread-oil",
        channel: "events",
        name: ("Bread & olive oil tasting 🫒", "Cata de panes y aceites 🫒"),
        start: -13,
        end: -13,
        budget: Money::from_units(120),
        objectives: &["workshop-signups", "newsletter-subs"],
        audience: NEIGHBOURS,
        message: (
            "Six breads, three local oils; sign-up sheet for the newsletter at the door.",
            "Seis panes, tres aceites de la zona; hoja para apuntarse al boletín en la puerta.",
        ),
        owner: "Carmen",
    },
    CampaignSpec {
        id: "workshop-kids-sourdough",
        channel: "events",
        name: (
            "Kids' sourdough workshop",
            "Taller de masa madre para peques 🧒",
        ),
        start: 13,
        end: 13,
        budget: Money::from_units(90),
        objectives: &["workshop-signups"],
        audience: FAMILIES,
        message: (
            "Saturday morning, twelve places; each child takes home a starter.",
            "Sábado por la mañana, doce plazas; cada peque se lleva su masa madre.",
        ),
        owner: "Carmen",
    },
    CampaignSpec {
        id: "workshop-pastry",
        channel: "events",
        name: (
            "Pastry workshop for adults",
            "Taller de bollería para adultos",
        ),
        start: 42,
        end: 42,
        budget: Money::from_units(110),
        objectives: &["workshop-signups"],
        audience: FOODIES,
        message: (
            "Laminated dough from scratch; photos for Instagram at the end.",
            "Masa hojaldrada desde cero; fotos para Instagram al final.",
        ),
        owner: "Marta",
    },
    CampaignSpec {
        id: "open-bakery-day",
        channel: "events",
        name: ("Open bakery day", "Jornada de puertas abiertas del obrador"),
        start: 70,
        end: 71,
        budget: Money::from_units(200),
        objectives: &["workshop-signups", "ig-followers"],
        audience: NEIGHBOURS,
        message: (
            "Tours of the bakehouse every hour; a free roll for anyone who follows us.",
            "Visitas al obrador cada hora; un panecillo gratis a quien nos siga.",
        ),
        owner: "Ana",
    },
];

fn campaigns(today: NaiveDate, lang: Lang) -> Vec<Campaign> {
    CAMPAIGNS
        .iter()
        .map(|spec| {
            let (start, end) = (day(today, spec.start), day(today, spec.end));
            Campaign {
                id: spec.id.to_string(),
                name: tr(lang, spec.name),
                channel: spec.channel.to_string(),
                start,
                end,
                status: status(spec.id, start, end, today),
                budget: spec.budget,
                objectives: spec.objectives.iter().map(|o| (*o).to_string()).collect(),
                audience: tr(lang, spec.audience),
                message: tr(lang, spec.message),
                owner: spec.owner.to_string(),
            }
        })
        .collect()
}

fn status(id: &str, start: NaiveDate, end: NaiveDate, today: NaiveDate) -> Status {
    if id == CANCELLED {
        Status::Cancelled
    } else if end < today {
        Status::Done
    } else if start > today {
        Status::Planned
    } else {
        Status::Active
    }
}

/// Three weekly check-ins, on the days the objectives were measured.
fn reviews(today: NaiveDate, lang: Lang) -> Vec<Review> {
    vec![
        Review {
            date: day(today, -23),
            worked: t(
                lang,
                "The sourdough giveaway: +68 Instagram followers in a week.",
                "El sorteo de masa madre: +68 seguidores en Instagram en una semana.",
            ),
            did_not_work: t(
                lang,
                "TikTok views are far from 3,000.",
                "Las visualizaciones en TikTok están lejos de 3.000.",
            ),
            decision: Some(Decision::ChangeObjective),
            notes: t(
                lang,
                "TikTok target lowered to 1,500 with four more weeks.",
                "Objetivo de TikTok rebajado a 1.500, con cuatro semanas más.",
            ),
        },
        Review {
            date: day(today, -16),
            worked: t(
                lang,
                "The tasting filled up; twelve newsletter sign-ups at the door.",
                "La cata se llenó; doce altas en el boletín en la puerta.",
            ),
            did_not_work: t(
                lang,
                "Two TikTok videos under 300 views.",
                "Dos vídeos de TikTok por debajo de 300 visualizaciones.",
            ),
            decision: Some(Decision::KeepGoing),
            notes: String::new(),
        },
        Review {
            date: day(today, -9),
            worked: t(
                lang,
                "Facebook engagement passed 3%: the neighbourhood group loves the questions.",
                "La interacción en Facebook pasa del 3 %: al grupo del barrio le encantan las preguntas.",
            ),
            did_not_work: t(
                lang,
                "Online orders barely move; the recipe contest got three entries.",
                "Los pedidos online apenas se mueven; el concurso de recetas tuvo tres participaciones.",
            ),
            decision: Some(Decision::ChangeStrategy),
            notes: t(
                lang,
                "Cancel the contest and put its budget into weekend breakfast ads on Instagram.",
                "Cancelar el concurso y pasar su presupuesto a anuncios de desayunos en Instagram.",
            ),
        },
    ]
}
