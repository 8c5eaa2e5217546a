// What the console asks the host to do with the user's data: open a link (after the user confirms, http(s)
// only), copy text, export the history. In VS Code the extension does it; the CLI's browser page does it
// itself (there is no editor behind it).
import { isOpenableUrl } from '../../../server/src/card';
import type { Bridge } from './bridge';
import { confirmDialog } from './dialogs';
import { el } from './dom';
import { fill, type Labels } from './labels';

export class HostActions {
  constructor(
    private readonly root: HTMLElement,
    private readonly bridge: Bridge,
    private readonly labels: () => Labels,
  ) {}

  async openUrl(url: string): Promise<void> {
    if (!isOpenableUrl(url)) return;
    const labels = this.labels();
    const ok = await confirmDialog(this.root, labels.openIn, fill(labels.openConfirm, { url }), labels);
    if (!ok) return;
    if (this.bridge.kind === 'browser') window.open(url, '_blank', 'noopener,noreferrer');
    else this.bridge.post({ type: 'openExternal', url });
  }

  copy(text: string): void {
    if (this.bridge.kind === 'vscode') this.bridge.post({ type: 'copy', text });
    else void navigator.clipboard?.writeText(text).catch(() => undefined);
  }

  export(json: string): void {
    if (this.bridge.kind === 'vscode') return this.bridge.post({ type: 'export', json });
    const link = el('a', { attrs: { download: 'feishu-card-callbacks.json' } });
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}
