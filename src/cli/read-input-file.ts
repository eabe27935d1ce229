// Reads a file the user named, refusing what is not readable text, with a reason a person understands.
// Binary input is refused rather than analysed: offsets into mojibake would mean nothing.
import { readFile, stat } from 'node:fs/promises';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export async function readTextFile(path: string): Promise<ReadResult> {
  const refused = await whyNotReadable(path);
  if (refused) return { ok: false, reason: refused };
  try {
    return decodeText(await readFile(path));
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
}

/** The reason a path cannot be read as a file (missing, a directory…), or null when it can be opened. */
export async function whyNotReadable(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isDirectory() ? 'is a directory' : null;
  } catch (err) {
    return describeFsError(err);
  }
}

/** NUL bytes never occur in text files; invalid UTF-8 means an image, an archive or another encoding. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'binary file (not valid UTF-8)' };
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
