// Markdown export for reading and sharing: one section per page, then per speaker.
import type { Snapshot } from './snapshot';
import type { Note, Page } from './types';

const UNATTRIBUTED = 'Unattributed';

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, '\\$&');
}

function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function speakerOrder(a: string, b: string): number {
  if (a === UNATTRIBUTED || b === UNATTRIBUTED) return Number(a === UNATTRIBUTED) - Number(b === UNATTRIBUTED);
  return a.localeCompare(b);
}

function renderNote(note: Note): string {
  const parts = [blockquote(note.selector.exact)];
  if (note.body.trim()) parts.push(note.body.trim());
  const meta = [note.role ? `*${note.role}*` : '', note.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '), new Date(note.updatedAt).toISOString().slice(0, 10)];
  parts.push(meta.filter(Boolean).join(' · '));
  return parts.join('\n\n');
}

function renderPage(url: string, page: Page | undefined, notes: Note[]): string {
  const title = page?.title || url;
  const sections = [`## [${escapeLinkText(title)}](<${url}>)`];
  const bySpeaker = groupBy(notes, (n) => n.speaker ?? UNATTRIBUTED);
  for (const speaker of [...bySpeaker.keys()].sort(speakerOrder)) {
    sections.push(`### ${speaker}`);
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
