import { describe, expect, it } from 'vitest';
import { budgetLabels } from '../../src/SloPlanner/budget-readout';

describe('budgetLabels', () => {
  it('an availability SLI counts failed requests and minutes of full outage', () => {
    expect(budgetLabels({ sli: 'availability', latencyMs: 300 })).toEqual({
      minutes: 'Minutes of full outage allowed',
      requests: 'Allowed failed requests',
    });
  });

  it('a latency SLI counts slow requests over its threshold', () => {
    expect(budgetLabels({ sli: 'latency', latencyMs: 250 })).toEqual({
      minutes: 'Minutes in which every request may be slow',
      requests: 'Allowed slow requests (over 250 ms)',
    });
  });
});
