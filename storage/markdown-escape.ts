// Text from notes and pages, made inert for Markdown: it reads as the same text in any CommonMark
// renderer, never as a heading, a list, a link, code or raw HTML ("# X" stays "# X", "<img>" is text).

// Inline syntax anywhere on a line: emphasis, code, links and images, autolinks and HTML, entities,
// strikethrough, tables; backslash first so the escapes added are not escaped again.
const INLINE = /[\\`*_[\]<>&~|#]/g;

/** One line: inline syntax escaped, then what would start a block at the line's beginning. */
function escapeLine(line: string): string {
  return (
    line
      .replace(INLINE, '\\$&')
      // Indentation would make an indented code block: no-break spaces are not indentation to Markdown.
      .replace(/^[ \t]+/, (indent) => '\u00a0'.repeat(indent.length))
      // Block quotes are escaped inline; lists, thematic breaks and setext underlines start with these.
      .replace(/^(\u00a0*)([-+=])/, '$1\\$2')
      // Ordered lists: "1." and "1)".
      .replace(/^(\u00a0*\d{1,9})([.)])/, '$1\\$2')
  );
}

/** Text of any number of lines, escaped line by line (line breaks are kept). */
export function escapeMarkdown(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join('\n');
}
