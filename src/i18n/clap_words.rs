//! clap's own words (headings, placeholders, its parse errors), for the
//! Spanish command line; in English clap writes them itself.

texts! {
    /// A word clap writes around the catalog's help texts.
    Clap;
    Usage => "Usage:", "Uso:";
    Commands => "Commands:", "Comandos:";
    Arguments => "Arguments:", "Argumentos:";
    Options => "Options:", "Opciones:";
    OptionsTag => "[OPTIONS]", "[OPCIONES]";
    Command => "COMMAND", "COMANDO";
    PrintHelp => "Print help", "Muestra la ayuda";
    PrintVersion => "Print version", "Muestra la versión";
    HelpCommand =>
        "Print this message or the help of the given subcommand(s)",
        "Muestra esta ayuda o la de los subcomandos indicados";
    HelpCommandArg => "Print help for the subcommand(s)", "Muestra la ayuda de los subcomandos";
    PossibleValues => "possible values", "valores posibles";
    Default => "default", "por defecto";
    Error => "error:", "error:";
    Tip => "tip:", "consejo:";
    MoreInformation => "For more information, try", "Para más información, prueba";
    NotUtf8 => "invalid UTF-8 was detected in one or more arguments", "uno o más argumentos no son UTF-8 válido";
    Unknown => "the arguments could not be read", "no se han podido leer los argumentos";
}

/// Each placeholder clap shows (`<PATH>`) and the same in Spanish.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("PATH", "RUTA"),
    ("LANG", "IDIOMA"),
    ("WHEN", "CUÁNDO"),
    ("YYYY-MM-DD", "AAAA-MM-DD"),
    ("N", "N"),
    ("TEXT", "TEXTO"),
    ("NAME", "NOMBRE"),
    ("CAMPAIGN", "CAMPAÑA"),
    ("CHANNEL", "CANAL"),
    ("HH:MM", "HH:MM"),
    ("URL", "URL"),
    ("FILE", "FICHERO"),
    ("COMMAND", "COMANDO"),
    ("OBJECTIVE", "OBJETIVO"),
    ("VALUE", "VALOR"),
    ("ZOOM", "ESCALA"),
    ("FORMAT", "FORMATO"),
    ("ITEMS", "ELEMENTOS"),
    ("BASE", "BASE"),
    ("OURS", "NUESTRA"),
    ("THEIRS", "SUYA"),
    ("SORT", "ORDEN"),
    ("SHELL", "SHELL"),
    ("STATUS", "ESTADO"),
    ("AMOUNT", "IMPORTE"),
    ("TITLE", "TÍTULO"),
    ("POST", "PUBLICACIÓN"),
];

impl super::Lang {
    /// clap's parse error, in this language: the words around the values
    /// the user typed (kept as typed).
    pub fn clap_error(self, kind: ClapError<'_>) -> String {
        match kind {
            ClapError::InvalidValue { value, arg } => self.pick(
                format!("invalid value '{value}' for '{arg}'"),
                format!("el valor '{value}' no es válido para '{arg}'"),
            ),
            ClapError::MissingValue { arg } => self.pick(
                format!("a value is required for '{arg}' but none was supplied"),
                format!("'{arg}' necesita un valor y no se ha dado ninguno"),
            ),
            ClapError::UnknownCommand { name } => self.pick(
                format!("unrecognized subcommand '{name}'"),
                format!("el subcomando '{name}' no existe"),
            ),
            ClapError::UnknownArgument { arg } => self.pick(
                format!("unexpected argument '{arg}' found"),
                format!("el argumento '{arg}' no se esperaba aquí"),
            ),
            ClapError::Missing { args } => self.pick(
                format!("the following required arguments were not provided: {args}"),
                format!("faltan estos argumentos obligatorios: {args}"),
            ),
            ClapError::NeedsCommand { name } => self.pick(
                format!("'{name}' requires a subcommand but one was not provided"),
                format!("'{name}' necesita un subcomando y no se ha dado ninguno"),
            ),
            ClapError::Conflict { arg, with } => self.pick(
                format!("the argument '{arg}' cannot be used with {with}"),
                format!("el argumento '{arg}' no se puede usar con {with}"),
            ),
            ClapError::Repeated { arg } => self.pick(
                format!("the argument '{arg}' cannot be used multiple times"),
                format!("el argumento '{arg}' no se puede usar más de una vez"),
            ),
            ClapError::TooMany { value, arg } => self.pick(
                format!("unexpected value '{value}' for '{arg}' found; no more were expected"),
                format!("sobra el valor '{value}' para '{arg}'; no se esperaban más"),
            ),
            ClapError::Similar { what, names } => self.similar(what, &names),
        }
    }

    fn similar(self, what: Similar, names: &str) -> String {
        let (en, es) = match what {
            Similar::Command => ("subcommand", "un subcomando parecido"),
            Similar::Argument => ("argument", "un argumento parecido"),
            Similar::Value => ("value", "un valor parecido"),
        };
        self.pick(
            format!("a similar {en} exists: {names}"),
            format!("existe {es}: {names}"),
        )
    }
}

/// A parse error of clap's, with the values it names.
pub enum ClapError<'a> {
    InvalidValue { value: &'a str, arg: &'a str },
    MissingValue { arg: &'a str },
    UnknownCommand { name: &'a str },
    UnknownArgument { arg: &'a str },
    Missing { args: String },
    NeedsCommand { name: &'a str },
    Conflict { arg: &'a str, with: String },
    Repeated { arg: &'a str },
    TooMany { value: &'a str, arg: &'a str },
    Similar { what: Similar, names: String },
}

/// What clap found a similar name of.
#[derive(Clone, Copy)]
pub enum Similar {
    Command,
    Argument,
    Value,
}
