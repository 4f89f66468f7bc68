/**
 * Glossary pop-ups: a link with `data-glossary` shows its definition in a tooltip on hover
 * and on keyboard focus (WCAG 1.4.13: hoverable, persistent until the pointer or focus
 * leaves, dismissible with Esc). On touch, the first tap shows the definition and the
 * second follows the link. Text is set with textContent only.
 */
const SELECTOR = 'a[data-glossary]';
const HIDE_DELAY_MS = 200;

export function startGlossaryPopups(): void {
  let tooltip: HTMLElement | null = null;
  let owner: HTMLAnchorElement | null = null;
  let hideTimer = 0;
  let lastPointer = 'mouse';
  /** Whether the tooltip already showed this link's definition when the finger came down. */
  let shownBeforeTap = false;

  const ensureTooltip = (): HTMLElement => {
    if (tooltip) return tooltip;
    tooltip = document.createElement('div');
    tooltip.id = 'glossary-tooltip';
    tooltip.className = 'glossary-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    tooltip.dataset.keepActive = '';
    const term = document.createElement('strong');
    const definition = document.createElement('span');
    tooltip.append(term, document.createTextNode(' '), definition);
    tooltip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
    tooltip.addEventListener('pointerleave', () => scheduleHide());
    document.body.append(tooltip);
    return tooltip;
  };

  const place = (link: HTMLElement, tip: HTMLElement) => {
    const rect = link.getBoundingClientRect();
    const margin = 8;
    tip.style.maxWidth = `${Math.min(28 * 16, window.innerWidth - 2 * margin)}px`;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin);
    const below = rect.bottom + 6;
    const top =
      below + height > window.innerHeight - margin && rect.top - height - 6 > margin ? rect.top - height - 6 : below;
    tip.style.left = `${Math.max(margin, left)}px`;
    tip.style.top = `${top}px`;
  };

  const show = (link: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    const tip = ensureTooltip();
    if (owner && owner !== link) owner.removeAttribute('aria-describedby');
    owner = link;
    const [term, , definition] = tip.childNodes;
    if (term) term.textContent = link.dataset.term ?? link.textContent ?? '';
    if (definition) definition.textContent = link.dataset.definition ?? '';
    tip.hidden = false;
    link.setAttribute('aria-describedby', tip.id);
    place(link, tip);
  };

  const hide = () => {
    window.clearTimeout(hideTimer);
    if (tooltip) tooltip.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };

  const scheduleHide = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (owner && owner === document.activeElement) return;
      hide();
    }, HIDE_DELAY_MS);
  };

  const linkOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>(SELECTOR) : null;

  document.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
    shownBeforeTap = !!tooltip && !tooltip.hidden && owner === linkOf(event.target);
    if (tooltip && !tooltip.hidden && !linkOf(event.target) && !tooltip.contains(event.target as Node)) hide();
  });
  document.addEventListener('pointerover', (event) => {
    const link = linkOf(event.target);
    if (link && event.pointerType !== 'touch') show(link);
  });
  document.addEventListener('pointerout', (event) => {
    const link = linkOf(event.target);
    if (link && link === owner && !link.contains(event.relatedTarget as Node | null)) scheduleHide();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    if (link) show(link);
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event.target) === owner) scheduleHide();
  });
  document.addEventListener('click', (event) => {
    const link = linkOf(event.target);
    if (!link || lastPointer !== 'touch') return;
    // A tap also focuses the link (which shows the tooltip), so decide on the state before the tap.
    if (!shownBeforeTap) {
      event.preventDefault();
      show(link);
    }
  });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && tooltip && !tooltip.hidden) {
        event.preventDefault();
        hide();
      }
    },
    true,
  );
  window.addEventListener('scroll', () => owner && tooltip && !tooltip.hidden && place(owner, tooltip), {
    passive: true,
    capture: true,
  });
}
