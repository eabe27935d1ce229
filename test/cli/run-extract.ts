// Runs the real extract CLI in a child process, the way a user or a pipeline does.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SEED = resolve(REPO, '../shared/seed/kursk-article.txt');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node --import tsx` runs the same TypeScript as the tsx CLI in one process instead of two: half the start-up. */
export const EXTRACT_COMMAND = [process.execPath, '--import', 'tsx', 'src/cli/extract.ts'] as const;

export function runExtract(args: string[], stdin = ''): Promise<CliRun> {
  return runCommand(EXTRACT_COMMAND[0], [...EXTRACT_COMMAND.slice(1), ...args], stdin);
}

/** The exact command other tools are promised (issue 2): `npm run --silent extract -- ...`. */
export function runExtractViaNpm(args: string[], stdin = ''): Promise<CliRun> {
  return runCommand('npm', ['run', '--silent', 'extract', '--', ...args], stdin);
}

function runCommand(command: string, args: string[], stdin: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => l.length > 0);
}
