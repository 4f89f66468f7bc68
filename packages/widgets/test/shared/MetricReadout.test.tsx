import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MetricReadout, MetricTerm } from '../../src/shared/MetricReadout';
import { metricAttributes, metricValueText } from '../../src/shared/metric-attributes';

describe('metricAttributes', () => {
  it('writes the exact value as text, "" for null, and no data-value when none is given', () => {
    expect(metricAttributes('p', 0.1 + 0.2)).toEqual({ 'data-metric': 'p', 'data-value': '0.30000000000000004' });
    expect(metricAttributes('n', 2n ** 62n - 1n)['data-value']).toBe('4611686018427387903');
    expect(metricAttributes('prev', null)).toEqual({ 'data-metric': 'prev', 'data-value': '' });
    expect(metricAttributes('band')).toEqual({ 'data-metric': 'band' });
    expect(metricValueText(Number.NaN)).toBe('NaN');
    expect(metricValueText('reserved')).toBe('reserved');
  });
});

describe('MetricReadout', () => {
  it('renders the chosen element with the attributes and the formatted text', () => {
    const { container } = render(
      <p>
        <MetricReadout as="strong" name="hol-mean" value={12.345} data-direction="up" class="x">
          12.3 ms
        </MetricReadout>
        <MetricReadout name="band">good</MetricReadout>
      </p>,
    );
    expect(container.innerHTML).toBe(
      '<p><strong data-direction="up" class="x" data-metric="hol-mean" data-value="12.345">12.3 ms</strong>' +
        '<span data-metric="band">good</span></p>',
    );
  });
});

describe('MetricTerm', () => {
  it('renders a term and its described value, optionally grouped in a div', () => {
    const { container } = render(
      <dl>
        <MetricTerm label="Opened by" name="sid-initiator" value="server">
          server
        </MetricTerm>
        <MetricTerm label="RPO" name="rr-rpo" value={15} class="cn-ok" grouped>
          15 min
        </MetricTerm>
      </dl>,
    );
    expect(container.innerHTML).toBe(
      '<dl><dt>Opened by</dt><dd data-metric="sid-initiator" data-value="server">server</dd>' +
        '<div><dt>RPO</dt><dd class="cn-ok" data-metric="rr-rpo" data-value="15">15 min</dd></div></dl>',
    );
  });
});
