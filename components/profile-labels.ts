// How the sourcing profile's numbers read, as text: what the profile shows, and what a screen reader says.
import type { ProfilePart, SourcingProfile, Tally } from '@/utils/sourcing-profile';

export const percent = (words: number, total: number) => `${total ? Math.round((100 * words) / total) : 0}%`;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const quotesText = (n: number) => plural(n, 'quote');

/** "3 quotes, 29 of 32 quoted words (91%)": the numbers behind a bar. */
export function tallyText(t: Tally, total: number): string {
  return `${quotesText(t.quotes)}, ${t.words} of ${total} quoted words (${percent(t.words, total)})`;
}

/** What a part of the profile is called, as a filter ("Showing: Officials"). */
export function partLabel(part: ProfilePart): string {
  switch (part.part) {
    case 'speaker':
      return part.speaker;
    case 'person':
      return 'People';
    case 'organisation':
      return 'Organisations';
    case 'named':
      return 'Named sources';
    case 'nameless':
      return 'No speaker named';
    case 'unnamed':
      return 'Unnamed sources';
    case 'unattributed':
      return 'Not attributed';
    case 'official':
      return 'Officials';
    case 'others':
      return 'Everyone else';
  }
}

/** How many quotes a part without a named speaker holds, as a button says it. */
export function namelessText(part: ProfilePart, n: number): string {
  if (part.part === 'unnamed') return plural(n, 'unnamed quote');
  if (part.part === 'unattributed') return `${plural(n, 'quote')} not attributed`;
  return `${plural(n, 'quote')} without a named speaker`;
}

/** Quotes and words of all named speakers of one kind. */
export function kindTally(p: SourcingProfile, kind: 'person' | 'organisation'): Tally {
  const of = p.speakers.filter((s) => s.kind === kind);
  return { quotes: of.reduce((n, s) => n + s.quotes, 0), words: of.reduce((n, s) => n + s.words, 0) };
}

export const samePart = (a: ProfilePart | null, b: ProfilePart) =>
  a !== null && a.part === b.part && (a.part !== 'speaker' || (b.part === 'speaker' && a.speaker === b.speaker));

/** One segment of a split bar: a part, its tally and its name. */
export interface Segment {
  part: ProfilePart;
  tally: Tally;
}

/** Quotes with no named speaker: unnamed and unattributed apart when the kinds were recorded, else together. */
export function namelessSegments(p: SourcingProfile): Segment[] {
  return p.unnamed && p.unattributed
    ? [{ part: { part: 'unnamed' }, tally: p.unnamed }, { part: { part: 'unattributed' }, tally: p.unattributed }]
    : [{ part: { part: 'nameless' }, tally: p.nameless }];
}

/** The profile's comparisons, each a split bar; officials are left out when they were not recorded. */
export function comparisons(p: SourcingProfile): { title: string; segments: Segment[] }[] {
  const rows: { title: string; segments: Segment[] }[] = [];
  if (p.officials && p.others) {
    rows.push({ title: 'Officials against everyone else', segments: [{ part: { part: 'official' }, tally: p.officials }, { part: { part: 'others' }, tally: p.others }] });
  }
  rows.push({ title: 'Named against unnamed', segments: [{ part: { part: 'named' }, tally: p.named }, ...namelessSegments(p)] });
  return rows;
}
