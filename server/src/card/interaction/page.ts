// The preview page's HTML, shared by the VS Code webview and `feishu-card preview`. Only our bundled script
// runs (nonce), styles come from that script (nonce), nothing remote is loaded, and the page may talk only
// to its own origin (CLI) or nothing (VS Code, which uses postMessage).

export interface PageOptions {
  /** URL of dist/webview.js as the page sees it. */
  scriptUri: string;
  nonce: string;
  /** Extra source allowed for images/fonts (the webview's resource origin), if any. */
  cspSource?: string;
  host: 'vscode' | 'browser';
  title: string;
  lang: string;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function contentSecurityPolicy(options: Pick<PageOptions, 'nonce' | 'cspSource' | 'host'>): string {
  const own = options.cspSource ? ` ${options.cspSource}` : '';
  return [
    "default-src 'none'",
    `script-src 'nonce-${options.nonce}'`,
    `style-src 'nonce-${options.nonce}'`,
    `img-src data:${own}`,
    `font-src${own || " 'none'"}`,
    `connect-src ${options.host === 'browser' ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function previewPageHtml(options: PageOptions): string {
  const nonce = escapeAttr(options.nonce);
  return `<!DOCTYPE html>
<html lang="${escapeAttr(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(options))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeAttr(options.title)}</title>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${escapeAttr(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** 32 random base64url characters (24 bytes encode to exactly 32, without padding). */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}
