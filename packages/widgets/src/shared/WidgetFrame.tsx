// All widget styles load here, in one fixed order (see ../widget-styles.css).
import '../widget-styles.css';
import type { ComponentChildren } from 'preact';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';

export interface WidgetFrameProps {
  /** Element id, also the URL #anchor of the widget, e.g. "drift-lab". */
  id: string;
  /** Visible title (rendered as an h3). */
  title: string;
  /** One sentence on what the widget shows. Default: none. */
  intro?: string;
  /** Notices from the URL state (clamped or invalid params). Default: none. */
  notices?: readonly string[];
  /** Builds the shareable link; omit to hide the copy-link button. */
  link?: () => string;
  children?: ComponentChildren;
}

/** The common shell of every demo: titled landmark, copy-link button, URL notices, error boundary. */
export function WidgetFrame({ id, title, intro, notices = [], link, children }: WidgetFrameProps) {
  const headingId = `${id}-title`;
  return (
    <section id={id} class="cn-widget not-content" aria-labelledby={headingId} data-widget={id}>
      <header class="cn-widget-header">
        <h3 id={headingId}>{title}</h3>
        {link && <CopyLinkButton getUrl={link} label="Copy link" describes={`to ${title} in its current state`} />}
      </header>
      {intro && <p class="cn-widget-intro">{intro}</p>}
      <Notices notices={notices} />
      <ErrorBoundary name={title}>{children}</ErrorBoundary>
    </section>
  );
}
