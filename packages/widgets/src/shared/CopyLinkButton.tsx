import { useRef, useState } from 'preact/hooks';

export interface CopyLinkButtonProps {
  /** Builds the URL to copy at click time (so it carries the latest state). */
  getUrl: () => string;
  /** Visible button text. Default: "Copy link". */
  label?: string;
  /** What the link points to, for screen readers, e.g. "to this demo". Default: "". */
  describes?: string;
}

/**
 * Copies a link to the clipboard and says so in a polite live region. Where the clipboard
 * API is unavailable (http, old browsers) it shows the link selected in a read-only field.
 */
export function CopyLinkButton({ getUrl, label = 'Copy link', describes = '' }: CopyLinkButtonProps) {
  const [status, setStatus] = useState('');
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const fallbackRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const url = getUrl();
    try {
      await navigator.clipboard.writeText(url);
      setFallbackUrl(null);
      setStatus('Link copied to the clipboard.');
    } catch {
      setFallbackUrl(url);
      setStatus('Copying is not allowed here: the link is selected below, copy it with Ctrl+C.');
      queueMicrotask(() => fallbackRef.current?.select());
    }
  };

  return (
    <span class="cn-copy-link">
      <button type="button" class="cn-button" onClick={copy} data-copy-link>
        {label}
        {describes && <span class="sr-only"> {describes}</span>}
      </button>
      <span role="status" class="cn-copy-status">
        {status}
      </span>
      {fallbackUrl !== null && (
        <input ref={fallbackRef} class="cn-copy-fallback" readOnly value={fallbackUrl} aria-label="Link to copy" />
      )}
    </span>
  );
}
