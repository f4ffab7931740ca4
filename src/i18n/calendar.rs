//! Texts of the Calendar tab.

texts! {
    /// A text of the Calendar tab.
    Cal;
    Title => "Calendar", "Calendario";
}
