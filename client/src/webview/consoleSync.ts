// Keeps the console in step with the history the host keeps per card file (consoleHistory.ts): the host's
// copy comes in when the page starts or the preview moves to another file, and the page's entries go to
// the host shortly after each change. The page's own copy of a file is never replaced by the host's (it is
// at least as new); entries from the host are checked before they are shown, like any other input.
import { restoreToken } from '../../../server/src/card';
import type { Bridge } from './bridge';
import type { CallbackConsole, Entry, EntryKind } from './console';

/** At most one history message per this many milliseconds while the console changes (typing in a form). */
const SYNC_MS = 100;

const KINDS: readonly EntryKind[] = [
  'callback',
  'open_url',
  'local',
  'blocked',
  'reset',
  'replay',
  'api',
  'platform',
];
const STATUSES = ['notSent', 'answered', 'unanswered'];

export class ConsoleSync {
  /** The card file whose history the console shows; undefined until the host names one (CLI: never). */
  private file: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly bridge: Bridge,
    private readonly console: () => CallbackConsole | undefined,
    /** The Verification Token this page sends, put back into restored requests. */
    private readonly token: () => string | undefined,
  ) {}

  /** The host's history of `fileName`: shown, unless the console holds that file's history already. */
  restore(fileName: string, entries: unknown[]): void {
    const console = this.console();
    if (fileName === this.file || !console) return;
    this.flush();
    this.file = fileName;
    const token = this.token();
    console.restore(
      entries.flatMap((raw) => {
        const entry = restoredEntry(raw);
        if (entry?.request !== undefined && token !== undefined) restoreToken(entry.request, token);
        return entry ? [entry] : [];
      }),
    );
  }

  /** The console changed: the host gets its entries within SYNC_MS. */
  changed(): void {
    if (this.file === undefined || this.timer) return;
    this.timer = setTimeout(() => this.flush(), SYNC_MS);
  }

  /** Sends a pending change now. */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    const console = this.console();
    if (this.file === undefined || !console) return;
    this.bridge.post({ type: 'history', fileName: this.file, entries: console.all() });
  }
}

/** An entry as the console made it, or undefined; one still sending then has no answer to wait for. */
function restoredEntry(raw: unknown): Entry | undefined {
  if (!isRecord(raw)) return undefined;
  const entry = raw;
  if (typeof entry.id !== 'string' || typeof entry.component !== 'string') return undefined;
  if (typeof entry.time !== 'number' || !KINDS.includes(entry.kind as EntryKind)) return undefined;
  if (entry.path !== undefined && !Array.isArray(entry.path)) return undefined;
  if (entry.note !== undefined && typeof entry.note !== 'string') return undefined;
  if (entry.answer !== undefined && !answerShaped(entry.answer)) return undefined;
  if (entry.openUrl !== undefined && !isRecord(entry.openUrl)) return undefined;
  if (entry.call !== undefined && !isRecord(entry.call)) return undefined;
  const status = entry.status === 'sending' ? 'unanswered' : entry.status;
  if (status !== undefined && !STATUSES.includes(status as string)) return undefined;
  return { ...(entry as unknown as Entry), status: status as Entry['status'] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** What the console's answer view reads: the notes list, and a card's problems list when there is a card. */
function answerShaped(answer: unknown): boolean {
  if (!isRecord(answer) || !Array.isArray(answer.notes)) return false;
  return answer.card === undefined || (isRecord(answer.card) && Array.isArray(answer.card.problems));
}
