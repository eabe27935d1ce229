// Command-line arguments of `npm run extract`, parsed by hand: three flags do not justify a dependency.
export interface ExtractArgs {
  mode: 'help' | 'jsonl' | 'files';
  json: boolean;
  paths: string[];
}

export type ArgsResult = { ok: true; args: ExtractArgs } | { ok: false; reason: string };

export const EXTRACT_USAGE = `Usage:
  npm run --silent extract -- FILE...            who said what in .txt or .html files, for a person to read
  npm run --silent extract -- --json FILE...     the same as JSON, one line per file: {"id","text","attributions"}
  npm run --silent extract -- --jsonl [FILE...]  JSONL in ({"id","text"} per line; stdin if no FILE or "-"),
                                                 JSONL out ({"id","attributions"} per line) on stdout
Options:
  --json     machine-readable output for FILE arguments
  --jsonl    stream JSONL articles
  -h, --help this text
A .txt file holds paragraphs separated by blank lines; an .html page is read the way the extension reads it.
Bad input is reported on stderr, one line each, naming the file (and line); the good input is still processed
and the exit status is 1. A usage error exits with 2.
`;

export function parseExtractArgs(argv: string[]): ArgsResult {
  const args: ExtractArgs = { mode: 'files', json: false, paths: [] };
  let jsonl = false;
  let onlyPaths = false;
  for (const arg of argv) {
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) args.paths.push(arg);
    else if (arg === '--') onlyPaths = true;
    else if (arg === '-h' || arg === '--help') return { ok: true, args: { ...args, mode: 'help' } };
    else if (arg === '--json') args.json = true;
    else if (arg === '--jsonl') jsonl = true;
    else return { ok: false, reason: `unknown option ${arg}` };
  }
  if (jsonl && args.json) return { ok: false, reason: '--json and --jsonl cannot be combined' };
  if (jsonl) return { ok: true, args: { ...args, mode: 'jsonl', paths: args.paths.length ? args.paths : ['-'] } };
  if (args.paths.length === 0) return { ok: false, reason: 'no FILE given' };
  if (args.paths.includes('-')) return { ok: false, reason: '"-" (stdin) is only read with --jsonl' };
  return { ok: true, args };
}
