// @ts-check
// A seeded source of choices for the generator: the same seed gives the same content.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * @typedef {object} Chooser
 * @property {(from: number, to: number) => number} int  an integer in [from, to], both included
 * @property {<T>(items: readonly T[]) => T} pick        one item of a non-empty list
 * @property {<T>(items: readonly T[], count: number) => T[]} sample  `count` distinct items (all when fewer), in list order
 */

/**
 * A deterministic chooser over pure-rand's xoroshiro128+ generator.
 *
 * @param {number} seed  any 32-bit integer
 * @returns {Chooser}
 * @example
 * const a = seededChooser(7); const b = seededChooser(7);
 * a.int(1, 6) === b.int(1, 6); // true
 */
export function seededChooser(seed) {
  const rng = xoroshiro128plus(seed);
  /** @type {(from: number, to: number) => number} */
  const int = (from, to) => uniformInt(rng, from, to);

  /**
   * @template T
   * @param {readonly T[]} items
   * @returns {T}
   */
  function pick(items) {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick requires a non-empty list (got 0 items)');
    return item;
  }

  /**
   * @template T
   * @param {readonly T[]} items
   * @param {number} count
   * @returns {T[]}
   */
  function sample(items, count) {
    const chosen = new Set();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(int(0, items.length - 1));
    return items.filter((_, i) => chosen.has(i));
  }

  return { int, pick, sample };
}
