// Reveal-on-click: a click anywhere on a component of the card asks the host to select that component's
// JSON in the editor. The path is relative to the card object; the host maps it through its own parse.
import type { Bridge } from './bridge';

export function revealOnClick(card: HTMLElement, bridge: Bridge): void {
  // Capture phase: widgets stop propagation for their own reasons, revealing must still see the click.
  card.addEventListener('click', (event) => reveal(event, bridge), true);
}

function reveal(event: Event, bridge: Bridge): void {
  const node = (event.target as Element | null)?.closest?.('[data-path]') as HTMLElement | null;
  if (!node?.dataset.path) return;
  try {
    const path: unknown = JSON.parse(node.dataset.path);
    if (Array.isArray(path)) bridge.post({ type: 'reveal', path });
  } catch {
    // Paths are written by us; a bad one is simply not revealed.
  }
}
