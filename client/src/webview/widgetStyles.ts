// Styles of the widgets' finer states as the client draws them: disabled fields (greyed, no pointer — the
// exact grey is not documented, we use the card's disabled-field look), multi-select chips, pickers with
// their placeholder, the explanatory line of a member list, collapsible panel headers and icons, and the
// plain-text page's text sizes. Appended to styles.ts's sheet after the generic rules.
import { TEXT_SIZE_STYLES } from './textSize';

export const WIDGET_STYLES = `
.input:disabled, .select:disabled, .picker-wrap.is-disabled .picker-face { background: var(--code); color: var(--faint); border-color: var(--border); cursor: not-allowed; }
.input:disabled::placeholder { color: var(--faint); }
.select:disabled .select-value, .select:disabled .caret, .picker-wrap.is-disabled .select-value { color: var(--faint); }
.select:disabled .chip { opacity: .6; }
.picker-native:disabled { cursor: not-allowed; }
.checker.disabled .checkbox { background: var(--code); border-color: var(--border); cursor: not-allowed; }
.checker.disabled .txt { cursor: not-allowed; color: var(--faint); }
.img-option:disabled { cursor: not-allowed; }
.img-option.is-disabled { opacity: .4; filter: grayscale(1); border-style: dashed; }
.select-value { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.select-value.chips { display: flex; flex-wrap: wrap; gap: 4px; white-space: normal; }
.chip { display: inline-block; max-width: 100%; padding: 0 6px; border-radius: 4px; background: var(--t-grey); color: var(--text); font-size: 12px; line-height: 20px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.theme-hc .chip { border: 1px solid var(--border); }
.picker-wrap { position: relative; }
.picker-face { pointer-events: none; }
.picker-native { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; padding: 0; border: 0; opacity: 0; cursor: pointer; }
.picker-wrap:focus-within .picker-face { border-color: var(--primary); }
.popup-note { padding: 6px 8px; color: var(--faint); font-size: 12px; white-space: normal; min-width: 200px; }
.popup { box-sizing: border-box; }
.popup-item span:last-child { overflow: hidden; text-overflow: ellipsis; }
.panel-head { display: flex; gap: 6px; align-items: center; }
.panel-head.v-top { align-items: flex-start; } .panel-head.v-bottom { align-items: flex-end; }
.panel-title { flex: 1 1 auto; min-width: 0; }
.panel-head.icon-follow_text .panel-title { flex: 0 1 auto; }
.panel-head > .panel-icon { flex: 0 0 auto; margin: 0; transition: transform .15s; }
.panel.expanded > .panel-head > .panel-icon { transform: rotate(var(--angle, 180deg)); }
@media (prefers-reduced-motion: reduce) { .panel-head > .panel-icon { transition: none; } }
.panel-head.hw-auto, .panel:not(.expanded) > .panel-head.hw-auto_when_fold { width: fit-content; max-width: 100%; }
.panel.bordered.bdc { border-color: var(--bdl); } .theme-dark .panel.bordered.bdc, .theme-hc .panel.bordered.bdc { border-color: var(--bdd); }
${TEXT_SIZE_STYLES}
.size-heading, .size-heading-0, .size-heading-1, .size-heading-2, .size-heading-3, .size-heading-4 { font-weight: 600; line-height: 1.4; }
.size-notation { color: var(--muted); }
`;
