// A failing request answers "nothing here" instead of an error popup in the editor, and leaves a trace in the
// server's log: one bug in one feature must not break the others.
import type { Connection } from 'vscode-languageserver/node';

export function guarded<T>(connection: Connection, feature: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`feishu-card: ${feature} failed: ${(error as Error).stack ?? error}`);
    return fallback;
  }
}
