// The engine's in-place sort of short lists: the same order as Array.prototype.sort's stable sort, for lists in order,
// nearly so, or far from it (where it hands the rest to Array.prototype.sort).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortStably } from '../../src/core/sort';

interface Item { key: number; id: number }
const byKey = (a: Item, b: Item): number => a.key - b.key;
const items = (keys: number[]): Item[] => keys.map((key, id) => ({ key, id }));

describe('sortStably', () => {
  it('orders as Array.prototype.sort, equal keys in their first order, for any list of small keys', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 200 }), (keys) => {
      const list = items(keys);
      expect(sortStably(list.slice(), byKey)).toEqual(list.slice().sort(byKey));
    }), { numRuns: 2000 });
  });

  it('orders a list nearly in order (a few elements moved) as Array.prototype.sort does', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (n, moves) => {
      const list = items(Array.from({ length: n }, (_, i) => i >> 1));
      for (const [from, to] of moves) if (n > 0) list.splice(to % n, 0, ...list.splice(from % n, 1));
      expect(sortStably(list.slice(), byKey)).toEqual(list.slice().sort(byKey));
    }), { numRuns: 1000 });
  });

  it('sorts in place and returns the list it was given', () => {
    const list = items([3, 1, 2]);
    expect(sortStably(list, byKey)).toBe(list);
    expect(list.map((x) => x.key)).toEqual([1, 2, 3]);
  });

  it('orders a list in reverse (past its budget of shifts) as Array.prototype.sort does', () => {
    const list = items(Array.from({ length: 1000 }, (_, i) => (1000 - i) >> 2));
    expect(sortStably(list.slice(), byKey)).toEqual(list.slice().sort(byKey));
  });
});
