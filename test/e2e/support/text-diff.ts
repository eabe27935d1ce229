// A short account of where two long texts first differ, so a failing page check says what changed
// instead of printing two 50 KB strings.
export function firstDifference(expected: string, actual: string, context = 60): string | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - context), i + context));
  return `texts differ at character ${i} (lengths ${expected.length} → ${actual.length}): expected …${show(expected)}… but got …${show(actual)}…`;
}
