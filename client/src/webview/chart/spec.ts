// A card's `chart` component as the VChart spec and box the client would use: the chart_spec copied (never
// mutated), the card's colour theme applied when the spec sets no colours of its own, a transparent
// background, and the height from `height` or `aspect_ratio` (PC 16:9, mobile 1:1 by default; chart page).
// Pure: no DOM, so it is shared by the page bundle (sizing, messages) and the chart bundle (drawing).

export interface ChartBox {
  /** Height in px for a given width. */
  heightFor(width: number): number;
}

const RATIOS: Record<string, number> = { '1:1': 1, '2:1': 1 / 2, '4:3': 3 / 4, '16:9': 9 / 16 };

export function chartBox(props: Record<string, unknown>, mobile: boolean): ChartBox {
  const fixed = typeof props.height === 'string' ? /^(\d{1,3})px$/.exec(props.height) : null;
  if (fixed && Number(fixed[1]) >= 1) return { heightFor: () => Number(fixed[1]) };
  const ratio =
    typeof props.aspect_ratio === 'string' && props.aspect_ratio in RATIOS
      ? RATIOS[props.aspect_ratio]
      : mobile
        ? 1
        : 9 / 16;
  return { heightFor: (width) => Math.round(width * ratio) };
}

/**
 * The colour themes are named on the chart page (brand, rainbow, complementary, converse, primary) but their
 * colours are not given: these sequences from the card colour enum are our reading of the names.
 */
const THEMES: Record<string, string[]> = {
  brand: ['#336df4', '#2dbeab', '#ffc60a', '#f76964', '#7a35f0', '#35bd4b', '#ff8800', '#4954e6'],
  rainbow: ['#0442d2', '#1456f0', '#336df4', '#5083fb', '#7aa2ff', '#94b4ff', '#c2d4ff'],
  complementary: ['#336df4', '#ff8800', '#2dbeab', '#f54a45', '#7a35f0', '#ffc60a'],
  converse: ['#1456f0', '#c02a26', '#1a7526', '#a44904', '#7a35f0', '#067062'],
  primary: ['#336df4', '#5083fb', '#7aa2ff', '#94b4ff', '#c2d4ff'],
};

export type Prepared = { ok: true; spec: Record<string, unknown> } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export function prepareSpec(props: Record<string, unknown>): Prepared {
  const source = props.chart_spec;
  if (!isObject(source)) return { ok: false, reason: 'chart_spec is missing or not an object' };
  if (typeof source.type !== 'string' || !source.type)
    return { ok: false, reason: 'chart_spec has no "type"' };
  if (source.data === undefined && source.type !== 'common')
    return { ok: false, reason: 'chart_spec has no "data"' };
  let spec: Record<string, unknown>;
  try {
    spec = structuredClone(source);
  } catch {
    return { ok: false, reason: 'chart_spec cannot be copied' };
  }
  const theme =
    typeof props.color_theme === 'string' && props.color_theme in THEMES ? props.color_theme : 'brand';
  if (spec.color === undefined) spec.color = THEMES[theme];
  if (spec.background === undefined) spec.background = 'transparent';
  // The platform appends media queries unless the spec sets "media": []; their content is not documented,
  // so the preview appends none and leaves the spec's own `media` as it is.
  return { ok: true, spec };
}
