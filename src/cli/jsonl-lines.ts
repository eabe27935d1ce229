// Validates one JSONL input line into the record the extractor needs. Kept apart from the streaming so
// the rules for "bad input" read in one place.
export interface ArticleRecord {
  id: string | number;
  text: string;
}

export type LineResult = { ok: true; record: ArticleRecord } | { ok: false; reason: string };

export function parseArticleLine(line: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a JSON object' };
  }
  const { id, text } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { ok: false, reason: 'missing string "text"' };
  // Numeric ids are echoed as given: some corpora number their documents.
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { ok: false, reason: 'missing string "id"' };
  }
  return { ok: true, record: { id, text } };
}
