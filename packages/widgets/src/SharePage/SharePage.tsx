import '../shared/widgets.css';
import { CopyLinkButton } from '../shared/CopyLinkButton';

export interface SharePageProps {
  /** Button text. Default: "Copy a link to this page". */
  label?: string;
}

function pageUrl(): string {
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** A "copy link" button for the current page (without query or fragment). */
export function SharePage({ label = 'Copy a link to this page' }: SharePageProps) {
  return (
    <div class="cn-share-page not-content">
      <CopyLinkButton getUrl={pageUrl} label={label} />
    </div>
  );
}
