// A .txt file is already the engine's format (paragraphs separated by blank lines); only line endings
// differ between systems. The BOM is stripped by the decoder.
export function articleTextFromPlainText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n');
}
