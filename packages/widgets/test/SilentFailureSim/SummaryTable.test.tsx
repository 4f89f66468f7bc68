import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { LayerSummary } from '../../src/SilentFailureSim/model';
import { firstAlertText, SummaryTable } from '../../src/SilentFailureSim/SummaryTable';

const layer = (patch: Partial<LayerSummary>): LayerSummary => ({
  layer: 'prio3',
  touched: true,
  firstAlert: 26,
  delay: 2,
  falseAlarms: 3,
  ...patch,
});

describe('firstAlertText', () => {
  it('says when a touched layer first alerted, at once or after a delay', () => {
    expect(firstAlertText(layer({}), 24)).toBe('hour 26 (after 2 h)');
    expect(firstAlertText(layer({ firstAlert: 24, delay: 0 }), 24)).toBe('hour 24 (at once)');
  });
  it('names a layer that never alerted, one the incident does not touch, and no incident', () => {
    expect(firstAlertText(layer({ firstAlert: null, delay: null }), 24)).toBe('never');
    expect(firstAlertText(layer({ touched: false }), 24)).toBe(
      'not affected: the incident does not change this signal',
    );
    expect(firstAlertText(layer({}), null)).toBe('—');
  });
});

describe('SummaryTable', () => {
  it('carries each delay and false-alarm count as data-value, "" for no alert', () => {
    const { container } = render(
      <SummaryTable summary={[layer({}), layer({ layer: 'golden', firstAlert: null, delay: null })]} start={24} />,
    );
    const cell = (name: string) => container.querySelector(`[data-metric="${name}"]`);
    expect(cell('sfs-prio3-delay')?.getAttribute('data-value')).toBe('2');
    expect(cell('sfs-golden-delay')?.getAttribute('data-value')).toBe('');
    expect(cell('sfs-golden-delay')?.textContent).toBe('never');
    expect(cell('sfs-prio3-false')?.getAttribute('data-value')).toBe('3');
    expect(screen.getByRole('table', { name: /Which layer noticed the incident/ })).toBeTruthy();
  });
});
