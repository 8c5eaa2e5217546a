// Column sets as the client lays them out: columns shrink rather than leave the card, a column is as wide as
// its content by default, and `flex_mode` re-flows the columns when the card is narrow — on mobile and on
// narrow desktop windows alike (the column-set page). "Narrow" is not given a number in the docs: the
// preview uses a card narrower than 420 px, which covers every mobile width and a squeezed desktop pane.
export const LAYOUT_STYLES = `
.card { container: card / inline-size; }
.column-set { display: flex; gap: 8px; width: 100%; min-width: 0; }
.column-set > .column { min-width: 0; }
.column.w-auto { flex: 0 1 auto; }
.column.w-px { flex: 0 1 auto; }
.column.w-weighted { flex-basis: 0; }
.column.v-center { justify-content: center; } .column.v-bottom { justify-content: flex-end; }
.column-set.h-center { justify-content: center; align-items: stretch; } .column-set.h-right { justify-content: flex-end; align-items: stretch; }
.has-bg { border-radius: 6px; }
.column > .cmp, .column-set > .column > * { max-width: 100%; }
/* A button squeezed by its column keeps one line and ends in an ellipsis (its tooltip has the whole text). */
.column .btn { min-width: 0; } .column .btn-text { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
@container card (max-width: 419px) {
  .column-set.flex-stretch { flex-direction: column; }
  .column-set.flex-stretch > .column { width: 100% !important; flex: 1 1 auto; }
  .column-set.flex-flow { flex-wrap: wrap; }
  .column-set.flex-flow > .column { flex: 0 1 auto; width: auto !important; }
  .column-set.flex-bisect { flex-wrap: wrap; }
  .column-set.flex-bisect > .column { flex: 0 0 calc((100% - var(--gap, 8px)) / 2); width: auto !important; }
  .column-set.flex-trisect { flex-wrap: wrap; }
  .column-set.flex-trisect > .column { flex: 0 0 calc((100% - 2 * var(--gap, 8px)) / 3); width: auto !important; }
}
`;
