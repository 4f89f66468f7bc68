import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { EbpfHookExplorer } from '../../src/EbpfHookExplorer/EbpfHookExplorer';
import { metricValue } from '../helpers/metric';

describe('EbpfHookExplorer', () => {
  it('answers the first question by default', () => {
    render(<EbpfHookExplorer />);
    expect(metricValue('he-hook')).toBe('tracepoint');
    expect(screen.getByRole('radio', { name: /most system calls/ })).toHaveProperty('checked', true);
    expect(document.querySelector('[aria-current="true"]')?.textContent).toContain('System call boundary');
  });

  it('changes the answer when another question is picked', () => {
    render(<EbpfHookExplorer />);
    fireEvent.click(screen.getByRole('radio', { name: /CPU time/ }));
    expect(metricValue('he-hook')).toBe('perf');
    expect(metricValue('he-command')).toContain('profile:hz:99');
    expect(screen.getByText('Parca')).toBeTruthy();
  });

  it('reads the question from the URL and falls back with a notice', async () => {
    window.history.replaceState(null, '', '/?he.q=flood');
    const { unmount } = render(<EbpfHookExplorer />);
    await waitFor(() => expect(metricValue('he-hook')).toBe('xdp'));
    unmount();
    window.history.replaceState(null, '', '/?he.q=bogus');
    render(<EbpfHookExplorer />);
    await waitFor(() => expect(document.querySelector('.cn-notice')?.textContent).toContain('Question'));
    expect(metricValue('he-hook')).toBe('tracepoint');
  });
});
