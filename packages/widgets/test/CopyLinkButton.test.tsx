import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '../src/shared/CopyLinkButton';

describe('CopyLinkButton', () => {
  it('copies the URL built at click time and announces it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(<CopyLinkButton getUrl={() => 'https://x.test/p/?a=1#w'} />);
    fireEvent.click(screen.getByRole('button', { name: /copy link/i }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('copied'));
    expect(writeText).toHaveBeenCalledWith('https://x.test/p/?a=1#w');
  });

  it('shows the link in a field when the clipboard is refused', async () => {
    Object.assign(navigator, { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<CopyLinkButton getUrl={() => 'https://x.test/p/'} />);
    fireEvent.click(screen.getByRole('button', { name: /copy link/i }));
    const field = await screen.findByRole('textbox', { name: 'Link to copy' });
    expect((field as HTMLInputElement).value).toBe('https://x.test/p/');
  });
});
