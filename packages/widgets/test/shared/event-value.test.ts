import { describe, expect, it } from 'vitest';
import { eventValue } from '../../src/shared/event-value';

describe('eventValue', () => {
  it('reads the value of the element the listener is on', () => {
    const input = document.createElement('input');
    input.value = 'typed';
    let seen = '';
    input.addEventListener('input', (e) => {
      seen = eventValue(e);
    });
    input.dispatchEvent(new Event('input'));
    expect(seen).toBe('typed');
  });
});
