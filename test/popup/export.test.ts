import { describe, expect, test } from 'vitest';
import { escapeMarkdown, exportFileName, toJson, toMarkdown } from '../../src/popup/export';
import { SEED_STATEMENTS } from './statements.fixture';

const state = { url: 'https://www.livemint.com/news/world/kursk', title: 'Moscow confirms North Korean troops in Kursk', statements: SEED_STATEMENTS, truncated: false };

describe('Markdown export', () => {
  test('lists speakers most quoted first, each statement with kind and stance', () => {
    const md = toMarkdown(state);
    expect(md).toContain('8 statements from 5 sources, 2 of them unnamed.');
    expect(md.indexOf('## Valery Gerasimov (person, chief of Russia\'s General Staff)')).toBeLessThan(md.indexOf('## Vladimir Putin'));
    expect(md).toContain('- “The statements of representatives of the high command of the aggressor country … are not true.” — direct, denial, cue: has said');
  });

  test('page text cannot become links, HTML or emphasis in the file', () => {
    const hostile = { ...SEED_STATEMENTS[0]!, excerpt: '<img src=x onerror=alert(1)> [click](https://evil.example) *now*' };
    const md = toMarkdown({ ...state, statements: [hostile] });
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\> \\[click\\]\\(https://evil.example\\) \\*now\\*');
    expect(escapeMarkdown('line one\nline two')).toBe('line one line two');
  });

  test('says when the page was too large to finish', () => {
    expect(toMarkdown({ ...state, truncated: true })).toContain('Stopped early on a very large page');
  });
});

describe('JSON export', () => {
  test('holds the page, the time and every statement as reported', () => {
    const parsed = JSON.parse(toJson(state, new Date('2026-11-27T13:00:00Z')));
    expect(parsed).toMatchObject({ url: state.url, title: state.title, exportedAt: '2026-11-27T13:00:00.000Z', truncated: false });
    expect(parsed.statements).toEqual(SEED_STATEMENTS);
  });
});

test('export file names carry the site and the date, nothing else from the page', () => {
  expect(exportFileName(state.url, 'md', new Date('2026-11-27T13:00:00Z'))).toBe('who-said-what-www.livemint.com-2026-11-27.md');
  expect(exportFileName('not a url', 'json', new Date('2026-11-27T13:00:00Z'))).toBe('who-said-what-page-2026-11-27.json');
});
