//! Texts of the Channels tab.

texts! {
    /// A text of the Channels tab.
    Ch;
    Title => "Channels", "Canales";
}
