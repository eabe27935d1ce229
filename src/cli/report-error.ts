// One-line diagnostics on stderr, always prefixed with the tool's name and the input they concern,
// so a failure in a pipeline says which file (and which line) to look at.
export function reportError(tool: string, where: string, message: string): void {
  process.stderr.write(`${tool}: ${where}: ${oneLine(message)}\n`);
}

/** Errors from JSON.parse and fs can span lines; a diagnostic must not. */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
