// The mock callback console: a list of interactions (time, component, kind), the selected entry's request
// body (editable, for replay), its links per platform and the server's answer.
import { type Answer, type OpenUrlTargets, PLATFORMS, type PlatformCall } from '../../../server/src/card';
import { clear, el } from './dom';
import { fill, type Labels } from './labels';
import { renderCall } from './platformConsole';
import { platformLabels } from './platformLabels';

export type EntryKind =
  'callback' | 'open_url' | 'local' | 'blocked' | 'reset' | 'replay' | 'api' | 'platform';

export interface Entry {
  id: string;
  time: number;
  kind: EntryKind;
  /** "button #submit_btn" — tag plus element_id or name. */
  component: string;
  path?: (string | number)[];
  request?: unknown;
  openUrl?: OpenUrlTargets;
  note?: string;
  /** `unanswered`: restored from the host's history while it was still sending (its answer was not seen). */
  status?: 'sending' | 'notSent' | 'answered' | 'unanswered';
  /** An OpenAPI call the bot made to the local platform (kind 'api'). */
  call?: PlatformCall;
  answer?: Answer;
}

export interface ConsoleHooks {
  /** Send `request` (the edited body of `from`) again. */
  replay(request: Record<string, unknown>, from: Entry): void;
  openUrl(url: string): void;
  copy(text: string): void;
  export(json: string): void;
  /** The entries changed (added, updated, cleared): the host keeps them per card file. */
  changed(): void;
  /** Open the callback URL setting (VS Code only: `openSettings` is set there). */
  openSettings?: () => void;
}

export class CallbackConsole {
  private entries: Entry[] = [];
  /** Why callbacks stay on this machine (set by the app from the host kind). */
  notSentText = '';
  private selected: string | undefined;
  private readonly list: HTMLElement;
  private readonly detail: HTMLElement;

  constructor(
    readonly root: HTMLElement,
    private readonly labels: Labels,
    private readonly hooks: ConsoleHooks,
    private readonly locale: 'en' | 'zh',
  ) {
    const clearButton = el('button', {
      class: 'tool',
      attrs: { type: 'button', id: 'console-clear' },
      text: labels.clear,
    });
    clearButton.addEventListener('click', () => this.clear());
    const exportButton = el('button', {
      class: 'tool',
      attrs: { type: 'button', id: 'console-export' },
      text: labels.export,
    });
    exportButton.addEventListener('click', () => this.hooks.export(JSON.stringify(this.entries, null, 2)));
    this.list = el('ol', { class: 'console-list', attrs: { id: 'console-list' } });
    this.detail = el('div', { class: 'console-detail', attrs: { id: 'console-detail' } });
    root.append(
      el('div', { class: 'console-head' }, [
        el('span', { class: 'console-title', text: labels.console }),
        clearButton,
        exportButton,
      ]),
      this.list,
      this.detail,
    );
    this.paint();
  }

  add(entry: Entry): Entry {
    this.entries.push(entry);
    this.selected = entry.id;
    this.paint();
    this.hooks.changed();
    return entry;
  }

  update(id: string, patch: Partial<Entry>): void {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    Object.assign(entry, patch);
    this.paint();
    this.hooks.changed();
  }

  /** Shows `entries` (another card file's history, or this page's own after a restart) instead. */
  restore(entries: Entry[]): void {
    this.entries = [...entries];
    this.selected = entries.at(-1)?.id;
    this.paint();
  }

  /** Replaces the last entry when it is a local change of the same component (typing, ticking in a form). */
  addOrCoalesce(entry: Entry): Entry {
    const last = this.entries[this.entries.length - 1];
    if (
      last &&
      last.kind === 'local' &&
      entry.kind === 'local' &&
      JSON.stringify(last.path) === JSON.stringify(entry.path)
    ) {
      this.entries.pop();
    }
    return this.add(entry);
  }

