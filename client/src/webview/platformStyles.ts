// Styles of the local platform's parts of the page: the status box above the card, the chat transcript
// under it, and the API-call bodies in the console.
export const PLATFORM_STYLES = `
.platform-status { margin: 0 auto 12px; max-width: 600px; padding: 6px 10px; border-radius: 6px; border: 1px solid var(--border); background: var(--panel); font-size: 12px; display: flex; flex-direction: column; gap: 4px; }
.platform-status[hidden], .transcript[hidden] { display: none; }
.platform-status[data-state="connected"] { border-color: #2ea121; }
.sdk-lines, .call-body { margin: 0; padding: 6px; background: var(--code); border-radius: 4px; font-size: 11px; white-space: pre-wrap; word-break: break-all; user-select: all; }
.call-body { max-height: 240px; overflow: auto; user-select: text; }
.transcript { margin: 16px auto 0; max-width: 600px; display: flex; flex-direction: column; gap: 10px; }
.transcript-message { display: flex; flex-direction: column; gap: 4px; font-size: 12px; }
.transcript-text { margin: 0; padding: 8px 10px; background: var(--card); border: 1px solid var(--border); border-radius: 8px; font-size: 14px; white-space: pre-wrap; }
`;
