// Mapping between Sourcelight notes and the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/), both ways.
import { z } from 'zod';
import { LIMITS } from './schema';
import type { Snapshot } from './snapshot';
import type { Note } from './types';

const SOURCELIGHT_NS = 'https://sourcelight.app/ns#';

// Speaker and role have no W3C term, so they are extension properties with their own IRIs.
const WEB_ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { sl: SOURCELIGHT_NS, speaker: 'sl:speaker', speakerKind: 'sl:speakerKind', speakerRole: 'sl:speakerRole' },
] as const;

function toAnnotation(note: Note) {
  const comment = note.body
    ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: note.body }]
    : [];
  const tags = note.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: note.body ? 'commenting' : 'highlighting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    ...(note.speaker === null ? {} : { speaker: note.speaker }),
    ...(note.speakerKind === undefined ? {} : { speakerKind: note.speakerKind }),
    ...(note.role === null ? {} : { speakerRole: note.role }),
    body: [...comment, ...tags],
    target: { source: note.pageUrl, selector: selectorsOf(note) },
  };
}

/**
 * Selectors on the whole document's text, as other tools anchor them. A note taken before the
 * document's positions were recorded has only its quote and context in the article text, and
 * no TextPositionSelector: positions in the article text would point elsewhere in the document.
 */
function selectorsOf({ selector }: Note) {
  const doc = selector.document;
  if (!doc) return [{ type: 'TextQuoteSelector', exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix }];
  return [
    { type: 'TextQuoteSelector', exact: doc.exact, prefix: doc.prefix, suffix: doc.suffix },
    // The model counts code points, not UTF-16 units.
    { type: 'TextPositionSelector', start: doc.start, end: doc.end },
  ];
}

/**
 * An AnnotationCollection whose single embedded AnnotationPage holds every note. Both carry an
 * id, as the model requires: new urn:uuid ids for each export, since a file is a snapshot and not
 * a resource at an address.
 */
export function toWebAnnotationCollection({ notes }: Snapshot) {
  const id = `urn:uuid:${crypto.randomUUID()}`;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Sourcelight notes',
    total: notes.length,
    first: { id: `urn:uuid:${crypto.randomUUID()}`, type: 'AnnotationPage', partOf: id, startIndex: 0, items: notes.map(toAnnotation) },
  };
}

// ---- Import ----

const text = (max: number) => z.string().max(max);
const typeIs = (name: string) => z.union([z.literal(name), z.array(z.string()).refine((t) => t.includes(name))]);

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text(LIMITS.quote).min(1),
  prefix: text(LIMITS.context).optional(),
  suffix: text(LIMITS.context).optional(),
});
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative().max(1e9),
  end: z.number().int().nonnegative().max(1e9),
});
const selector = z.object({ type: text(200) }).loose();
const specificTarget = z.object({
  source: text(LIMITS.url).min(1),
  selector: z.union([selector, z.array(selector).max(20)]).optional(),
});
const target = z.union([text(LIMITS.url), specificTarget]);
const body = z.union([
  text(LIMITS.body),
  z.object({ type: text(200).optional(), purpose: text(200).optional(), value: text(LIMITS.body).optional() }).loose(),
]);
const isoDate = text(100).refine((s) => !Number.isNaN(Date.parse(s)), 'Invalid date');

const annotation = z
  .object({
    id: text(LIMITS.url).optional(),
    type: typeIs('Annotation'),
    created: isoDate.optional(),
    modified: isoDate.optional(),
    speaker: text(LIMITS.name).optional(),
    speakerKind: z.enum(['person', 'organisation', 'anonymous', 'unknown']).optional(),
    speakerRole: text(LIMITS.name).optional(),
    body: z.union([body, z.array(body).max(LIMITS.tags + 10)], { error: 'expected text or TextualBody objects' }).optional(),
    target: z.union([target, z.array(target).max(20)], {
      error: 'expected a URL, or an object with a "source" URL and selectors',
    }),
  })
  .loose();
export type WebAnnotation = z.infer<typeof annotation>;

const annotations = z.array(annotation).max(LIMITS.notes);
const annotationPage = z.object({ type: typeIs('AnnotationPage'), items: annotations }).loose();

const annotationCollection = z
  .object({ type: typeIs('AnnotationCollection'), first: annotationPage.optional(), items: annotations.optional() })
  .loose()
  .refine((c) => c.first || c.items, 'AnnotationCollection has no embedded items (linked pages are not supported)');

function declaredTypes(data: unknown): string[] {
  const type = (data as { type?: unknown } | null)?.type;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/**
 * The schema for what the file says it is (a collection with its page embedded, a page, an
 * array of annotations, or one annotation), so errors point at the real problem rather
 * than "matches none of four shapes". Undefined when it is none of these.
 */
export function webAnnotationSchemaFor(data: unknown): z.ZodType<unknown> | undefined {
  if (Array.isArray(data)) return annotations;
  const types = declaredTypes(data);
  if (types.includes('AnnotationCollection')) return annotationCollection;
  if (types.includes('AnnotationPage')) return annotationPage;
  if (types.includes('Annotation')) return annotation;
  return undefined;
}

/** The annotations in a file that passed webAnnotationSchemaFor's schema. */
export function annotationsOf(file: unknown): WebAnnotation[] {
  if (Array.isArray(file)) return file as WebAnnotation[];
  const { items, first } = file as { items?: WebAnnotation[]; first?: { items: WebAnnotation[] } };
  return items ?? first?.items ?? [file as WebAnnotation];
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * The note an annotation describes, minus id (derived by the importer), or null when it
 * has no quote to anchor (e.g. a whole-page note). The UTF-16 position hint is not
 * recoverable without the page text, so the code-point one stands in for it: anchoring
 * treats positions only as a tie-breaker.
 */
export function noteFromAnnotation(a: WebAnnotation, now: number): (Omit<Note, 'id'> & { sourceId?: string }) | null {
  const specific = asArray(a.target).find((t): t is z.infer<typeof specificTarget> => typeof t === 'object');
  if (!specific) return null;
  const selectors = asArray(specific.selector);
  const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) return null;
  const position = selectors.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;
  const codePointStart = position?.start ?? 0;
  const codePointEnd = position && position.end >= position.start ? position.end : codePointStart + [...quote.exact].length;

  const bodies = asArray(a.body);
  const comments = bodies.flatMap((b) =>
    typeof b === 'string' ? [b] : b.purpose !== 'tagging' && b.value !== undefined ? [b.value] : [],
  );
  const tags = bodies.flatMap((b) => (typeof b === 'object' && b.purpose === 'tagging' && b.value?.trim() ? [b.value.trim()] : []));
  const createdAt = a.created ? Date.parse(a.created) : now;

  const context = { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' };
  return {
    sourceId: a.id,
    pageUrl: specific.source,
    selector: {
      ...context,
      start: codePointStart,
      end: codePointStart + quote.exact.length,
      codePointStart,
      codePointEnd,
      // A Web Annotation's selectors are on the whole document: kept so that exporting it again gives them back.
      ...(position ? { document: { ...context, start: codePointStart, end: codePointEnd } } : {}),
    },
    speaker: a.speaker ?? null,
    ...(a.speakerKind === undefined ? {} : { speakerKind: a.speakerKind }),
    role: a.speakerRole ?? null,
    body: comments.join('\n\n'),
    tags: [...new Set(tags)].slice(0, LIMITS.tags),
    createdAt,
    updatedAt: a.modified ? Date.parse(a.modified) : createdAt,
  };
}
