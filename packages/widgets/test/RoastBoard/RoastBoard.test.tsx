import { fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readBoardFile } from '../../src/RoastBoard/ImportExport';
import { RoastBoard } from '../../src/RoastBoard/RoastBoard';
import { STORAGE_KEY } from '../../src/RoastBoard/storage';

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});
const metric = (c: Element, id: string) => c.querySelector(`[data-metric="${id}"]`);
// getByRole is slow on a board with ~100 controls in jsdom; buttons are found by their text.
const button = (c: Element, text: string) => {
  const found = [...c.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
// jsdom's File has no text(); the part of File that readBoardFile uses.
const fileOf = (text: string, name = 'board.json') => ({ name, size: text.length, text: async () => text });

describe('RoastBoard', () => {
  it('renders the sample: diagram, risk map and ranked backlog as text', () => {
    const { container } = render(<RoastBoard />);
    expect(container.querySelector('svg title')?.textContent).toContain(
      'Diagram of Model-serving service: 6 components and 6 connections',
    );
    expect(metric(container, 'rb-backlog-count')?.textContent).toBe('6');
    expect(metric(container, 'rb-backlog-1')?.getAttribute('data-value')).toBe('f2');
    expect(metric(container, 'rb-cell-2-5')?.textContent).toBe('2 (#1, #6)');
  });

  it('re-ranks when a probability changes and saves to localStorage', () => {
    const { container } = render(<RoastBoard />);
    fireEvent.change(container.querySelector('#roast-board-f6-p') as HTMLSelectElement, { target: { value: '5' } });
    expect(metric(container, 'rb-backlog-1')?.getAttribute('data-value')).toBe('f6'); // 5 × 5 = 25
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}').failureModes[5].probability).toBe(5);
  });

  it('adds a component and refuses a nameless one with an alert', () => {
    const { container } = render(<RoastBoard />);
    fireEvent.click(button(container, 'Add component'));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Give the component a name first.');
    fireEvent.input(container.querySelector('#roast-board-new-box') as HTMLInputElement, {
      target: { value: 'Cache' },
    });
    fireEvent.click(button(container, 'Add component'));
    const added = container.querySelector('#roast-board-b7') as HTMLInputElement;
    expect(added.value).toBe('Cache');
    expect(container.querySelector('label[for="roast-board-b7"]')?.textContent).toBe('Component 7');
  });

  it('removing a component can be undone', () => {
    const { container } = render(<RoastBoard />);
    const title = () => container.querySelector('svg title')?.textContent;
    const undo = button(container, 'Undo last change');
    expect(undo.disabled).toBe(true);
    const remove = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Remove Queue');
    fireEvent.click(remove as HTMLButtonElement);
    expect(title()).toContain('5 components and 4 connections');
    fireEvent.click(button(container, 'Undo last change'));
    expect(title()).toContain('6 components and 6 connections');
    expect(button(container, 'Undo last change').disabled).toBe(true);
  });

  it('resets corrupt localStorage with a notice instead of crashing', () => {
    window.localStorage.setItem(STORAGE_KEY, '{not json');
    const { container } = render(<RoastBoard />);
    expect(container.textContent).toContain('was damaged and has been reset to the sample');
    expect(metric(container, 'rb-backlog-count')?.textContent).toBe('6');
  });

  it('a malformed import file gives a specific error and keeps the current board', async () => {
    const { container } = render(<RoastBoard />);
    const input = container.querySelector('#roast-board-import') as HTMLInputElement;
    expect(container.querySelector('label[for="roast-board-import"]')?.textContent).toBe('Import a board (JSON file)');
    Object.defineProperty(input, 'files', {
      value: [fileOf('{"version": 2, "name": "x", "boxes": 5}')],
      configurable: true,
    });
    fireEvent.change(input);
    const alert = () => container.querySelector('[role="alert"]')?.textContent;
    await waitFor(() => expect(alert()).toContain('The component list is missing or not a list'));
    expect(alert()).toContain('The current board is kept.');
    expect(metric(container, 'rb-backlog-count')?.textContent).toBe('6');
  });

  it('session mode shows the ground rules and steps through the elements', () => {
    const { container } = render(<RoastBoard />);
    fireEvent.click(button(container, 'Roast session'));
    expect(container.textContent).toContain('An impartial moderator runs the session');
    expect(metric(container, 'rb-session-element')?.textContent).toBe('Load balancer');
    fireEvent.click(button(container, 'Next element'));
    expect(metric(container, 'rb-session-element')?.textContent).toBe('API');
    expect(container.querySelector('[role="timer"]')?.textContent).toBe('05:00');
  });
});

describe('readBoardFile', () => {
  it('refuses non-JSON and oversized files, naming the file', async () => {
    expect(await readBoardFile(fileOf('<html>', 'x.json'))).toBe(
      '"x.json" is not valid JSON. The current board is kept.',
    );
    expect(await readBoardFile({ name: 'big.json', size: 2_000_000, text: async () => '' })).toContain(
      'at most 1000 kB',
    );
  });
});
