// When a document's diagnostics are computed and published. Edits are coalesced (only the latest version is
// analysed), and the lint runs in slices of a few milliseconds with the event loop free in between, so a
// completion or hover that arrives meanwhile is answered after one slice, not after every rule on a 1 MB
// card; a run whose document changed under it is dropped, and no version older than the latest is published.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisCache } from './analysis';
import { publishedFindings, toDiagnostics } from './convert';

/**
 * How long one slice of a lint may run before the server looks at its messages again. A test can set it
 * with FEISHU_CARD_LINT_SLICE_MS (0: pause after every step), so that where the pauses fall does not
 * depend on the machine's speed.
 */
const SLICE_MS = sliceSetting(process.env.FEISHU_CARD_LINT_SLICE_MS) ?? 4;

function sliceSetting(value: string | undefined): number | undefined {
  const ms = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

export interface DiagnosticsOptions {
  /** False while a pulling client's settings are not in yet: nothing is published with the defaults. */
  ready: () => boolean;
  /** VS Code's JSON language features run beside us (they report the file's own syntax errors). */
  jsonLanguageFeatures: () => boolean;
  /** After a document's diagnostics were published (the data file of a template card gets its hints). */
  afterPublish: (uri: string, analysis: Analysis) => void;
}

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, () => void>();
  /** The analysis whose lint is under way, per document: a second request for it joins that run. */
  private readonly running = new Map<string, Analysis>();
  private readonly publishedVersion = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisCache,
    private readonly options: DiagnosticsOptions,
  ) {}

  /**
   * Analyses and publishes the document soon: after `delay` ms, or when a whole turn of the event loop has
   * passed with no further change to it. The connection handles one queued message per setImmediate turn,
   * so one turn is not enough to know that a burst of edits is over (the next queued message runs between
   * our two turns and cancels this run). An edit that is alone is still analysed at once: two turns, no
   * timer (setImmediate, not setTimeout(0): a timer would add its 1 ms minimum to every typical card).
   */
  schedule(uri: string, delay = 0): void {
    this.pending.get(uri)?.();
    const run = () => {
      this.pending.delete(uri);
      this.validate(uri);
    };
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      this.pending.set(uri, () => clearTimeout(timer));
      return;
    }
    let immediate = setImmediate(() => {
      immediate = setImmediate(run);
    });
    this.pending.set(uri, () => clearImmediate(immediate));
  }

  /** The document was closed: nothing more is published for it but the empty list that clears it. */
  closed(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
    this.running.delete(uri);
    this.publishedVersion.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private validate(uri: string): void {
    const document = this.documents.get(uri);
    // Validated again once the settings are in.
    if (!document || !this.options.ready()) return;
    let analysis: Analysis;
    try {
      analysis = this.analyses.get(document);
    } catch (error) {
      this.failed(uri, error);
      return;
    }
    if (this.running.get(uri) === analysis) return;
    this.running.set(uri, analysis);
    this.lintInSlices(uri, analysis);
  }

  /** Whether `analysis` is still what this document's diagnostics should say. */
  private current(uri: string, analysis: Analysis): boolean {
    return (
      this.running.get(uri) === analysis &&
      this.documents.get(uri)?.version === analysis.version &&
      this.analyses.peek(uri) === analysis
    );
  }

  private lintInSlices(uri: string, analysis: Analysis): void {
    const slice = () => {
      if (!this.current(uri, analysis)) return this.dropped(uri, analysis);
      try {
        const started = performance.now();
        let done = analysis.lintStep();
        while (!done && performance.now() - started < SLICE_MS) done = analysis.lintStep();
        if (!done) return void setImmediate(slice);
        this.running.delete(uri);
        this.publish(uri, analysis);
      } catch (error) {
        this.running.delete(uri);
        this.failed(uri, error);
      }
    };
    slice();
  }

  /**
   * A run that is no longer current stops. When its document is still at that version (the analysis was
   * replaced: settings or a data file changed), the document is validated again, so that version is
   * published after all; any other change scheduled its own run.
   */
  private dropped(uri: string, analysis: Analysis): void {
    if (this.running.get(uri) === analysis) this.running.delete(uri);
    const document = this.documents.get(uri);
    if (document?.version === analysis.version && this.analyses.peek(uri) !== analysis) this.schedule(uri);
  }

  private publish(uri: string, analysis: Analysis): void {
    const document = this.documents.get(uri);
    if (!document || document.version !== analysis.version) return;
    if ((this.publishedVersion.get(uri) ?? -Infinity) > analysis.version) return;
    this.publishedVersion.set(uri, analysis.version);
    const findings = publishedFindings(analysis.findings, this.options.jsonLanguageFeatures());
    void this.connection.sendDiagnostics({
      uri,
      version: analysis.version,
      diagnostics: toDiagnostics(document, findings),
    });
    this.options.afterPublish(uri, analysis);
  }

  private failed(uri: string, error: unknown): void {
    // Never let one document take the server down; report it once and move on.
    this.connection.console.error(
      `feishu-card: analysis of ${uri} failed: ${(error as Error).stack ?? error}`,
    );
  }
}
