// Links drawn inside the card (markdown `[text](url)`, `<link>`, `<a>`, autolinks, number tags, dates) never
// navigate the preview page: every activation is stopped here and handed to `open`, which asks the user and
// then opens the URL through the host, exactly like an open_url button.
export function interceptLinks(root: HTMLElement, open: (url: string) => void): void {
  const handle = (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || !root.contains(anchor)) return;
    event.preventDefault();
    const href = anchor.getAttribute('href');
    if (!href) return;
    // The link is the innermost interaction: an interactive container or column around it does not act.
    event.stopPropagation();
    // Only the left button (or Enter, which the browser turns into a click) opens; the middle button,
    // which would open a tab without asking, does nothing.
    if (event.type === 'click' && /^https?:\/\//i.test(href)) open(href);
  };
  // Capture phase: widgets stop propagation on their way up, the page must still see every link click.
  root.addEventListener('click', handle, true);
  root.addEventListener('auxclick', handle, true);
  // Dragging a link out of the page would hand it to the browser as a navigation target.
  root.addEventListener('dragstart', (event) => {
    if ((event.target as Element | null)?.closest?.('a')) event.preventDefault();
  });
}
