//! The page's one style sheet: system fonts only, nothing loaded from
//! anywhere, and a print sheet for A4 landscape. A status never rests on
//! colour alone: it has a word and a symbol, and a border of its own kind
//! (solid, dashed, dotted, double) that a greyscale print still tells apart.

pub const CSS: &str = r#"
:root { color-scheme: light; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif;
  color: #1a1a1a; background: #fff; line-height: 1.45;
  max-width: 72rem; margin: 0 auto; padding: 1.5rem;
}
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 { border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2.2rem; }
.cover { border-bottom: 3px double #333; padding: 2rem 0 1.5rem; }
.cover .kind { text-transform: uppercase; letter-spacing: .08em; color: #555; margin: 0; }
.cover h1 { font-size: 2.4rem; margin: .3rem 0 .8rem; }
.cover .period { font-size: 1.25rem; margin: .2rem 0; }
.cover nav ol { columns: 2; padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border-bottom: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; border-bottom: 2px solid #333; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
article.objective { border-left: 4px solid #999; padding: .2rem 0 .2rem 1rem; margin: 1.2rem 0; break-inside: avoid; page-break-inside: avoid; }
article.objective { display: grid; grid-template-columns: minmax(18rem, 2fr) 3fr; column-gap: 1.5rem; align-items: start; }
article.objective > * { grid-column: 1; }
article.objective > figure.chart { grid-column: 2; grid-row: 1 / span 20; margin: 0; }
.chart-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.notes { white-space: pre-line; }
.note { color: #444; font-size: .9rem; }
figure, .chart, svg { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: #444; margin-top: .3rem; }
.status { white-space: nowrap; padding: 0 .35em; border-radius: .2em; border: 1px solid; }
.status .mark { font-weight: 700; margin-right: .25em; }
.achieved { color: #1b5e20; background: #e8f5e9; border-style: solid; border-width: 2px; }
.on-track { color: #1b5e20; border-style: solid; }
.at-risk, .warning, .over { color: #7a4f00; background: #fff6e0; border-style: dashed; }
.behind, .overdue, .error { color: #b71c1c; background: #fdecea; border-style: double; border-width: 3px; }
.no-data, .hint { color: #555; border-style: dotted; }
.agenda h3 { margin-bottom: .3rem; }
.agenda ul { margin-top: 0; }
.label { font-weight: 600; }
@page { size: A4 landscape; margin: 12mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .cover { break-after: page; page-break-after: always; border: 0; }
  .cover nav { display: none; }
  h2 { margin-top: 1.2rem; }
  a { color: inherit; }
  th { background: none; }
}
"#;
