// Sorting the engine's short lists (frames, statements, spans), which nearly always come in text order already.

/** Shifts allowed per element before the insertion sort hands the rest to Array.prototype.sort. */
const SHIFTS_PER_ELEMENT = 4;

/**
 * Sorts `list` in place by `cmp`, stably, with the order Array.prototype.sort gives: by insertion, which for a list
 * already in order or nearly so reads it once and allocates nothing (Array.prototype.sort copied every list into work
 * arrays: a thirtieth of all allocation). A list far out of order is handed on to Array.prototype.sort once the
 * insertions have shifted more than a few elements per element, so the cost stays n log n. An insertion moves an
 * element only past greater ones, never past an equal one, so equal elements keep their first order and the stable
 * sort that finishes the work gives the same list as on the original.
 */
export function sortStably<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  let budget = SHIFTS_PER_ELEMENT * list.length;
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    let j = i;
    while (j > 0 && cmp(list[j - 1]!, x) > 0) {
      list[j] = list[j - 1]!;
      j--;
      if (--budget < 0) {
        list[j] = x;
        return list.sort(cmp);
      }
    }
    list[j] = x;
  }
  return list;
}
