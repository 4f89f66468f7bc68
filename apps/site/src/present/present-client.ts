/**
 * Presentation mode in the browser: shows one slide (the title, then one h2 section) at a
 * time, keeps `?slide=N` in the URL, and wires the keyboard. Pure decisions live in slides.ts.
 */
import { parseSlideParam, type SlideRange, slideAfterKey, slideRanges } from './slides';

const HIDDEN = 'present-off';
/** Keys typed into these stay with them (widget inputs, sliders, editors). */
const OWN_KEYS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], .cn-widget';

/** A slide starts at each h2, and at each notes section the deck marks with `data-slide`. */
function startsSection(block: Element): boolean {
  return (
    block.tagName === 'H2' ||
    block.hasAttribute('data-slide') ||
    (block.classList.contains('sl-heading-wrapper') && !!block.querySelector(':scope > h2'))
  );
}

function sectionTitle(block: Element | undefined): { id: string; text: string } | null {
  if (block instanceof HTMLElement && block.hasAttribute('data-slide')) {
    return { id: block.dataset.slideId ?? '', text: block.dataset.slideTitle ?? '' };
  }
  const h2 = block?.tagName === 'H2' ? block : block?.querySelector(':scope > h2');
  return h2 ? { id: h2.id, text: (h2.textContent ?? '').trim() } : null;
}

/** Makes everything outside the deck inert, so Tab and screen readers stay on the slides. */
function isolate(deck: HTMLElement): void {
  for (let node: HTMLElement | null = deck; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.tagName === 'SCRIPT') continue;
      if (!('keepActive' in sibling.dataset)) sibling.inert = true;
    }
  }
}

/** decodeURIComponent that returns the raw text for malformed escapes (e.g. "#%E0%A4%A"). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function startPresentation(deck: HTMLElement): void {
  const content = deck.querySelector<HTMLElement>('[data-slides]');
  const stage = deck.querySelector<HTMLElement>('[data-stage]');
  const titleSlide = deck.querySelector<HTMLElement>('[data-title-slide]');
  const toolbar = deck.querySelector<HTMLElement>('[data-toolbar]');
  const counter = deck.querySelector<HTMLElement>('[data-counter]');
  const notice = deck.querySelector<HTMLElement>('[data-notice]');
  const notes = deck.querySelector<HTMLElement>('[data-notes-panel]');
  const prev = deck.querySelector<HTMLButtonElement>('[data-prev]');
  const next = deck.querySelector<HTMLButtonElement>('[data-next]');
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-notes]');
  const fullscreenButton = deck.querySelector<HTMLButtonElement>('[data-fullscreen]');
  const exit = deck.querySelector<HTMLAnchorElement>('[data-exit]');
  if (!content || !stage || !titleSlide || !toolbar || !counter || !notice || !notes) return;

  const blocks = [...content.children];
  const ranges: SlideRange[] = slideRanges(blocks.map(startsSection));
  const count = ranges.length;
  const pageUrl = deck.dataset.pageUrl ?? '../';
  let current = 1;

  const show = (slide: number, focusStage: boolean) => {
    current = slide;
    const range = ranges[slide - 1] as SlideRange;
    titleSlide.classList.toggle(HIDDEN, slide !== 1);
    for (const [i, block] of blocks.entries()) block.classList.toggle(HIDDEN, i < range.start || i >= range.end);
    const title =
      slide === 1 ? titleSlide.querySelector('h2')?.textContent?.trim() : sectionTitle(blocks[range.start])?.text;
    counter.textContent = `Slide ${slide} of ${count}${title ? `: ${title}` : ''}`;
    if (prev) prev.disabled = slide === 1;
    if (next) next.disabled = slide === count;
    stage.scrollTop = 0;
    deck.dataset.slide = String(slide);
    const url = new URL(window.location.href);
    if (slide === 1) url.searchParams.delete('slide');
    else url.searchParams.set('slide', String(slide));
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    if (exit) exit.href = pageHref();
    if (focusStage) stage.focus({ preventScroll: true });
  };

  const go = (slide: number) => {
    notice.textContent = '';
    show(slide, false);
  };

  const toggleNotes = (open = notes.hidden) => {
    notes.hidden = !open;
    notesButton?.setAttribute('aria-expanded', String(open));
    deck.classList.toggle('notes-open', open);
  };

  const toggleFullscreen = () => {
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : (document.documentElement.requestFullscreen?.() ?? Promise.reject(new Error('unsupported')));
    request.catch(() => {
      notice.textContent = 'Full screen is not available here; use the browser’s own full-screen key (often F11).';
    });
  };

  /** The talk page, at the section the current slide shows. */
  const pageHref = () => {
    const section = sectionTitle(blocks[(ranges[current - 1] as SlideRange).start]);
    const hash = current > 1 && section?.id ? `#${encodeURIComponent(section.id)}` : '';
    return `${pageUrl}${hash}`;
  };
  const leave = () => window.location.assign(pageHref());

  // First slide: ?slide=N wins; otherwise a #fragment (e.g. a widget link) picks its slide.
  const params = new URLSearchParams(window.location.search);
  const parsed = parseSlideParam(params.get('slide'), count);
  let first = parsed.slide;
  if (!params.has('slide') && window.location.hash.length > 1) {
    const target = document.getElementById(safeDecode(window.location.hash.slice(1)));
    const index = target ? blocks.findIndex((b) => b === target || b.contains(target)) : -1;
    const found = index === -1 ? -1 : ranges.findIndex((r) => index >= r.start && index < r.end);
    if (found !== -1) first = found + 1;
  }

  deck.classList.add('is-presenting');
  // While presenting, the stage and the notes scroll on their own: make them keyboard-scrollable.
  stage.tabIndex = 0;
  notes.tabIndex = 0;
  document.documentElement.classList.add('present-active');
  toolbar.hidden = false;
  isolate(deck);
  show(first, true);
  if (parsed.notice) notice.textContent = parsed.notice;

  prev?.addEventListener('click', () => go(Math.max(1, current - 1)));
  next?.addEventListener('click', () => go(Math.min(count, current + 1)));
  notesButton?.addEventListener('click', () => toggleNotes());
  fullscreenButton?.addEventListener('click', toggleFullscreen);
  document.addEventListener('fullscreenchange', () => {
    fullscreenButton?.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(OWN_KEYS)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!notes.hidden) toggleNotes(false);
      else if (!document.fullscreenElement) leave();
      return;
    }
    if (target?.closest('button, a') && (event.key === ' ' || event.key === 'Enter')) return;
    if (event.key === 'f' || event.key === 'F') {
      event.preventDefault();
      toggleFullscreen();
      return;
    }
    if (event.key === 'n' || event.key === 'N') {
      event.preventDefault();
      toggleNotes();
      return;
    }
    const slide = slideAfterKey(event.key, current, count);
    if (slide === null) return;
    event.preventDefault();
    if (slide !== current) go(slide);
  });
}
