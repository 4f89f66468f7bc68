// Generic keyboard and accessibility walk over the widgets (astro-islands) of a page, used by the
// widget quality gate. Widget-specific behaviour is tested in each widget's own spec.
import { expect, type Locator, type Page } from '@playwright/test';

/** Natively focusable or explicitly tabbable elements (filtered for visibility in the page). */
const TABBABLE =
  'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls]';

/** Top-level islands only (an island inside another hydrates with its parent). */
export function islands(page: Page): Locator {
  return page.locator('astro-island:not(astro-island astro-island)');
}

/**
 * Scrolls each visible island into view and waits until Astro has hydrated it (no `ssr`
 * attribute). Returns the indices of those islands; hidden ones (e.g. on another slide of the
 * presentation mode) are skipped, as a reader cannot reach them either.
 */
export async function hydrateAll(page: Page): Promise<number[]> {
  const all = islands(page);
  const count = await all.count();
  const shown: number[] = [];
  for (let i = 0; i < count; i++) {
    const island = all.nth(i);
    // The island itself is display: contents (no box): its first child is what becomes visible.
    const visible = await island.evaluate((el) => el.firstElementChild?.checkVisibility() ?? false);
    if (!visible) continue;
    await island.evaluate((el) => el.firstElementChild?.scrollIntoView({ block: 'center' }));
    await expect(island, `island ${i + 1} of ${count} hydrates`).not.toHaveAttribute('ssr', /.*/);
    shown.push(i);
  }
  return shown;
}

/**
 * Marks the tabbable elements inside an island with `data-gate-tab="n"` (document order) and
 * returns how many there are. Hidden and disabled elements, and tabindex="-1", are not tabbable.
 */
async function markTabbables(island: Locator): Promise<number> {
  return island.evaluate((root, selector) => {
    let n = 0;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      el.removeAttribute('data-gate-tab');
      const disabled = (el as HTMLButtonElement).disabled === true;
      const hiddenInput = el instanceof HTMLInputElement && el.type === 'hidden';
      const visible = el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
      if (el.tabIndex < 0 || disabled || hiddenInput || !visible) continue;
      el.setAttribute('data-gate-tab', String(n++));
    }
    return n;
  }, TABBABLE);
}

/** Focuses the point just before the island, so the next Tab enters it as a keyboard user would. */
async function focusBefore(island: Locator): Promise<void> {
  await island.evaluate((root) => {
    const anchor = document.createElement('span');
    anchor.tabIndex = -1;
    anchor.dataset.gateAnchor = '';
    root.before(anchor);
    anchor.focus();
  });
}

async function removeAnchor(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-gate-anchor]')) el.remove();
  });
}

export interface FocusStop {
  index: string | null;
  description: string;
  indicator: boolean;
}

/** The focused element: its mark, a description for messages, and whether a focus ring shows. */
async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { index: null, description: '(nothing)', indicator: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return {
      index: el.getAttribute('data-gate-tab'),
      description: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label}"`,
      indicator: outline || shadow,
    };
  });
}

/**
 * Tabs through one island from just before it until focus leaves it. Every tabbable element must
 * be reached, have an accessible name and show a focus indicator (outline or box-shadow).
 */
export async function keyboardWalk(page: Page, island: Locator, name: string): Promise<void> {
  const expected = await markTabbables(island);
  await focusBefore(island);
  const reached = new Set<string>();
  const problems: string[] = [];
  for (let step = 0; step < expected + 5; step++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    const inside = await island.evaluate((root) => root.contains(document.activeElement));
    if (!inside) break;
    if (stop.index !== null) reached.add(stop.index);
    await expect(page.locator(':focus'), `${name}: ${stop.description} has an accessible name`).toHaveAccessibleName(
      /\S/,
    );
    if (!stop.indicator) problems.push(`${stop.description} shows no focus indicator (outline or box-shadow)`);
  }
  await removeAnchor(page);
  const missed = await island.evaluate(
    (root, seen) => {
      const marked = [...root.querySelectorAll<HTMLElement>('[data-gate-tab]')];
      const isSeen = (el: HTMLElement) => seen.includes(el.getAttribute('data-gate-tab') ?? '');
      const isRadio = (el: HTMLElement): el is HTMLInputElement =>
        el instanceof HTMLInputElement && el.type === 'radio';
      // A radio group is one Tab stop (arrows move inside it): reaching one radio reaches the group.
      const radioGroups = new Set(
        marked.filter((el) => isSeen(el) && isRadio(el)).map((el) => (el as HTMLInputElement).name),
      );
      return marked
        .filter((el) => !isSeen(el) && !(isRadio(el) && radioGroups.has(el.name)))
        .map((el) => {
          const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
          return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${label}"`;
        });
    },
    [...reached],
  );
  for (const m of missed) problems.push(`${m} is not reachable with Tab`);
  expect(problems, `keyboard walk of ${name}`).toEqual([]);
}

/**
 * Operates the first control of an island by keyboard (skipping the copy-link button and file
 * pickers): Tab to it, then ArrowRight for sliders and text fields, Space for checkboxes and
 * radios, ArrowDown for selects, Enter for buttons and links.
 */
export async function operateFirstControl(page: Page, island: Locator): Promise<string | null> {
  const count = await markTabbables(island);
  const target = await island.evaluate((root) => {
    const el = [...root.querySelectorAll<HTMLElement>('[data-gate-tab]')].find(
      (e) =>
        !e.hasAttribute('data-copy-link') &&
        !(e instanceof HTMLInputElement && e.type === 'file') &&
        !(e instanceof HTMLAnchorElement),
    );
    return el?.getAttribute('data-gate-tab') ?? null;
  });
  if (target === null) return null;
  await focusBefore(island);
  for (let step = 0; step <= count; step++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(':focus').getAttribute('data-gate-tab')) === target) break;
  }
  await removeAnchor(page);
  const focused = page.locator(':focus');
  await expect(focused, 'Tab reaches the first control').toHaveAttribute('data-gate-tab', target);
  const kind = await focused.evaluate((el) => {
    const role = el.getAttribute('role');
    if (el instanceof HTMLInputElement) {
      if (el.type === 'checkbox' || el.type === 'radio') return 'toggle';
      return 'arrow';
    }
    if (el instanceof HTMLSelectElement) return 'select';
    if (el instanceof HTMLTextAreaElement || role === 'slider' || role === 'spinbutton') return 'arrow';
    if (role === 'checkbox' || role === 'switch' || role === 'radio') return 'toggle';
    return 'press';
  });
  const key = { arrow: 'ArrowRight', toggle: 'Space', select: 'ArrowDown', press: 'Enter' }[kind] ?? 'Enter';
  await page.keyboard.press(key);
  return key;
}
