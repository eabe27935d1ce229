import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, SEED, runExtract, stderrLines, type CliRun } from './run-extract';

const seedText = readFileSync(SEED, 'utf8');
const PUTIN_WORDS = 'The complete defeat of our enemy along Kursk';
let dir = '';
const at = (name: string) => join(dir, name);
// The seed's two reports are read by several tests: run each once (a CLI start costs seconds on a busy machine).
let seedHuman: CliRun;
let seedJson: CliRun;

beforeAll(async () => {
  [seedHuman, seedJson] = await Promise.all([runExtract([SEED]), runExtract(['--json', SEED])]);
}, 120_000);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wsw-extract-files-'));
  writeFileSync(at('nul.txt'), Buffer.from('Putin said, “hello.”\u0000\u0001\u0002', 'utf8'));
  writeFileSync(at('latin1.txt'), Buffer.from([0x50, 0x75, 0x74, 0x69, 0x6e, 0x20, 0xe9, 0x74, 0xe9, 0x20, 0x22])); // "Putin été" in Latin-1
  writeFileSync(at('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(at('unreadable.txt'), seedText);
  chmodSync(at('unreadable.txt'), 0o000);
  writeFileSync(at('crlf.txt'), seedText.replace(/\n/g, '\r\n'));
  const paragraphs = seedText.split(/\n\n+/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  writeFileSync(at('kursk.html'), `<!doctype html><html><head><title>Kursk</title><script>var said = "“not article text,” he said";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia says reclaimed Kursk region, Kyiv denies</h1>${paragraphs.join('\n')}</article>
<footer>© Example News</footer></body></html>`);
  writeFileSync(at('no-article.html'), '<!doctype html><html><body><nav><a href="/">Home</a></nav><p>Subscribe now.</p></body></html>');
  writeFileSync(at('escape.txt'), 'The spokesman said, “Everything is \u001b[31mfine\u001b[0m and under control.”\n');
});

describe('extract FILE', () => {
  it('prints who said what in the seed article for a person, each group headed by a speaker and its count', () => {
    const run = seedHuman;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(PUTIN_WORDS);
    expect(run.stdout).toMatch(/^.+: \d+ statements?$/m);
  });

  it('shows every statement of the --json output in the report, under its speaker\'s heading', () => {
    const [human, json] = [seedHuman, seedJson];
    const { text, attributions } = JSON.parse(json.stdout);
    expect(text).toBe(seedText);
    const groups = human.stdout.split(/\n\n(?=\S)/);
    for (const a of attributions) {
      const heading = a.speaker ? a.speaker.name : '(no speaker named)';
      const group = groups.find((g: string) => g.startsWith(`${heading}`) && g.includes(`${a.id} ${a.kind}, ${a.stance}`));
      expect(group, `statement ${a.id} under ${heading}`).toBeDefined();
      const quote = text.slice(a.quote.start, a.quote.end).replace(/\s*\n\s*\n\s*/g, ' ¶ ');
      expect(group).toContain(quote);
    }
  });

  it('attributes Putin\'s words in the seed article to Vladimir Putin', () => {
    const putinGroup = seedHuman.stdout.split(/\n\n(?=\S)/).find((g) => /^Vladimir Putin\b/.test(g));
    expect(putinGroup).toBeDefined();
    expect(putinGroup).toContain(PUTIN_WORDS);
  });

  it('reads an .html page\'s article text (not its script or navigation) and analyses it', async () => {
    const run = await runExtract(['--json', at('kursk.html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { id, text, attributions } = JSON.parse(run.stdout);
    expect(id).toBe(at('kursk.html'));
    expect(text).toContain(PUTIN_WORDS);
    expect(text).not.toContain('not article text');
    expect(text).not.toContain('Home');
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(8);
    const quotes = attributions.map((a: { quote: { start: number; end: number } }) => text.slice(a.quote.start, a.quote.end));
    expect(quotes.some((q: string) => q.includes(PUTIN_WORDS))).toBe(true);
  });

  it('reads a real saved news page (BBC) and finds statements inside its article text', async () => {
    const page = join(REPO, '../shared/pages/readability/bbc-1/source.html');
    const run = await runExtract(['--json', page]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { text, attributions } = JSON.parse(run.stdout);
    expect(text).toContain("the BBC's North America editor Jon Sopel said the president did not sound very confident");
    expect(attributions.length).toBeGreaterThan(5);
    for (const a of attributions) expect(a.quote.end).toBeLessThanOrEqual(text.length);
  });

  it('gives offsets into the text it prints: Windows line endings are normalised, not counted', async () => {
    const run = await runExtract(['--json', at('crlf.txt')]);
    const { text, attributions } = JSON.parse(run.stdout);
    expect(text).toBe(seedText);
    const direct = JSON.parse(seedJson.stdout);
    expect(attributions).toEqual(direct.attributions);
  });

  it('refuses a missing file, a directory, a NUL-byte file, invalid UTF-8, an image and an unreadable file, one line each, and still reports the good file', async () => {
    // root reads a mode-000 file anyway, so the permission case can only be checked as another user
    const canBeUnreadable = process.getuid?.() !== 0;
    const bad = [at('missing.txt'), dir, at('nul.txt'), at('latin1.txt'), at('image.png')];
    if (canBeUnreadable) bad.push(at('unreadable.txt'));
    const run = await runExtract([bad[0]!, SEED, ...bad.slice(1)]);
    expect(run.code).toBe(1);
    const expected = [
      `extract: ${at('missing.txt')}: no such file`,
      `extract: ${dir}: is a directory`,
      `extract: ${at('nul.txt')}: binary file (contains NUL bytes)`,
      `extract: ${at('latin1.txt')}: binary file (not valid UTF-8)`,
      `extract: ${at('image.png')}: binary file (contains NUL bytes)`,
    ];
    if (canBeUnreadable) expected.push(`extract: ${at('unreadable.txt')}: permission denied`);
    expect(stderrLines(run)).toEqual(expected);
    expect(run.stdout).toContain(`== ${SEED} ==`);
    expect(run.stdout).toContain(PUTIN_WORDS);
  });

  it('says so when an .html page holds no article, and exits 1', async () => {
    const run = await runExtract([at('no-article.html')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([`extract: ${at('no-article.html')}: no article text found in the page`]);
  });

  it('exits 1 with a single error line when the only file is missing', async () => {
    const run = await runExtract([at('nope.html')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([`extract: ${at('nope.html')}: no such file`]);
  });

  it('shows terminal escape sequences from the page as text instead of sending them to the terminal', async () => {
    const run = await runExtract([at('escape.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('\\u001b[31mfine');
  });
});

describe('extract usage', () => {
  it('prints usage with --help and exits 0', async () => {
    const run = await runExtract(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:/);
    expect(run.stdout).toContain('--jsonl');
  });

  it('exits 2 on an unknown option or no FILE, naming the problem on the first line', async () => {
    const unknown = await runExtract(['--jsn', SEED]);
    expect(unknown.code).toBe(2);
    expect(stderrLines(unknown)[0]).toBe('extract: unknown option --jsn');
    const none = await runExtract([]);
    expect(none.code).toBe(2);
    expect(stderrLines(none)[0]).toBe('extract: no FILE given');
  });
});
