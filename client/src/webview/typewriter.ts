// The typewriter effect of CardKit streaming, as the Feishu client shows it: while a card's
// `config.streaming_mode` is on, a text element (markdown, plain_text) whose new content extends what it
// had is printed `print_step` characters every `print_frequency_ms` (streaming_config; defaults 70 ms and
// 1, per client: pc on the desktop view, default otherwise). `print_strategy` says what happens to text
// not yet printed when the next update comes: "fast" (the default) prints it at once and types the new
// part, "delay" keeps typing through it. No DOM here: it turns card texts into the texts to show, step by
// step, and hands each step to its host (the page redraws that card).
//
// Uncertain (the streaming pages describe the effect for the content-streaming API): any update of a
// CardKit card in streaming mode (content, full or batch update) gets it here, and text that does not extend
// the old one replaces it at once, as the platform's console note says. The first version seen is whole.
// Which per-client value a phone uses is not ours to know: the mobile view takes `default`.

type Json = Record<string, unknown>;

export interface TypewriterHost {
  /** A later step of card `key` (the first comes back from `update`). */
  changed(key: string, text: string): void;
  mobile(): boolean;
  /** setTimeout / clearTimeout; tests pass a manual clock. */
  schedule?(run: () => void, ms: number): unknown;
  cancel?(handle: unknown): void;
}

interface Line {
  /** The element's whole content, as code points (a step never splits a character). */
  target: string[];
  shown: number;
}

interface Stream {
  /** The card's last text as it came (an unchanged one changes nothing). */
  text: string;
  card: Json;
  lines: Map<string, Line>;
  timer?: unknown;
}

const DEFAULT_MS = 70;
const DEFAULT_STEP = 1;
/** Bounds on what a card may ask for: never a busy loop, never a frozen line. */
const MIN_MS = 10;
const MAX_MS = 5000;
const MAX_STEP = 10_000;

export class Typewriter {
  private readonly streams = new Map<string, Stream>();

  constructor(private readonly host: TypewriterHost) {}

  /** A new version of card `key`; returns the text to show now. */
  update(key: string, text: string): string {
    const old = this.streams.get(key);
    if (old && old.text === text) return render(old);
    const card = parse(text);
    if (!card || !streamingOn(card)) {
      this.forget(key);
      return text;
    }
    const fast = strategy(card) !== 'delay';
    const lines = new Map<string, Line>();
    for (const [id, content] of textElements(card)) {
      const target = Array.from(content);
      const before = old?.lines.get(id);
      const had = before?.target.join('');
      let shown = target.length;
      // The same text keeps typing; more text: "fast" prints what was left at once, "delay" types on.
      if (before && content === had) shown = before.shown;
      else if (before && had !== undefined && content.startsWith(had))
        shown = fast ? before.target.length : before.shown;
      lines.set(id, { target, shown });
    }
    const stream: Stream = { text, card, lines, timer: old?.timer };
    this.streams.set(key, stream);
    if (stream.timer === undefined && this.pending(stream)) this.tick(key, stream);
    return render(stream);
  }

  /** Stops typing card `key` (gone, or no longer streaming). */
  forget(key: string): void {
    const stream = this.streams.get(key);
    if (stream?.timer !== undefined) (this.host.cancel ?? clearTimeout)(stream.timer as never);
    this.streams.delete(key);
  }

  /** Cards being typed now. */
  keys(): string[] {
    return [...this.streams.keys()];
  }

  private pending(stream: Stream): boolean {
    return [...stream.lines.values()].some((line) => line.shown < line.target.length);
  }

  private tick(key: string, stream: Stream): void {
    const schedule = this.host.schedule ?? ((run: () => void, ms: number) => setTimeout(run, ms));
    stream.timer = schedule(
      () => {
        const now = this.streams.get(key);
        if (!now) return;
        now.timer = undefined;
        const step = setting(now.card, 'print_step', DEFAULT_STEP, 1, MAX_STEP, this.host.mobile());
        for (const line of now.lines.values())
          line.shown = Math.min(line.target.length, line.shown + Math.floor(step));
        if (this.pending(now)) this.tick(key, now);
        this.host.changed(key, render(now));
      },
      setting(stream.card, 'print_frequency_ms', DEFAULT_MS, MIN_MS, MAX_MS, this.host.mobile()),
    );
  }
}

function parse(text: string): Json | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return isJson(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isJson(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function streamingOn(card: Json): boolean {
  return isJson(card.config) && card.config.streaming_mode === true;
}

function streamingConfig(card: Json): Json {
  const config = isJson(card.config) ? card.config.streaming_config : undefined;
  return isJson(config) ? config : {};
}

function strategy(card: Json): string {
  const value = streamingConfig(card).print_strategy;
  return typeof value === 'string' ? value : 'fast';
}

/** A per-client number ({default, pc, ios, android}); a bare number is taken too. */
function setting(card: Json, name: string, fallback: number, min: number, max: number, mobile: boolean) {
  const value = streamingConfig(card)[name];
  const picked = isJson(value) ? (mobile ? value.default : (value.pc ?? value.default)) : value;
  if (typeof picked !== 'number' || !Number.isFinite(picked) || picked < min) return fallback;
  return Math.min(picked, max);
}

/** The streamable text elements (markdown, plain_text with an element_id) anywhere in the card. */
function textElements(card: Json): Map<string, string> {
  const found = new Map<string, string>();
  walk(card, (node) => {
    if (isText(node) && !found.has(node.element_id)) found.set(node.element_id, node.content);
  });
  return found;
}

function isText(node: Json): node is Json & { element_id: string; content: string } {
  return (
    (node.tag === 'markdown' || node.tag === 'plain_text') &&
    typeof node.element_id === 'string' &&
    typeof node.content === 'string'
  );
}

function walk(value: unknown, visit: (node: Json) => void, depth = 0): void {
  if (depth > 64) return;
  if (Array.isArray(value)) for (const item of value) walk(item, visit, depth + 1);
  else if (isJson(value)) {
    visit(value);
    for (const child of Object.values(value)) walk(child, visit, depth + 1);
  }
}

/** The card as it stands at this step: each typed line cut to what has been printed. */
function render(stream: Stream): string {
  const card = structuredClone(stream.card);
  walk(card, (node) => {
    const line = isText(node) ? stream.lines.get(node.element_id) : undefined;
    if (line) node.content = line.target.slice(0, line.shown).join('');
  });
  return JSON.stringify(card, null, 2);
}
