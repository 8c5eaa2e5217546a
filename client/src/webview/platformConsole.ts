// How the console shows one OpenAPI call the bot made to the local platform: status, code, timing, why it
// was refused or what to watch, our rules' findings on its card, and the request and response bodies.
import type { PlatformCall } from '../../../server/src/card';
import { el } from './dom';
import { platformLabels } from './platformLabels';

export function renderCall(call: PlatformCall, locale: 'en' | 'zh'): HTMLElement {
  const l = platformLabels(locale);
  const json = (value: unknown) =>
    el('pre', { class: 'call-body', text: value === undefined ? '—' : JSON.stringify(value, null, 2) });
  return el('div', { class: 'call-view', attrs: { id: 'call' } }, [
    el('div', {
      class: 'section-title',
      text: `${call.method} ${call.path} · HTTP ${call.status} · ${l.code} ${call.code} · ${call.ms} ms`,
    }),
    ...call.notes.map((n) => el('p', { class: call.code === 0 ? 'muted' : 'answer-error', text: n[locale] })),
    call.problems?.length
      ? el('div', {}, [
          el('p', { text: l.problems }),
          el(
            'ul',
            { class: 'problems' },
            call.problems.map((p) =>
              el('li', { class: `sev-${p.severity}`, text: `${p.severity} ${p.ruleId}: ${p.message}` }),
            ),
          ),
        ])
      : undefined,
    el('div', { class: 'section-title', text: l.request }),
    json(call.request),
    el('div', { class: 'section-title', text: l.response }),
    json(call.response),
  ]);
}
