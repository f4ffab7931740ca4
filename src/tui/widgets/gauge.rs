//! Small text graphics: a progress bar and a sparkline, in block characters
//! or ASCII.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::domain::figure::share;
use crate::theme::Theme;

/// A bar `width` cells wide filled to `fraction` (clamped to 0–1).
pub fn bar(fraction: f64, width: usize, style: Style, theme: Theme) -> Vec<Span<'static>> {
    let (full, empty) = theme.bar();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let filled = ((fraction.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    vec![
        Span::styled(full.repeat(filled), style),
        Span::styled(empty.repeat(width - filled), theme.dim()),
    ]
}

/// The last `width` values as a sparkline, scaled between their minimum and
/// maximum.
pub fn sparkline(values: &[f64], width: usize, theme: Theme) -> String {
    let levels = theme.spark_levels();
    let shown = &values[values.len().saturating_sub(width)..];
    let (min, max) = shown
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    let top = levels.len() - 1;
    shown
        .iter()
        .map(|&v| {
            let level = if max > min {
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    clippy::cast_precision_loss
                )]
                // A share, not (v − min) / (max − min): that difference
                // overflows for values near ±1.7e308.
                let l = (share(v, min, max) * top as f64).round() as usize;
                l.min(top)
            } else {
                top / 2
            };
            levels[level]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_by_fraction() {
        let theme = Theme::new(false, true);
        let text: String = bar(0.5, 10, Style::new(), theme)
            .iter()
            .map(|s| s.content.to_string())
            .collect();
        assert_eq!(text, "#####-----");
        let over: String = bar(1.7, 4, Style::new(), theme)
            .iter()
            .map(|s| s.content.to_string())
            .collect();
        assert_eq!(over, "####");
    }

    #[test]
    fn sparklines_scale_to_their_range() {
        let theme = Theme::new(false, true);
        assert_eq!(sparkline(&[1.0, 2.0, 3.0, 4.0, 5.0], 10, theme), "_.-=#");
        assert_eq!(sparkline(&[5.0, 5.0], 10, theme), "--");
        assert_eq!(sparkline(&[1.0, 2.0, 3.0], 2, theme), "_#");
        assert_eq!(sparkline(&[], 5, theme), "");
        assert_eq!(sparkline(&[-1.7e308, 0.0, 1.7e308], 10, theme), "_-#");
    }
}
