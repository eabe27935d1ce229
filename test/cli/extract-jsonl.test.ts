import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/index';
import { toWireAttribution } from '../../src/cli/wire-format';
import { EXTRACT_COMMAND, REPO, SEED, runExtract, runExtractViaNpm, stderrLines } from './run-extract';

const seedText = readFileSync(SEED, 'utf8');
const devLines = readFileSync(resolve(REPO, '../shared/corpora/polnear/dev.jsonl'), 'utf8').split('\n').filter(Boolean);
const ATTRIBUTION_KEYS = ['id', 'kind', 'quote', 'cue', 'speaker', 'stance', 'respondsTo'];

describe('extract --jsonl', () => {
  it('writes the seed article\'s attributions exactly as analyse returns them, through the promised npm command', async () => {
    const run = await runExtractViaNpm(['--jsonl'], JSON.stringify({ id: 'kursk', text: seedText }) + '\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(Object.keys(out)).toEqual(['id', 'attributions']);
    expect(out.id).toBe('kursk');
    expect(out.attributions).toEqual(analyse(seedText).attributions.map(toWireAttribution));
  });

  it('keeps to the promised shape: only the documented keys, UTF-16 spans inside the text', async () => {
    const run = await runExtract(['--jsonl'], JSON.stringify({ id: 'kursk', text: seedText }) + '\n');
    const { attributions } = JSON.parse(run.stdout);
    expect(attributions.length).toBeGreaterThan(0);
    for (const a of attributions) {
      for (const key of Object.keys(a)) expect(ATTRIBUTION_KEYS).toContain(key);
      expect(['direct', 'indirect', 'mixed']).toContain(a.kind);
      expect(['claim', 'deny', 'confirm']).toContain(a.stance);
      for (const span of [a.quote, a.cue, a.speaker].filter(Boolean)) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThan(span.end);
        expect(span.end).toBeLessThanOrEqual(seedText.length);
      }
      if (a.speaker) expect(Object.keys(a.speaker).sort()).toEqual(expect.arrayContaining(['end', 'name', 'start', 'type']));
    }
  });

  it('answers every PolNeAR dev article in input order, ignoring the extra fields of the corpus', async () => {
    const input = devLines.slice(0, 25);
    const run = await runExtract(['--jsonl'], input.join('\n') + '\n');
    expect(run.code).toBe(0);
    const ids = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(input.map((l) => JSON.parse(l).id));
  });

  it('reports each bad line on stderr with its line number, still writes every good line, and exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'good-1', text: seedText }),
      'not json at all',
      JSON.stringify({ id: 'no-text' }),
      '',
      JSON.stringify({ id: 'text-not-string', text: 42 }),
      JSON.stringify({ text: 'Putin said, “hello.”' }),
      '["an", "array"]',
      JSON.stringify({ id: 'good-2', text: 'Ukraine said, “The operational situation is difficult.”' }),
      '{"id": "truncated", "text": "Kyiv den',
    ].join('\n');
    const run = await runExtract(['--jsonl'], input);
    expect(run.code).toBe(1);
    const errors = stderrLines(run);
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatch(/^extract: <stdin>:2: not JSON \(.+\)$/);
    expect(errors[1]).toBe('extract: <stdin>:3: missing string "text"');
    expect(errors[2]).toBe('extract: <stdin>:5: missing string "text"');
    expect(errors[3]).toBe('extract: <stdin>:6: missing string "id"');
    expect(errors[4]).toBe('extract: <stdin>:7: not a JSON object');
    expect(errors[5]).toMatch(/^extract: <stdin>:9: not JSON \(.+\)$/);
    const ids = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['good-1', 'good-2']);
  });

  it('names the JSONL file (not <stdin>) in errors when given as an argument, and reports a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wsw-extract-'));
    const file = resolve(dir, 'articles.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'x', text: seedText })}\n{oops\n`);
    const run = await runExtract(['--jsonl', file, resolve(dir, 'missing.jsonl')]);
    expect(run.code).toBe(1);
    expect(stderrLines(run)).toEqual([
      expect.stringMatching(new RegExp(`^extract: ${escape(file)}:2: not JSON \\(.+\\)$`)),
      `extract: ${resolve(dir, 'missing.jsonl')}: no such file`,
    ]);
    expect(JSON.parse(run.stdout).id).toBe('x');
  });

  it('streams: the answer to the first line arrives before the input has ended', async () => {
    const child = spawn(EXTRACT_COMMAND[0], [...EXTRACT_COMMAND.slice(1), '--jsonl'], { cwd: REPO });
    const firstLine = new Promise<string>((done) => {
      let buf = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        buf += d;
        if (buf.includes('\n')) done(buf.slice(0, buf.indexOf('\n')));
      });
    });
    child.stdin.write(JSON.stringify({ id: 'first', text: seedText }) + '\n');
    expect(JSON.parse(await firstLine).id).toBe('first');
    child.stdin.end(JSON.stringify({ id: 'second', text: seedText }) + '\n');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
  });

  it('stops quietly, without a stack trace, when the reader closes the pipe early (| head -1)', async () => {
    const command = EXTRACT_COMMAND.map((part) => `"${part}"`).join(' ');
    const child = spawn('sh', ['-c', `${command} --jsonl < "${resolve(REPO, '../shared/corpora/polnear/dev.jsonl')}" | head -n 1`], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    await new Promise((done) => child.on('close', done));
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).id).toBe(JSON.parse(devLines[0]!).id);
    expect(stderr).toBe('');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
