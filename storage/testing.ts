// Test helpers shared by storage/*.test.ts (not used by the extension itself).
import { openSourcelightDb, type SourcelightDb } from './db';
import type { NoteDraft } from './types';

let counter = 0;

/** A fresh, uniquely named database so tests never see each other's data. */
export function freshDb(): SourcelightDb {
  counter += 1;
  return openSourcelightDb(`sourcelight-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function draft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    pageUrl: 'https://www.example.com/news/story',
    selector: {
      exact: 'we will not raise taxes',
      prefix: 'The minister said: "',
      suffix: '", adding that',
      start: 120,
      end: 143,
      codePointStart: 120,
      codePointEnd: 143,
    },
    speaker: 'Jane Doe',
    role: 'Finance minister',
    body: 'Check against the 2023 budget.',
    tags: ['economy'],
    ...overrides,
  };
}
