import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { QuicIntegerInput } from '../../src/shared/QuicIntegerInput';
import { useIntegerField } from '../../src/shared/useIntegerField';

/** A field wired to local state the way a widget wires it to its URL state. */
function Harness({ initial, stored }: { initial: string; stored: string[] }) {
  const [value, setValue] = useState(initial);
  const field = useIntegerField(
    value,
    (text) => {
      stored.push(text);
      setValue(text);
    },
    'A stream ID',
    7n,
  );
  return (
    <>
      <QuicIntegerInput id="sid" label="Stream ID" hint="Decimal or 0x hex." field={field} />
      <p data-testid="used">{String(field.value)}</p>
      <p data-testid="stored-error">{field.storedError ?? ''}</p>
      <button type="button" onClick={() => field.choose('10')}>
        10
      </button>
    </>
  );
}

describe('QuicIntegerInput with useIntegerField', () => {
  it('stores valid text normalised, and keeps the last valid value with an alert for bad text', () => {
    const stored: string[] = [];
    render(<Harness initial="7" stored={stored} />);
    const input = screen.getByLabelText('Stream ID') as HTMLInputElement;
    expect(input.getAttribute('aria-describedby')).toBe('sid-hint');
    expect(screen.getByText('Decimal or 0x hex.').id).toBe('sid-hint');
    fireEvent.input(input, { target: { value: ' 0X1_F ' } });
    expect(stored).toEqual(['0x1f']);
    expect(screen.getByTestId('used').textContent).toBe('31');
    fireEvent.input(input, { target: { value: '-2' } });
    expect(screen.getByRole('alert').textContent).toContain('cannot be negative');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('-2');
    expect(screen.getByText('Showing the last valid value, 31, until the field is fixed.')).toBeTruthy();
    expect(stored).toEqual(['0x1f']);
  });

  it('puts a chosen value into the field, and falls back with a notice when the stored text is bad', () => {
    const stored: string[] = [];
    render(<Harness initial="banana" stored={stored} />);
    expect(screen.getByTestId('used').textContent).toBe('7');
    expect(screen.getByTestId('stored-error').textContent).toContain(
      "The link's value was not used; showing 7 instead.",
    );
    fireEvent.click(screen.getByRole('button', { name: '10' }));
    expect(stored).toEqual(['10']);
    expect((screen.getByLabelText('Stream ID') as HTMLInputElement).value).toBe('10');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
