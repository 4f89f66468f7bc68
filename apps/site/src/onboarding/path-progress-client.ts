/**
 * Progress checkboxes of a learning path, kept in localStorage under a versioned key. The
 * stored value is untrusted: it goes through parseProgress, and a reset is announced.
 */
import { parseProgress, progressKey, serializeProgress } from './progress-store';

function readStorage(key: string): { raw: string | null; available: boolean } {
  try {
    return { raw: window.localStorage.getItem(key), available: true };
  } catch {
    return { raw: null, available: false };
  }
}

export function startPathProgress(root: HTMLElement): void {
  const pathId = root.dataset.path ?? '';
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-step]')];
  const stepIds = boxes.map((box) => box.dataset.step ?? '');
  const summary = root.querySelector<HTMLElement>('[data-progress-summary]');
  const notice = root.querySelector<HTMLElement>('[data-progress-notice]');
  const reset = root.querySelector<HTMLButtonElement>('[data-progress-reset]');
  const key = progressKey(pathId);

  const { raw, available } = readStorage(key);
  const reading = parseProgress(raw, pathId, stepIds);
  const done = reading.done;
  let message = reading.notice ?? '';
  if (!available) message = 'This browser does not allow saving progress, so ticks last only until you leave the page.';

  const save = () => {
    try {
      window.localStorage.setItem(key, serializeProgress(pathId, stepIds, done));
    } catch {
      if (notice) notice.textContent = 'Your progress could not be saved in this browser.';
    }
  };

  const render = () => {
    for (const box of boxes) box.checked = done.has(box.dataset.step ?? '');
    if (summary) summary.textContent = `${done.size} of ${stepIds.length} steps done.`;
    root.querySelectorAll<HTMLElement>('[data-step-card]').forEach((card) => {
      card.classList.toggle('is-done', done.has(card.dataset.stepCard ?? ''));
    });
  };

  for (const box of boxes) {
    box.disabled = false;
    box.addEventListener('change', () => {
      const id = box.dataset.step ?? '';
      if (box.checked) done.add(id);
      else done.delete(id);
      if (notice) notice.textContent = '';
      save();
      render();
    });
  }
  reset?.addEventListener('click', () => {
    done.clear();
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing stored to remove
    }
    render();
    if (notice) notice.textContent = 'Progress reset: no steps are marked as done.';
  });

  if (reading.notice && available) {
    // Replace the unusable value so the notice does not come back on every visit.
    save();
  }
  root.querySelectorAll<HTMLElement>('[data-needs-js]').forEach((el) => {
    el.hidden = false;
  });
  root.querySelectorAll<HTMLElement>('[data-nojs]').forEach((el) => {
    el.hidden = true;
  });
  render();
  if (notice) notice.textContent = message;
}
