// The chart component drawn with VChart, as the client does: the chart bundle is loaded on first use, the
// box is sized by `height` / `aspect_ratio`, light or dark follows the preview's theme, and a spec that
// cannot be drawn shows one clear message in the chart's place (the lint says why, too).
import { chartBox, prepareSpec } from '../chart/spec';
import type { DrawnChart } from '../chart/api';
import { loadCharts } from '../chart/loader';
import { el } from '../dom';
import type { Renderer } from '../render';

/** Charts of earlier renders, freed once their box has left the page. */
const live = new Set<{ node: HTMLElement; drawn: DrawnChart }>();

function sweep(): void {
  for (const entry of live)
    if (!entry.node.isConnected) {
      entry.drawn.release();
      live.delete(entry);
    }
}

function message(title: string, detail: string): HTMLElement {
  return el('div', { class: 'chart-message', attrs: { role: 'alert' } }, [
    el('span', { class: 'ph-kind', text: title }),
    el('span', { class: 'ph-detail', text: detail }),
  ]);
}

export const chart: Renderer = (_component, props, ctx) => {
  const node = el('div', { class: 'chart' });
  const prepared = prepareSpec(props);
  if (!prepared.ok) {
    node.append(message(ctx.labels.chartInvalid, prepared.reason));
    return node;
  }
  const box = el('div', { class: 'chart-canvas' });
  const fixed = chartBox(props, ctx.mobile);
  // The box's height follows its width; measured once it is on the page.
  box.style.height = `${fixed.heightFor(ctx.mobile ? 320 : 560)}px`;
  const status = el('div', { class: 'chart-status', text: ctx.labels.chartLoading });
  node.append(box, status);
  loadCharts().then(
    (api) => {
      sweep();
      if (!box.isConnected) return;
      box.style.height = `${fixed.heightFor(box.clientWidth || 560)}px`;
      const dark = !!box.closest('.theme-dark, .theme-hc');
      let drawn: DrawnChart;
      try {
        drawn = api.draw(box, prepared.spec, { dark, mobile: ctx.mobile });
      } catch (error) {
        status.replaceWith(
          message(ctx.labels.chartInvalid, error instanceof Error ? error.message : String(error)),
        );
        box.remove();
        return;
      }
      live.add({ node: box, drawn });
      if (drawn.errors.length) {
        status.replaceWith(message(ctx.labels.chartInvalid, drawn.errors[0]));
        return;
      }
      status.remove();
      node.classList.add('drawn');
    },
    (error: Error) => status.replaceWith(message(ctx.labels.chartInvalid, error.message)),
  );
  return node;
};
