// The CLI's output formats, one article at a time so a run never holds more than one result:
// json (the array of predictions, byte for byte as before), csv (one row per quote) and summary
// (one row per article: its sourcing profile). Both CSVs are spreadsheet-safe through storage/csv.
import type { Analysis } from '../engine/types';
import { csvCell } from '../storage/csv';
import { profileQuotes, sourcingProfile, wordCount } from '../utils/sourcing-profile';

export const FORMATS = ['json', 'csv', 'summary'] as const;
export type Format = (typeof FORMATS)[number];

/** Text for the start of the output, one article (`file` as walked), and the end. */
export interface OutputFormat<T> {
  begin(): string;
  article(file: string, value: T): string;
  end(): string;
}

/** A JSON array, each entry written as JSON.stringify(all, null, 1) would write it. */
export function jsonFormat(): OutputFormat<unknown> {
  let count = 0;
  return {
    begin: () => '',
    article: (_file, value) => `${count++ ? ',\n' : '[\n'} ${JSON.stringify(value, null, 1).replace(/\n/g, '\n ')}`,
    end: () => (count ? '\n]\n' : '[]\n'),
  };
}

const row = (cells: readonly (string | number | boolean)[]) => `${cells.map((c) => csvCell(String(c))).join(',')}\r\n`;
// The BOM makes Excel read the file as UTF-8 instead of the system code page (as the notes export does).
const BOM = '\uFEFF';

const QUOTE_HEADER = ['file', 'quote_index', 'text', 'speaker', 'speaker_kind', 'official', 'cue', 'word_count'];

/** One row per quote; `quote_index` counts from 0 in page order, `official` is the speaker's official flag. */
export function csvFormat(): OutputFormat<Analysis> {
  return {
    begin: () => BOM + row(QUOTE_HEADER),
    article: (file, { quotes, people }) =>
      profileQuotes(quotes, people)
        .map((q, i) => row([file, i, q.text, q.speaker ?? '', q.speakerKind ?? '', q.official ?? '', quotes[i].cue, wordCount(q.text)]))
        .join(''),
    end: () => '',
  };
}

/** How many top speakers the summary gives by name and share. */
export const TOP_SPEAKERS = 3;
const SUMMARY_HEADER = [
  'file', 'quotes', 'quoted_words', 'voices', 'people', 'organisations', 'official_voices', 'official_quotes',
  'official_word_share', 'unnamed_quotes', 'unattributed_quotes', 'unattributed_word_share',
  ...Array.from({ length: TOP_SPEAKERS }, (_, i) => [`speaker_${i + 1}`, `speaker_${i + 1}_word_share`]).flat(),
];

/** Shares of quoted words, 0..1 to three places; empty when the article quotes no words. */
const share = (words: number, total: number) => (total ? (words / total).toFixed(3) : '');

/** One row per article: its sourcing profile, with the most quoted speakers by share of quoted words. */
export function summaryFormat(): OutputFormat<Analysis> {
  return {
    begin: () => BOM + row(SUMMARY_HEADER),
    article: (file, { quotes, people }) => {
      // The engine records every quote's kind and official flag, so no part of its profile is null.
      const p = sourcingProfile(profileQuotes(quotes, people));
      const top = Array.from({ length: TOP_SPEAKERS }, (_, i) => p.speakers[i]);
      return row([
        file, p.quotes, p.words, p.voices.named, p.voices.people!, p.voices.organisations!,
        p.speakers.filter((s) => s.official).length, p.officials!.quotes, share(p.officials!.words, p.words),
        p.unnamed!.quotes, p.unattributed!.quotes, share(p.unattributed!.words, p.words),
        ...top.flatMap((s) => (s ? [s.speaker, share(s.words, p.words)] : ['', ''])),
      ]);
    },
    end: () => '',
  };
}
