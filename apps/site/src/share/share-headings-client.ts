/**
 * Copy-to-clipboard for Starlight's heading anchor links (`a.sl-anchor-link`): activating one
 * still jumps to the section, and also copies its full URL and announces the result in a
 * polite live region that is visible for a few seconds.
 */
const VISIBLE_MS = 4000;

export function startHeadingLinkCopy(): void {
  const status = document.createElement('p');
  status.className = 'share-status';
  status.setAttribute('role', 'status');
  status.dataset.keepActive = '';
  document.body.append(status);
  let timer = 0;

  const announce = (message: string) => {
    window.clearTimeout(timer);
    status.textContent = message;
    timer = window.setTimeout(() => {
      status.textContent = '';
    }, VISIBLE_MS);
  };

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.sl-anchor-link') : null;
    if (!link) return;
    const heading = link.parentElement?.querySelector(':is(h2, h3, h4, h5, h6)');
    const name = heading?.textContent?.trim() || 'this section';
    // This page's URL with the heading's #anchor (a ?slide= would override the anchor in presentation mode).
    const url = new URL(window.location.href);
    url.searchParams.delete('slide');
    url.hash = new URL(link.href).hash;
    const text = url.toString();
    if (!navigator.clipboard?.writeText) {
      announce(`Copying is not available here. The link to “${name}” is now in the address bar.`);
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => announce(`Link to “${name}” copied.`),
      () => announce(`Could not copy. The link to “${name}” is now in the address bar.`),
    );
  });
}