  all(): Entry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
    this.selected = undefined;
    this.paint();
    this.hooks.changed();
  }

  private kindLabel(kind: EntryKind): string {
    const l = this.labels;
    return {
      callback: l.kindCallback,
      open_url: l.kindOpenUrl,
      local: l.kindLocal,
      blocked: l.kindBlocked,
      reset: l.kindReset,
      replay: l.kindReplay,
      api: platformLabels(this.locale).kindApi,
      platform: platformLabels(this.locale).kindPlatform,
    }[kind];
  }

  private paint(): void {
    clear(this.list);
    if (this.entries.length === 0)
      this.list.append(el('li', { class: 'console-empty', text: this.labels.empty }));
    for (const entry of this.entries) {
      const item = el(
        'li',
        {
          class: `console-item kind-${entry.kind}${entry.id === this.selected ? ' selected' : ''}`,
          data: { kind: entry.kind, id: entry.id },
        },
        [
          el('span', { class: 'entry-time', text: new Date(entry.time).toLocaleTimeString() }),
          el('span', { class: 'entry-component', text: entry.component }),
          el('span', { class: `entry-kind badge-${entry.kind}`, text: this.kindLabel(entry.kind) }),
          entry.answer?.status !== undefined
            ? el('span', { class: 'entry-status', text: String(entry.answer.status) })
            : undefined,
        ],
      );
      item.addEventListener('click', () => {
        this.selected = entry.id;
        this.paint();
      });
      this.list.append(item);
    }
    this.paintDetail();
  }

  private paintDetail(): void {
    clear(this.detail);
    const entry = this.entries.find((e) => e.id === this.selected);
    if (!entry) {
      this.detail.append(el('p', { class: 'muted', text: this.labels.selectEntry }));
      return;
    }
    if (entry.note)
      this.detail.append(
        el('p', { class: `note-line kind-${entry.kind}`, attrs: { id: 'entry-note' }, text: entry.note }),
      );
    if (entry.openUrl) this.detail.append(this.urlTable(entry.openUrl));
    if (entry.call) this.detail.append(renderCall(entry.call, this.locale));
    if (entry.request !== undefined) this.detail.append(this.requestView(entry));
    if (entry.status === 'sending')
      this.detail.append(el('p', { class: 'muted', text: this.labels.sending }));
    if (entry.status === 'unanswered')
      this.detail.append(el('p', { class: 'muted', text: this.labels.closedBeforeAnswer }));
    if (entry.answer) this.detail.append(this.answerView(entry.answer));
  }

  private urlTable(targets: OpenUrlTargets): HTMLElement {
    const l = this.labels;
    const names = { desktop: l.desktop, android: 'Android', ios: 'iOS' };
    const rows = PLATFORMS.map((platform) => {
      const t = targets[platform];
      const open = el('button', {
        class: 'tool',
        attrs: { type: 'button' },
        data: { platform },
        text: l.openIn,
      });
      open.disabled = !t.openable;
      if (t.url && !t.openable) open.title = l.notOpenable;
      open.addEventListener('click', () => t.url && this.hooks.openUrl(t.url));
      return el('tr', { data: { platform } }, [
        el('th', { text: names[platform] }),
        el('td', { class: 'url', text: t.blocked ? l.blockedPlatform : (t.url ?? l.noUrl) }),
        el('td', {}, [open]),
      ]);
    });
    return el('div', { class: 'url-table' }, [
      el('div', { class: 'section-title', text: l.openUrlTitle }),
      el('table', {}, rows),
    ]);
  }

  private requestView(entry: Entry): HTMLElement {
    const json = JSON.stringify(entry.request, null, 2);
    const area = el('textarea', {
      class: 'request',
      attrs: { id: 'request', spellcheck: 'false', 'aria-label': this.labels.request },
    });
    area.value = json;
    area.rows = Math.min(30, json.split('\n').length + 1);
    const error = el('span', { class: 'error-line' });
    const copy = el('button', {
      class: 'tool',
      attrs: { type: 'button', id: 'copy' },
      text: this.labels.copy,
    });
    copy.addEventListener('click', () => {
      this.hooks.copy(area.value);
      copy.textContent = this.labels.copied;
    });
    const replay = el('button', {
      class: 'tool',
      attrs: { type: 'button', id: 'replay' },
      text: this.labels.replay,
    });
    replay.addEventListener('click', () => {
      try {
        const parsed: unknown = JSON.parse(area.value);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        error.textContent = '';
        this.hooks.replay(parsed as Record<string, unknown>, entry);
      } catch {
        error.textContent = this.labels.invalidJson;
      }
    });
    const notSent = entry.status === 'notSent' ? this.notSentLine() : undefined;
    return el('div', { class: 'request-view' }, [
      el('div', { class: 'section-title' }, [el('span', { text: this.labels.request }), copy, replay, error]),
      area,
      notSent,
    ]);
  }

  /** Why the callback stayed here, with a way to the setting that would send it (where there is one). */
  private notSentLine(): HTMLElement {
    const line = el('p', { class: 'muted', attrs: { id: 'not-sent' }, text: this.notSentText });
    const open = this.hooks.openSettings;
    if (open) {
      const button = el('button', {
        class: 'tool',
        attrs: { type: 'button', id: 'open-callback-setting' },
        text: this.labels.openCallbackSetting,
      });
      button.addEventListener('click', () => open());
      line.append(' ', button);
    }
    return line;
  }

  private answerView(answer: Answer): HTMLElement {
    const l = this.labels;
    const text = (t: { en: string; zh: string }) => t[this.locale];
    const parts: (HTMLElement | undefined)[] = [
      el('div', {
        class: 'section-title',
        text: `${l.response} · ${l.status} ${answer.status ?? '—'} · ${l.time} ${Math.round(answer.ms)} ms`,
      }),
    ];
    if (answer.error) {
      parts.push(
        el('p', {
          class: 'answer-error',
          text: `${l.answerError}: ${text(answer.error.message)}${answer.error.code ? ` (code: ${answer.error.code})` : ''}`,
        }),
      );
    }
    if (answer.toast)
      parts.push(el('p', { text: `${l.answerToast} (${answer.toast.type}): ${answer.toast.text}` }));
    if (answer.card) {
      parts.push(el('p', { text: l.answerCard }));
      if (answer.card.problems.length) {
        parts.push(el('p', { text: l.answerProblems }));
        parts.push(
          el(
            'ul',
            { class: 'problems' },
            answer.card.problems.map((p) =>
              el('li', { class: `sev-${p.severity}`, text: `${p.severity} ${p.ruleId}: ${p.message}` }),
            ),
          ),
        );
      }
    }
    if (answer.template)
      parts.push(el('p', { text: fill(l.answerTemplate, { id: answer.template.templateId }) }));
    if (!answer.error && !answer.toast && !answer.card && !answer.template)
      parts.push(el('p', { text: l.answerEmpty }));
    for (const note of answer.notes) parts.push(el('p', { class: 'muted', text: text(note) }));
    return el('div', { class: 'answer-view', attrs: { id: 'answer' } }, parts);
  }
}
