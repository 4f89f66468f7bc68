import { describe, expect, it } from 'vitest';
import { simulateIncident } from '../../src/SloPlanner/incident';
import { firingPoints, incidentChartConfig } from '../../src/SloPlanner/incident-chart';
import { errorBudget, WORKBOOK_ALERTS } from '../../src/SloPlanner/model';
import { seriesColors } from '../../src/shared/chart/theme';

const budget = errorBudget({ target: 0.999, windowDays: 30, requestsPerSecond: 1 });
// A total outage of 1 h at hour 240, no baseline: all three Workbook alerts fire.
const outage = simulateIncident(WORKBOOK_ALERTS, budget, {
  errorRate: 1,
  baselineRate: 0,
  startHours: 240,
  durationMinutes: 60,
});

describe('firingPoints', () => {
  it('one point per firing alert at its hour and the budget left then (in %)', () => {
    const points = firingPoints(outage);
    expect(points).toHaveLength(3);
    expect(points[0]?.x).toBeCloseTo(240 + 0.864 / 60, 12);
    expect(points[0]?.y).toBeCloseTo(98, 10); // 0.864 of 43.2 budget-minutes spent = 2%
  });

  it('no points when nothing fires', () => {
    const quiet = simulateIncident(WORKBOOK_ALERTS, budget, {
      errorRate: 0,
      baselineRate: 0,
      startHours: 0,
      durationMinutes: 0,
    });
    expect(firingPoints(quiet)).toEqual([]);
  });
});

describe('incidentChartConfig', () => {
  const config = incidentChartConfig(outage, { grid: '#111', text: '#222' });

  it('draws the budget curve in % and the firings as triangles', () => {
    const [curve, fired] = config.data.datasets;
    expect(curve?.data).toEqual(outage.budgetCurve.map((p) => ({ x: p.hours, y: p.left * 100 })));
    expect(curve?.borderColor).toBe(seriesColors.reference);
    expect(fired?.data).toEqual(firingPoints(outage));
    expect(fired?.pointStyle).toBe('triangle');
  });

  it('spans the whole window and uses the theme colours on both axes', () => {
    const x = config.options?.scales?.x;
    expect(x?.max).toBe(720);
    expect(x?.grid?.color).toBe('#111');
    expect(config.options?.scales?.y?.ticks?.color).toBe('#222');
    expect(config.options?.plugins?.legend?.labels?.color).toBe('#222');
  });

  it('falls back to a 30-day axis for an empty curve', () => {
    const empty = incidentChartConfig({ ...outage, budgetCurve: [] }, { grid: '#111', text: '#222' });
    expect(empty.options?.scales?.x?.max).toBe(720);
  });
});
