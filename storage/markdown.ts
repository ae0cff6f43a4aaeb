// Markdown export for reading and sharing: one section per page, then per speaker.
import { escapeMarkdown } from './markdown-escape';
import { NAMELESS_LABELS, speakerLabel } from '../utils/speaker-label';
import type { Snapshot } from './snapshot';
import type { Note, Page } from './types';

// Named speakers first, then the kinds without a name in the vocabulary's order.
const NAMELESS_ORDER = Object.values(NAMELESS_LABELS);

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Speakers' names are headings apart from the vocabulary's labels, even a speaker literally named "Not attributed". */
function speakerOrder(a: string, b: string): number {
  const rank = (key: string) => (key.startsWith('\0') ? 1 + NAMELESS_ORDER.indexOf(key.slice(1)) : 0);
  return rank(a) - rank(b) || a.localeCompare(b);
}

const speakerKey = (n: Note) => (n.speaker ?? `\0${speakerLabel(null, n.speakerKind)}`);

function renderNote(note: Note): string {
  const parts = [blockquote(note.selector.exact)];
  if (note.body.trim()) parts.push(escapeMarkdown(note.body.trim()));
  const tags = note.tags.map((t) => `#${escapeMarkdown(t.replace(/\s+/g, '-'))}`).join(' ');
  const meta = [note.role ? `*${escapeMarkdown(note.role)}*` : '', tags, new Date(note.updatedAt).toISOString().slice(0, 10)];
  parts.push(meta.filter(Boolean).join(' · '));
  return parts.join('\n\n');
}

function renderPage(url: string, page: Page | undefined, notes: Note[]): string {
  const title = (page?.title || url).replace(/\s+/g, ' ');
  // A URL with a space or an angle bracket is percent-encoded, so it cannot leave the <…> destination.
  const sections = [`## [${escapeMarkdown(title)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`];
  const bySpeaker = groupBy(notes, speakerKey);
  for (const speaker of [...bySpeaker.keys()].sort(speakerOrder)) {
    sections.push(`### ${escapeMarkdown(speaker.replace(/^\0/, ''))}`);
    const spoken = bySpeaker.get(speaker)!.sort((a, b) => a.selector.start - b.selector.start);
    sections.push(...spoken.map(renderNote));
  }
  return sections.join('\n\n');
}

export function toMarkdown({ pages, notes }: Snapshot, exportedAt: Date): string {
  const pagesByUrl = new Map(pages.map((p) => [p.url, p]));
  const byPage = groupBy(notes, (n) => n.pageUrl);
  const lastVisit = (url: string) => pagesByUrl.get(url)?.lastVisit ?? 0;
  const urls = [...byPage.keys()].sort((a, b) => lastVisit(b) - lastVisit(a) || a.localeCompare(b));
  const header = `# Sourcelight notes\n\nExported ${exportedAt.toISOString()}: ${notes.length} note${notes.length === 1 ? '' : 's'} on ${urls.length} page${urls.length === 1 ? '' : 's'}.`;
  return [header, ...urls.map((url) => renderPage(url, pagesByUrl.get(url), byPage.get(url)!))].join('\n\n') + '\n';
}
