// Talks to whoever hosts the page: the VS Code webview API, or — when served by `feishu-card preview` —
// a shim over server-sent events (host → page) and POST /api (page → host).
import type { HostMessage, PageMessage } from '../../../server/src/card';

export interface Bridge {
  post(message: PageMessage): void;
  onMessage(handler: (message: HostMessage) => void): void;
  kind: 'vscode' | 'browser';
  /** Persisted UI state (toolbar choices) across reloads of the page. */
  getState(): unknown;
  setState(state: unknown): void;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

export function createBridge(): Bridge {
  if (typeof acquireVsCodeApi === 'function') {
    const api = acquireVsCodeApi();
    return {
      kind: 'vscode',
      post: (message) => api.postMessage(message),
      onMessage: (handler) =>
        window.addEventListener('message', (event: MessageEvent) => {
          if (event.data && typeof event.data === 'object' && typeof event.data.type === 'string')
            handler(event.data as HostMessage);
        }),
      getState: () => api.getState(),
      setState: (state) => api.setState(state),
    };
  }
  return browserBridge();
}

function browserBridge(): Bridge {
  const handlers: ((message: HostMessage) => void)[] = [];
  const events = new EventSource('/events');
  events.onmessage = (event) => {
    try {
      const message = JSON.parse(event.data as string) as HostMessage;
      for (const handler of handlers) handler(message);
    } catch {
      // A malformed event is dropped; the next card update replaces it anyway.
    }
  };
  const key = 'feishu-card-preview';
  return {
    kind: 'browser',
    post: (message) => {
      void fetch('/api', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
      }).catch(() => undefined);
    },
    onMessage: (handler) => handlers.push(handler),
    getState: () => {
      try {
        return JSON.parse(sessionStorage.getItem(key) ?? 'null');
      } catch {
        return null;
      }
    },
    setState: (state) => {
      try {
        sessionStorage.setItem(key, JSON.stringify(state));
      } catch {
        // Storage may be unavailable; choices then last for this page only.
      }
    },
  };
}
