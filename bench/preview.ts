// Preview render and re-render time in Chromium. Optional: runs once the preview bundle (dist/webview.js)
// exists and exposes a way to render a card; otherwise says why it is skipped.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Report } from './report';

export async function benchPreview(
  root: string,
  cards: { typical: string; large: string },
  _report: Report,
): Promise<void> {
  const bundle = path.join(root, 'dist', 'webview.js');
  if (!existsSync(bundle)) {
    console.log('  skipped: dist/webview.js is not built yet (the preview is not in the tree)');
    return;
  }
  void cards;
  console.log('  skipped: the preview bundle has no render entry the benchmark knows yet');
}
