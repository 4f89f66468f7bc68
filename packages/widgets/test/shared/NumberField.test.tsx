import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NumberField } from '../../src/shared/NumberField';

describe('NumberField (reject)', () => {
  it('passes valid numbers on and explains out-of-range or empty text, keeping the last value', () => {
    const seen: number[] = [];
    render(
      <NumberField id="n" label="Backups" unit="min" value={60} min={1} max={100} onChange={(v) => seen.push(v)} />,
    );
    const input = screen.getByLabelText('Backups');
    fireEvent.input(input, { target: { value: '30' } });
    expect(seen).toEqual([30]);
    fireEvent.input(input, { target: { value: '500' } });
    expect(screen.getByRole('alert').textContent).toBe('Backups: 500 is outside 1–100; still using 60.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('n-error');
    fireEvent.input(input, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('Backups: enter a number between 1 and 100.');
    expect(seen).toEqual([30]);
    expect(screen.getByText('min')).toBeTruthy();
  });

  it('carries the metric and the current value for tests', () => {
    render(<NumberField id="n" label="Target" value={42} min={0} max={99} metric="target" onChange={() => {}} />);
    const input = screen.getByLabelText('Target');
    expect(input.getAttribute('data-metric')).toBe('target');
    expect(input.getAttribute('data-value')).toBe('42');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.getAttribute('step')).toBe('any');
  });
});

describe('NumberField (clamp)', () => {
  it('holds a committed entry to the range, rounds integers and reports why', () => {
    const seen: number[] = [];
    const notices: (string | null)[] = [];
    render(
      <NumberField
        id="seed"
        label="Seed"
        value={7}
        min={0}
        max={999}
        step={1}
        outOfRange="clamp"
        integer
        inputMode="numeric"
        onChange={(v) => seen.push(v)}
        onNotice={(n) => notices.push(n)}
      />,
    );
    const input = screen.getByLabelText('Seed') as HTMLInputElement;
    fireEvent.input(input, { target: { value: '5000' } });
    expect(seen).toEqual([]);
    fireEvent.change(input, { target: { value: '5000' } });
    expect(seen).toEqual([999]);
    expect(notices).toEqual(['Seed: 5000 is outside 0–999, so 999 is used.']);
    expect(input.value).toBe('999');
    fireEvent.change(input, { target: { value: '12.6' } });
    expect(seen).toEqual([999, 13]);
    expect(notices[1]).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('drops text that is not a number and shows the value still in use', () => {
    const seen: number[] = [];
    const notices: (string | null)[] = [];
    render(
      <NumberField
        id="n"
        label="Size"
        value={500}
        min={10}
        max={1000}
        outOfRange="clamp"
        onChange={(v) => seen.push(v)}
        onNotice={(n) => notices.push(n)}
      />,
    );
    const input = screen.getByLabelText('Size') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '' } });
    expect(seen).toEqual([]);
    expect(notices).toEqual(['Size: "" is not a number.']);
    expect(input.value).toBe('500');
  });
});
