import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RangeSlider } from '../../src/shared/RangeSlider';

describe('RangeSlider', () => {
  it('names the slider with its value by default and reports new values as numbers', () => {
    const seen: number[] = [];
    render(
      <RangeSlider
        id="rtt"
        label="Round-trip time"
        value={100}
        min={1}
        max={600}
        valueText="100 ms"
        onChange={(v) => seen.push(v)}
      />,
    );
    const slider = screen.getByRole('slider', { name: 'Round-trip time: 100 ms' });
    expect(slider.getAttribute('aria-valuetext')).toBe('100 ms');
    expect(slider.getAttribute('step')).toBe('1');
    expect(document.querySelector('label output')?.textContent).toBe('100 ms');
    fireEvent.input(slider, { target: { value: '250' } });
    expect(seen).toEqual([250]);
  });

  it('can show the value after the slider, with its own text and a metric on the output', () => {
    render(
      <RangeSlider
        id="tp-client"
        label="Client limit"
        value={2}
        min={0}
        max={5}
        valueText="2: enough"
        outputText="2 enough"
        outputPlacement="after"
        metric="tp-client-value"
        class="cn-tp-slider"
        onChange={() => {}}
      />,
    );
    const slider = screen.getByRole('slider', { name: 'Client limit' });
    expect(slider.getAttribute('aria-valuetext')).toBe('2: enough');
    const output = document.querySelector('output');
    expect(output?.parentElement?.tagName).toBe('DIV');
    expect(output?.textContent).toBe('2 enough');
    expect(output?.getAttribute('data-metric')).toBe('tp-client-value');
    expect(output?.getAttribute('data-value')).toBe('2');
    expect(output?.getAttribute('for')).toBe('tp-client');
    expect(slider.closest('div')?.className).toBe('cn-range cn-tp-slider');
  });
});
