// What a file that is not JSON looks like, so an import can say which format it expects instead of
// calling a CSV or Markdown file broken JSON.

const EXPECTED = 'Sourcelight imports its own JSON export (.json) or a W3C Web Annotation file (.jsonld), not this format';

/** "a CSV file", "a Markdown file"… by the text's first lines, or null when it may be JSON after all. */
export function otherFormatOf(text: string): string | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '' || start.startsWith('{') || start.startsWith('[')) return null;
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0];
  if (/^<(!doctype html|html|head|body)\b/i.test(start)) return 'an HTML page';
  if (/^<\?xml|^</.test(start)) return 'an XML file';
  if (/^(#{1,6} |> |[-*+] |```)/.test(start) || /^\S.*\n(=+|-+)\s*$/m.test(start.slice(0, 500))) return 'a Markdown file';
  if (firstLine.includes('\t')) return 'a TSV (tab-separated) file';
  if (firstLine.split(',').length >= 3) return 'a CSV file';
  return 'a plain text file';
}

/** The reason an import of a file in another format gives: what it looks like and what is expected. */
export function otherFormatReason(kind: string): string {
  return `this looks like ${kind}; ${EXPECTED}`;
}
