// The preview's stylesheet, injected once with the page's nonce (the CSP allows no other styles).
// Colours follow the chat client's card look in light and dark themes.
import { LAYOUT_STYLES } from './layoutStyles';
import { PLATFORM_STYLES } from './platformStyles';
import { RICH_STYLES } from './richStyles';
import { WIDGET_STYLES } from './widgetStyles';

export const STYLES = `
:root, .theme-light {
  --bg: #f5f6f7; --card: #ffffff; --border: #dee0e3; --text: #1f2329; --muted: #646a73; --faint: #8f959e;
  --link: #245bdb; --primary: #3370ff; --danger: #f54a45; --field: #ffffff; --field-border: #d0d3d6;
  --hover: rgba(31,35,41,.06); --panel: #ffffff; --code: #f2f3f5; --shadow: 0 2px 8px rgba(31,35,41,.08);
  --t-blue: #e1eaff; --t-wathet: #d9f3fd; --t-turquoise: #d5f6f2; --t-green: #d9f5d6; --t-yellow: #faf1d1;
  --t-orange: #feead2; --t-red: #fde2e2; --t-carmine: #fdddef; --t-violet: #f8def8; --t-purple: #ece2fe;
  --t-indigo: #e0e9ff; --t-grey: #eff0f1; --t-default: #ffffff;
}
.theme-dark {
  --bg: #1a1a1a; --card: #292929; --border: #3d3d3d; --text: #ebebeb; --muted: #a6a6a6; --faint: #757575;
  --link: #4c88ff; --primary: #4c88ff; --danger: #f76964; --field: #1f1f1f; --field-border: #4a4a4a;
  --hover: rgba(255,255,255,.08); --panel: #232323; --code: #333333; --shadow: 0 2px 8px rgba(0,0,0,.4);
  --t-blue: #1a2a4d; --t-wathet: #143440; --t-turquoise: #123b36; --t-green: #1b3a1a; --t-yellow: #3d3514;
  --t-orange: #42301a; --t-red: #472222; --t-carmine: #451f33; --t-violet: #3d1f3d; --t-purple: #2f2447;
  --t-indigo: #1f2747; --t-grey: #333333; --t-default: #292929;
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
#app { background: var(--bg); color: var(--text); min-height: 100vh; display: flex; flex-direction: column; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; padding: 6px 10px; border-bottom: 1px solid var(--border); background: var(--panel); }
.segmented { display: inline-flex; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; }
.segmented .tool { border: 0; border-radius: 0; }
.tool { font: inherit; font-size: 12px; padding: 2px 8px; color: var(--text); background: transparent; border: 1px solid var(--border); border-radius: 4px; cursor: pointer; }
.tool.on { background: var(--primary); color: #fff; }
.tool:disabled { opacity: .5; cursor: not-allowed; }
.main { display: flex; flex: 1; min-height: 0; }
.canvas { flex: 1; min-width: 0; padding: 16px; overflow: auto; }
.notice { margin: 0 auto 12px; max-width: 600px; padding: 6px 10px; border-radius: 6px; background: var(--t-yellow); color: var(--text); display: flex; gap: 8px; align-items: center; }
.notice[hidden] { display: none; }
.stage { display: flex; justify-content: center; }
.card { position: relative; background: var(--card); border: 1px solid var(--border); border-radius: 8px; box-shadow: var(--shadow); width: 100%; max-width: 600px; overflow: visible; }
.width-compact .card { max-width: 400px; }
.width-fill .card { max-width: none; }
.device-mobile .stage { margin: 0 auto; width: 375px; padding: 12px; background: var(--bg); border: 1px solid var(--border); border-radius: 20px; }
.device-mobile .card { max-width: none; }
.card-header { padding: 12px; border-radius: 8px 8px 0 0; background: var(--t-default); }
${['blue', 'wathet', 'turquoise', 'green', 'yellow', 'orange', 'red', 'carmine', 'violet', 'purple', 'indigo', 'grey'].map((t) => `.tpl-${t} { background: var(--t-${t}); }`).join('\n')}
.header-row { display: flex; gap: 8px; align-items: flex-start; }
.header-title { font-size: 16px; font-weight: 600; line-height: 24px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; word-break: break-word; }
.header-subtitle { color: var(--muted); font-size: 14px; }
.text-tag, .md-tag { display: inline-block; font-size: 12px; font-weight: 500; line-height: 18px; padding: 0 6px; border-radius: 4px; background: var(--t-grey); color: var(--muted); }
.tag-blue, .md-tag-blue { background: var(--t-blue); color: #245bdb; } .tag-green, .md-tag-green { background: var(--t-green); color: #2ea121; }
.tag-red, .md-tag-red { background: var(--t-red); color: #d83931; } .tag-orange, .md-tag-orange { background: var(--t-orange); color: #de7802; }
.tag-yellow, .md-tag-yellow { background: var(--t-yellow); color: #aa7803; } .tag-purple, .md-tag-purple { background: var(--t-purple); color: #7f3bf5; }
.tag-violet, .md-tag-violet { background: var(--t-violet); color: #c02dc0; } .tag-indigo, .md-tag-indigo { background: var(--t-indigo); color: #4954e6; }
.tag-turquoise, .md-tag-turquoise { background: var(--t-turquoise); color: #078372; } .tag-wathet, .md-tag-wathet { background: var(--t-wathet); color: #0e7fa8; }
.tag-carmine, .md-tag-carmine { background: var(--t-carmine); color: #c71e6f; } .tag-lime, .md-tag-lime { background: var(--t-green); color: #6f8c00; }
.card-body { display: flex; flex-direction: column; gap: 12px; padding: 12px; }
.horizontal { flex-direction: row !important; flex-wrap: wrap; }
.h-center { align-items: center; } .h-right { align-items: flex-end; }
.horizontal.h-center { justify-content: center; } .horizontal.h-right { justify-content: flex-end; }
.cmp { min-width: 0; }
.txt.plain { white-space: pre-wrap; word-break: break-word; }
.clamp { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.size-heading, .size-heading-0 { font-size: 18px; font-weight: 600; } .size-notation { font-size: 12px; color: var(--muted); }
.size-large { font-size: 16px; } .size-small { font-size: 12px; }
.align-center { text-align: center; } .align-right { text-align: right; }
.color-grey, .md-font-grey { color: var(--muted); } .color-red, .md-font-red { color: var(--danger); } .color-green, .md-font-green { color: #2ea121; }
.color-blue, .md-font-blue { color: var(--primary); } .color-orange, .md-font-orange { color: #de7802; } .color-purple, .md-font-purple { color: #7f3bf5; }
.md p { margin: 0; } .md p + p { margin-top: 4px; } .md a { color: var(--link); text-decoration: none; cursor: pointer; }
.md code { background: var(--code); padding: 0 4px; border-radius: 4px; } .md pre { background: var(--code); padding: 8px; border-radius: 6px; overflow: auto; }
.md ul, .md ol { margin: 0; padding-left: 20px; } .md blockquote { margin: 0; padding-left: 8px; border-left: 3px solid var(--border); color: var(--muted); }
.md hr { border: 0; border-top: 1px solid var(--border); }
.md-at { color: var(--link); }
.icon { display: inline-block; color: var(--muted); margin-right: 4px; font-size: 12px; }
.div-text { display: flex; gap: 4px; }
.fields { display: flex; flex-wrap: wrap; gap: 8px 0; } .field { flex: 1 0 100%; } .field.short { flex: 1 0 50%; }
.ph { display: flex; gap: 6px; align-items: center; justify-content: center; flex-wrap: wrap; min-height: 48px; padding: 8px; border: 1px dashed var(--field-border); border-radius: 6px; background: var(--code); color: var(--muted); font-size: 12px; text-align: center; word-break: break-all; }
.ph-img { min-height: 120px; } .ph-chart { min-height: 160px; }
.ph-unknown { border-color: var(--danger); color: var(--danger); background: transparent; }
.ph-kind { font-weight: 600; } .img-ph.inline { display: inline-block; padding: 0 6px; border: 1px dashed var(--field-border); border-radius: 4px; color: var(--muted); }
.img-combination { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px; } .img-combination.mode-double { grid-template-columns: repeat(2, 1fr); }
.person-row { display: flex; gap: 8px; flex-wrap: wrap; } .person { display: inline-flex; gap: 4px; align-items: center; }
.avatar { width: 24px; height: 24px; border-radius: 50%; background: var(--t-blue); color: var(--primary); display: inline-flex; align-items: center; justify-content: center; font-size: 12px; }
.person-name { color: var(--link); font-size: 13px; }
.hr { border: 0; border-top: 1px solid var(--border); margin: 0; width: 100%; }
.audio { display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-radius: 20px; background: var(--code); }
.audio .bar { flex: 1; height: 3px; background: var(--field-border); border-radius: 2px; }
.table-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 6px; }
.table { border-collapse: collapse; width: 100%; font-size: 13px; } .table th { background: var(--code); text-align: left; font-weight: 500; }
.table th, .table td { padding: 6px 8px; border-bottom: 1px solid var(--border); white-space: nowrap; }
.pager { display: flex; gap: 4px; justify-content: flex-end; padding: 4px; } .page { font: inherit; font-size: 12px; border: 1px solid var(--border); background: transparent; color: var(--text); border-radius: 4px; cursor: pointer; }
.page.current { border-color: var(--primary); color: var(--primary); }
.column-set { display: flex; gap: 8px; width: 100%; }
.column { display: flex; flex-direction: column; gap: 8px; min-width: 0; flex-basis: 0; }
.column.w-auto { flex: 0 0 auto; } .column.w-px { flex: 0 0 auto; }
${['grey', 'blue', 'wathet', 'turquoise', 'green', 'yellow', 'orange', 'red', 'carmine', 'violet', 'purple', 'indigo'].map((t) => `.bg-${t} { background: var(--t-${t}); border-radius: 6px; }`).join('\n')}
.bg-laser { background: linear-gradient(90deg, var(--t-blue), var(--t-purple)); border-radius: 6px; }
.form { display: flex; flex-direction: column; gap: 12px; }
.form-error { color: var(--danger); font-size: 12px; }
.interactive { display: flex; flex-direction: column; gap: 8px; padding: 4px; border-radius: 6px; cursor: pointer; }
.interactive:hover { background: var(--hover); } .interactive.bordered { border: 1px solid var(--border); } .interactive.disabled { opacity: .5; cursor: not-allowed; }
.clickable { cursor: pointer; }
.panel { border-radius: 6px; } .panel.bordered { border: 1px solid var(--border); }
.panel-head { display: flex; gap: 6px; align-items: center; padding: 6px 8px; cursor: pointer; border-radius: 6px; }
.panel-head .arrow { display: inline-block; transition: transform .15s; font-weight: 600; }
.panel.expanded .panel-head .arrow { transform: rotate(90deg); }
.panel-body { display: none; flex-direction: column; gap: 8px; padding: 4px 8px 8px; } .panel.expanded .panel-body { display: flex; }
.btn { font: inherit; display: inline-flex; align-items: center; justify-content: center; gap: 4px; min-height: 32px; padding: 4px 12px; border-radius: 6px; border: 1px solid var(--field-border); background: var(--field); color: var(--text); cursor: pointer; max-width: 100%; }
.btn:hover:not(:disabled) { background: var(--hover); } .btn:disabled { opacity: .45; cursor: not-allowed; }
.btn.size-tiny { min-height: 24px; padding: 0 8px; font-size: 12px; } .btn.size-small { min-height: 28px; padding: 2px 10px; font-size: 12px; }
.btn.size-large { min-height: 40px; padding: 6px 16px; }
.btn-primary { border-color: var(--primary); color: var(--primary); } .btn-danger { border-color: var(--danger); color: var(--danger); }
.btn-primary_filled { background: var(--primary); border-color: var(--primary); color: #fff; } .btn-primary_filled:hover:not(:disabled) { background: #245bdb; }
.btn-danger_filled { background: var(--danger); border-color: var(--danger); color: #fff; }
.btn-text, .btn-primary_text, .btn-danger_text { border-color: transparent; background: transparent; padding-left: 4px; padding-right: 4px; }
.btn.btn-text { color: var(--text); } .btn-primary_text { color: var(--primary); } .btn-danger_text { color: var(--danger); }
.btn-laser { border: 0; color: #fff; background: linear-gradient(90deg, #3370ff, #a65cf6); }
.btn.cmp, .select-wrap.cmp, .picker-wrap.cmp, .overflow-wrap.cmp { align-self: flex-start; }
.horizontal > .cmp { align-self: auto; }
.w-fill, .btn.w-fill, .cmp.w-fill { width: 100%; display: flex; align-self: stretch; }
.action-module { display: flex; flex-wrap: wrap; gap: 8px; }
.action-module.layout-bisected > * { flex: 0 0 calc((100% - 8px) / 2); min-width: 0; }
.action-module.layout-trisection > * { flex: 0 0 calc((100% - 16px) / 3); min-width: 0; }
.action-module.layout-bisected .btn, .action-module.layout-trisection .btn { width: 100%; }
.div.with-extra { display: flex; gap: 12px; align-items: flex-start; }
.div.with-extra > .div-main { flex: 1 1 auto; min-width: 0; } .div.with-extra > .extra { flex: 0 0 auto; }
.note { display: flex; gap: 6px; align-items: center; color: var(--muted); font-size: 12px; }
.labelled { display: flex; flex-direction: column; gap: 4px; } .labelled.left { flex-direction: row; align-items: center; }
.field-label.required::before { content: "*"; color: var(--danger); margin-right: 2px; }
.input { font: inherit; width: 100%; min-height: 32px; padding: 4px 10px; border: 1px solid var(--field-border); border-radius: 6px; background: var(--field); color: var(--text); }
.input:focus { outline: none; border-color: var(--primary); }
.select-wrap, .picker-wrap { position: relative; display: inline-block; min-width: 160px; max-width: 100%; }
.select { font: inherit; display: flex; justify-content: space-between; gap: 8px; align-items: center; width: 100%; min-height: 32px; padding: 4px 10px; border: 1px solid var(--field-border); border-radius: 6px; background: var(--field); color: var(--text); cursor: pointer; text-align: left; }
.select-text { border-color: transparent; background: transparent; }
.select-value.placeholder { color: var(--faint); } .caret { color: var(--faint); }
.popup { position: absolute; z-index: 20; top: calc(100% + 4px); left: 0; min-width: 100%; max-height: 240px; overflow: auto; padding: 4px; border: 1px solid var(--border); border-radius: 6px; background: var(--card); box-shadow: 0 6px 24px rgba(0,0,0,.16); }
.popup-item { display: flex; gap: 6px; padding: 6px 8px; border-radius: 4px; cursor: pointer; white-space: nowrap; }
.popup-item:hover { background: var(--hover); } .popup-item.selected { color: var(--primary); } .popup-item.disabled { opacity: .5; }
.tick { width: 14px; display: inline-block; }
.overflow-wrap { min-width: 0; } .overflow-wrap .popup { left: auto; right: 0; min-width: 140px; }
.select-img { display: grid; gap: 8px; grid-template-columns: repeat(3, 1fr); } .select-img.layout-bisect { grid-template-columns: repeat(2, 1fr); }
.img-option { font: inherit; min-height: 72px; display: flex; flex-direction: column; align-items: center; justify-content: center; border: 2px solid var(--border); border-radius: 6px; background: var(--code); color: var(--muted); cursor: pointer; font-size: 12px; word-break: break-all; }
.img-option.selected { border-color: var(--primary); }
.checker { display: flex; gap: 8px; align-items: flex-start; padding: 4px; border-radius: 6px; }
.checker.checkable:hover { background: var(--hover); } .checker.disabled { opacity: .5; }
.checkbox { flex: 0 0 16px; width: 16px; height: 16px; margin-top: 3px; border: 1px solid var(--field-border); border-radius: 4px; display: inline-flex; align-items: center; justify-content: center; font-size: 11px; color: #fff; cursor: pointer; background: var(--field); }
.checkbox.checked { background: var(--primary); border-color: var(--primary); }
.checker .txt { flex: 1; cursor: pointer; } .strike { text-decoration: line-through; }
.checker-buttons { display: inline-flex; gap: 4px; } .checker-buttons.on-hover { visibility: hidden; } .checker:hover .checker-buttons.on-hover { visibility: visible; }
.generic { display: flex; flex-direction: column; gap: 8px; }
.overlay { position: fixed; inset: 0; z-index: 50; background: rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center; }
.dialog { width: min(360px, 90vw); padding: 20px; border-radius: 8px; background: var(--card); color: var(--text); box-shadow: var(--shadow); }
.dialog-title { font-size: 16px; font-weight: 600; margin-bottom: 8px; white-space: pre-wrap; word-break: break-word; }
.dialog-text { color: var(--muted); margin-bottom: 16px; white-space: pre-wrap; word-break: break-all; }
.dialog-buttons { display: flex; justify-content: flex-end; gap: 8px; }
.toast { position: fixed; z-index: 60; top: 56px; left: 50%; transform: translateX(-50%); padding: 8px 16px; border-radius: 6px; background: var(--card); color: var(--text); box-shadow: 0 6px 24px rgba(0,0,0,.2); border-left: 4px solid var(--primary); max-width: 80vw; }
.toast-success { border-left-color: #34c724; } .toast-error { border-left-color: var(--danger); } .toast-warning { border-left-color: #ff8800; }
.console { width: 42%; max-width: 560px; min-width: 280px; border-left: 1px solid var(--border); background: var(--panel); display: flex; flex-direction: column; min-height: 0; font-size: 12px; }
.console-head { display: flex; gap: 6px; align-items: center; padding: 6px 10px; border-bottom: 1px solid var(--border); }
.console-title { font-weight: 600; flex: 1; }
.console-list { list-style: none; margin: 0; padding: 0; max-height: 35vh; overflow: auto; border-bottom: 1px solid var(--border); }
.console-item { display: flex; gap: 8px; align-items: center; padding: 4px 10px; cursor: pointer; } .console-item:hover { background: var(--hover); }
.console-item.selected { background: var(--t-blue); }
.console-empty, .muted { color: var(--muted); padding: 6px 10px; margin: 0; }
.entry-time { color: var(--faint); font-variant-numeric: tabular-nums; } .entry-component { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.entry-kind { padding: 0 6px; border-radius: 4px; background: var(--t-grey); }
.badge-callback, .badge-replay { background: var(--t-blue); color: var(--link); } .badge-open_url { background: var(--t-green); } .badge-blocked { background: var(--t-red); color: var(--danger); }
.console-detail { flex: 1; overflow: auto; padding: 6px 10px; }
.section-title { display: flex; gap: 6px; align-items: center; font-weight: 600; margin: 8px 0 4px; }
.request { width: 100%; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--text); background: var(--code); border: 1px solid var(--border); border-radius: 6px; padding: 6px; resize: vertical; }
.error-line, .answer-error { color: var(--danger); }
.note-line { margin: 4px 0; } .note-line.kind-blocked { color: var(--danger); }
.url-table table { border-collapse: collapse; width: 100%; } .url-table th { text-align: left; padding-right: 8px; white-space: nowrap; }
.url-table td.url { word-break: break-all; font-family: ui-monospace, monospace; }
.problems { margin: 0; padding-left: 16px; } .sev-error { color: var(--danger); }
@media (max-width: 720px) { .main { flex-direction: column; } .console { width: auto; max-width: none; border-left: 0; border-top: 1px solid var(--border); } }
${LAYOUT_STYLES}
${WIDGET_STYLES}
${RICH_STYLES}
${PLATFORM_STYLES}
`;
