// Styles for what the preview draws like the client (plus VS Code's high-contrast themes): colour enums, text tags, icons, the markdown the
// platform renders (heading sizes 26/22/20/18/17/14 px from the markdown page, tables, mentions, badges,
// emoji). Appended to styles.ts's sheet, so these rules win over the generic ones before them; the colour
// classes come last so an explicit colour wins over a component's default.
import { COLOR_STYLES, TAG_STYLES } from './colors';

export const RICH_STYLES = `
.theme-hc {
  --bg: #000000; --card: #000000; --border: #ffffff; --text: #ffffff; --muted: #ffffff; --faint: #d0d0d0;
  --link: #21a6ff; --primary: #1aebff; --danger: #ff6b6b; --field: #000000; --field-border: #ffffff;
  --hover: rgba(255,255,255,.16); --panel: #000000; --code: #0c0c0c; --shadow: none;
  --t-blue: #000000; --t-wathet: #000000; --t-turquoise: #000000; --t-green: #000000; --t-yellow: #000000;
  --t-orange: #000000; --t-red: #000000; --t-carmine: #000000; --t-violet: #000000; --t-purple: #000000;
  --t-indigo: #000000; --t-grey: #000000; --t-default: #000000;
}
.theme-hc-light {
  --border: #0f4a85; --text: #000000; --muted: #1f1f1f; --faint: #3a3a3a; --link: #0f4a85; --primary: #0f4a85;
  --field-border: #0f4a85; --hover: rgba(15,74,133,.12); --shadow: none;
}
.theme-hc .card, .theme-hc-light .card { border-width: 2px; }
.theme-hc .card-header, .theme-hc-light .card-header { border-bottom: 1px solid var(--border); }
.theme-hc :focus-visible, .theme-hc-light :focus-visible { outline: 2px solid #f38518; outline-offset: 1px; }
.theme-hc .btn-primary_filled, .theme-hc .btn-danger_filled, .theme-hc .btn-laser { background: #000; color: var(--primary); border: 1px solid var(--primary); }
.theme-hc .md-tag, .theme-hc .text-tag { border: 1px solid currentColor; }
${TAG_STYLES}
.icon { display: inline-flex; align-items: center; justify-content: center; flex: 0 0 auto; vertical-align: -0.15em; margin-right: 4px; color: inherit; font-size: inherit; }
.icon svg { display: block; width: 100%; height: 100%; }
.header-icon { margin-top: 2px; }
.custom-icon { border: 1px dashed var(--field-border); border-radius: 4px; background: var(--code); }
.unknown-icon { color: var(--faint); }
.md .icon { margin-right: 2px; }
.md a .icon { color: var(--link); }
.md h1 { font-size: 26px; } .md h2 { font-size: 22px; } .md h3 { font-size: 20px; }
.md h4 { font-size: 18px; } .md h5 { font-size: 17px; } .md h6 { font-size: 14px; }
.md h1, .md h2, .md h3, .md h4, .md h5, .md h6 { margin: 0; font-weight: 600; line-height: 1.4; }
.md-table-wrap { overflow-x: auto; margin: 4px 0; }
.md table { border-collapse: collapse; min-width: 50%; font-size: 14px; }
.md th, .md td { border: 1px solid var(--border); padding: 6px 8px; text-align: left; vertical-align: top; }
.md th { background: var(--code); font-weight: 600; }
.md-note { color: var(--faint); font-size: 12px; }
.md-person { display: inline-flex; align-items: center; gap: 4px; vertical-align: middle; }
.md-person.capsule { padding: 0 8px 0 0; border-radius: 12px; background: var(--t-blue); }
.avatar.small { width: 20px; height: 20px; font-size: 11px; }
.md-number { display: inline-flex; align-items: center; justify-content: center; min-width: 18px; height: 18px; padding: 0 5px; border-radius: 9px; font-size: 12px; line-height: 18px; vertical-align: middle; }
.md-emoji { font-family: "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", sans-serif; }
.md-emoji-key { display: inline-block; padding: 0 4px; border-radius: 4px; background: var(--t-yellow); color: var(--text); font-size: 12px; line-height: 18px; }
.md-datetime { font-variant-numeric: tabular-nums; }
.md-at { color: var(--link); }
.table td { height: var(--row-h, auto); } .table.rh-low td { height: 36px; } .table.rh-middle td { height: 48px; } .table.rh-high td { height: 64px; }
.table td.ta-right, .table .ta-right th { text-align: right; } .table td.ta-center, .table .ta-center th { text-align: center; }
.table td.va-top { vertical-align: top; } .table td.va-bottom { vertical-align: bottom; } .table td { vertical-align: middle; }
.table th { font-weight: 600; } .table .th-light th { font-weight: 400; } .table .th-heading th { font-size: 16px; }
.table .th-plain th { background: transparent; } .table .th-grey th { color: var(--muted); }
.table .th-one-line th { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.table .cell-tag { margin-right: 4px; } .table .cell-person { margin-right: 6px; }
.table td .md { white-space: normal; }
.table.freeze-first th:first-child, .table.freeze-first td:first-child { position: sticky; left: 0; background: var(--card); z-index: 1; }
.ph-img.img-wide { width: 100%; aspect-ratio: 16 / 9; min-height: 0; }
.ph-img.img-fixed { flex: 0 0 auto; overflow: hidden; font-size: 10px; }
.img-combination { display: grid; gap: 4px; } .img-combination .ph-img { aspect-ratio: 1; min-height: 0; }
.ph-why { color: var(--faint); font-size: 11px; }
.chart { position: relative; width: 100%; }
.chart-canvas { width: 100%; }
.chart-status { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; color: var(--faint); font-size: 12px; }
.chart-message { display: flex; flex-direction: column; gap: 4px; align-items: center; justify-content: center; min-height: 120px; padding: 12px; border: 1px dashed var(--danger); border-radius: 6px; color: var(--danger); font-size: 12px; text-align: center; word-break: break-word; }
${COLOR_STYLES}
`;
