//! Texts of the Campaigns tab.

texts! {
    /// A text of the Campaigns tab.
    A;
    Title => "Campaigns", "Campañas";
}
