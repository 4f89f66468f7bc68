import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SelectField } from '../../src/shared/SelectField';
import { TextField } from '../../src/shared/TextField';

describe('TextField', () => {
  it('is labelled, bounded and passes the typed text on', () => {
    const onInput = vi.fn();
    render(<TextField id="t" label="Owner" value="Ana" maxLength={80} onInput={onInput} />);
    const input = screen.getByLabelText('Owner') as HTMLInputElement;
    expect(input.type).toBe('text');
    expect(input.maxLength).toBe(80);
    expect(input.value).toBe('Ana');
    fireEvent.input(input, { target: { value: 'Bo' } });
    expect(onInput).toHaveBeenCalledWith('Bo');
  });
});

describe('SelectField', () => {
  it('is labelled, shows the value and passes the picked option on', () => {
    const onChange = vi.fn();
    render(
      <SelectField id="s" label="Status" value="b" onChange={onChange}>
        <option value="a">A</option>
        <option value="b">B</option>
      </SelectField>,
    );
    const select = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(select.value).toBe('b');
    fireEvent.change(select, { target: { value: 'a' } });
    expect(onChange).toHaveBeenCalledWith('a');
  });
});
