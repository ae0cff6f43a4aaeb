// Runtime validation for everything that enters the database from outside the background
// script (messages, imported files). Limits keep a hostile file from filling the disk.
import { z } from 'zod';
import type { Note, Page } from './types';

// Extension pages forbid eval (CSP): tell zod not to try its Function-based fast path.
z.config({ jitless: true });

export const LIMITS = {
  url: 4_096,
  title: 1_000,
  quote: 10_000,
  context: 1_000,
  name: 500,
  body: 100_000,
  tag: 100,
  tags: 50,
  notes: 100_000,
  pages: 100_000,
} as const;

const timestamp = z.number().int().nonnegative().max(8.64e15);
const offset = z.number().int().nonnegative().max(1e9);
const nullableName = z.string().max(LIMITS.name).nullable();

const documentQuoteSchema = z
  .object({
    exact: z.string().min(1).max(LIMITS.quote),
    prefix: z.string().max(LIMITS.context),
    suffix: z.string().max(LIMITS.context),
    start: offset,
    end: offset,
  })
  .refine((d) => d.start <= d.end, 'start must not be after end');

const quoteSelectorSchema = z
  .object({
    exact: z.string().min(1).max(LIMITS.quote),
    prefix: z.string().max(LIMITS.context),
    suffix: z.string().max(LIMITS.context),
    start: offset,
    end: offset,
    codePointStart: offset,
    codePointEnd: offset,
    document: documentQuoteSchema.optional(),
  })
  .refine((s) => s.start <= s.end && s.codePointStart <= s.codePointEnd, 'start must not be after end');

const tagsSchema = z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags);

export const noteDraftSchema = z.object({
  id: z.uuid().optional(),
  pageUrl: z.string().min(1).max(LIMITS.url),
  selector: quoteSelectorSchema,
  speaker: nullableName,
  speakerKind: z.enum(['person', 'organisation', 'anonymous', 'unknown']).optional(),
  role: nullableName,
  body: z.string().max(LIMITS.body),
  tags: tagsSchema,
});

export const noteSchema = noteDraftSchema.extend({
  id: z.uuid(),
  createdAt: timestamp,
  updatedAt: timestamp,
}) satisfies z.ZodType<Note>;

export const pageSchema = z.object({
  url: z.string().min(1).max(LIMITS.url),
  title: z.string().max(LIMITS.title),
  site: z.string().max(LIMITS.url),
  firstVisit: timestamp,
  lastVisit: timestamp,
}) satisfies z.ZodType<Page>;

/** "notes[3].selector.exact: Too big…" for the first few problems, so a user can find them. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = issue.path
      .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
      .join('');
    return `${path || '(file)'}: ${issue.message}`;
  });
  const more = error.issues.length - lines.length;
  return lines.join('; ') + (more > 0 ? `; and ${more} more problem${more > 1 ? 's' : ''}` : '');
}
