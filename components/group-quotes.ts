// Groups a page's quotes for the popup: named speakers (people and organisations) first, by how
// much they are quoted, then unnamed sources, then quotes whose speaker could not be determined.
import type { QuoteSummary } from '@/utils/page-summary';
import { canonicalSpeakers } from '@/utils/speaker-names';

export interface SpeakerGroup {
  speaker: string;
  role: string | null;
  kind: 'person' | 'organisation';
  quotes: QuoteSummary[];
}

export interface GroupedQuotes {
  named: SpeakerGroup[];
  anonymous: QuoteSummary[];
  unknown: QuoteSummary[];
}

export function groupQuotes(quotes: readonly QuoteSummary[]): GroupedQuotes {
  const bySpeaker = new Map<string, SpeakerGroup>();
  const anonymous: QuoteSummary[] = [];
  const unknown: QuoteSummary[] = [];
  for (const q of quotes) {
    if (!q.speaker) {
      (q.speakerKind === 'anonymous' ? anonymous : unknown).push(q);
      continue;
    }
    let group = bySpeaker.get(q.speaker);
    if (!group) {
      group = { speaker: q.speaker, role: q.role, kind: q.speakerKind === 'organisation' ? 'organisation' : 'person', quotes: [] };
      bySpeaker.set(q.speaker, group);
    }
    group.role ??= q.role;
    group.quotes.push(q);
  }
  mergeShortNames(bySpeaker, new Map(quotes.map((q, i) => [q, i])));
  // Stable sort keeps first-appearance order among equally quoted speakers.
  const named = [...bySpeaker.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  return { named, anonymous, unknown };
}

/** A one-word speaker's quotes join its fuller name's group (see canonicalSpeakers). */
function mergeShortNames(bySpeaker: Map<string, SpeakerGroup>, order: Map<QuoteSummary, number>): void {
  for (const [name, fullName] of canonicalSpeakers(bySpeaker.keys())) {
    if (name === fullName) continue;
    const group = bySpeaker.get(name)!;
    const fuller = bySpeaker.get(fullName)!;
    fuller.quotes.push(...group.quotes);
    fuller.quotes.sort((a, b) => order.get(a)! - order.get(b)!); // page order
    fuller.role ??= group.role;
    bySpeaker.delete(name);
  }
}
