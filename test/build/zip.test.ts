import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { zipDirectory } from '../../scripts/zip.mjs';

/** Reads a zip back through its central directory: name → content. */
function unzip(buffer: Buffer): Map<string, string> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const body = buffer.subarray(dataStart, dataStart + size);
    files.set(name, (method === 8 ? inflateRawSync(body) : body).toString('utf8'));
    at += 46 + nameLength + extra;
  }
  return files;
}

test('the store zip holds every file under its relative path, byte for byte', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsw-zip-'));
  mkdirSync(join(dir, 'src/popup'), { recursive: true });
  const manifest = JSON.stringify({ manifest_version: 3, name: 'Who Said What' }, null, 2);
  writeFileSync(join(dir, 'manifest.json'), manifest);
  writeFileSync(join(dir, 'src/popup/index.html'), '<!doctype html><title>Who said what</title>'.repeat(50));
  writeFileSync(join(dir, 'x'), 'a'); // too small to deflate: stored
  const zipFile = join(tmpdir(), `wsw-zip-${process.pid}.zip`);
  expect(zipDirectory(dir, zipFile)).toBe(3);
  const files = unzip(readFileSync(zipFile));
  expect([...files.keys()]).toEqual(['manifest.json', 'src/popup/index.html', 'x']);
  expect(files.get('manifest.json')).toBe(manifest);
  expect(files.get('src/popup/index.html')).toBe('<!doctype html><title>Who said what</title>'.repeat(50));
  expect(files.get('x')).toBe('a');
});

test('zipping the same files twice gives the same bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wsw-zip-'));
  writeFileSync(join(dir, 'a.txt'), 'Ukraine said');
  const first = join(tmpdir(), `wsw-zip-a-${process.pid}.zip`);
  const second = join(tmpdir(), `wsw-zip-b-${process.pid}.zip`);
  zipDirectory(dir, first);
  zipDirectory(dir, second);
  expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
});
