import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ScrollRegion } from '../../src/shared/ScrollRegion';

describe('ScrollRegion', () => {
  it('is a named region in the tab order, with the default class', () => {
    render(
      <ScrollRegion label="Timeline table">
        <table />
      </ScrollRegion>,
    );
    const region = screen.getByRole('region', { name: 'Timeline table' });
    expect(region.tagName).toBe('SECTION');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.className).toBe('cn-table-wrap');
    expect(region.querySelector('table')).toBeTruthy();
  });

  it('takes a widget class instead', () => {
    render(<ScrollRegion class="dl-scroll" label="Metrics table (scrolls sideways)" />);
    expect(screen.getByRole('region', { name: 'Metrics table (scrolls sideways)' }).className).toBe('dl-scroll');
  });
});
