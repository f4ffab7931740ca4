//! Texts of the Situation tab.

texts! {
    /// A text of the Situation tab.
    S;
    Title => "Situation", "Situación";
}
