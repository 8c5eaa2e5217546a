// The confirm dialog (OK / Cancel, as the chat client shows it) and toasts over the preview.
import { el } from './dom';
import type { Labels } from './labels';

export function confirmDialog(
  root: HTMLElement,
  title: string,
  text: string,
  labels: Labels,
): Promise<boolean> {
  return new Promise((resolve) => {
    const ok = el('button', {
      class: 'btn btn-primary',
      attrs: { type: 'button' },
      data: { action: 'ok' },
      text: labels.ok,
    });
    const cancel = el('button', {
      class: 'btn btn-default',
      attrs: { type: 'button' },
      data: { action: 'cancel' },
      text: labels.cancel,
    });
    const dialog = el('div', { class: 'dialog', attrs: { role: 'dialog', 'aria-modal': 'true' } }, [
      el('div', { class: 'dialog-title', text: title }),
      text ? el('div', { class: 'dialog-text', text }) : undefined,
      el('div', { class: 'dialog-buttons' }, [cancel, ok]),
    ]);
    const overlay = el('div', { class: 'overlay' }, [dialog]);
    const done = (answer: boolean) => (event: Event) => {
      event.stopPropagation();
      overlay.remove();
      resolve(answer);
    };
    ok.addEventListener('click', done(true));
    cancel.addEventListener('click', done(false));
    overlay.addEventListener('click', (event) => event.stopPropagation());
    root.append(overlay);
    ok.focus();
  });
}

export function showToast(root: HTMLElement, text: string, type: string): void {
  const toast = el('div', {
    class: `toast toast-${/^(info|success|error|warning)$/.test(type) ? type : 'info'}`,
    attrs: { role: 'status' },
    text,
  });
  root.append(toast);
  setTimeout(() => toast.remove(), 3000);
}
