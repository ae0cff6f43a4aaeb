import 'fake-indexeddb/auto';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { describeQuote } from './anchoring';
import { csvCell } from './csv';
import { exportNotes } from './export';
import { recordVisit, saveNote } from './notes';
import { draft, freshDb } from './testing';

const NOW = new Date('2024-05-01T12:00:00Z');

async function seeded() {
  const db = freshDb();
  const a = await saveNote(db, draft({ body: 'Line one,\nline "two"', tags: ['economy', 'tax'] }), 'Budget [live]');
  const b = await saveNote(db, draft({ speaker: null, speakerKind: 'anonymous', role: null, body: '=HYPERLINK("http://evil")', tags: [] }));
  const c = await saveNote(db, draft({ pageUrl: 'https://bbc.co.uk/news/1', speaker: 'Ana Ruiz', body: '@ruiz said -5%' }));
  return { db, a, b, c };
}

describe('JSON export', () => {
  it('is complete and lossless', async () => {
    const { db } = await seeded();
    const file = await exportNotes(db, 'json', NOW);
    expect(file).toMatchObject({ filename: 'sourcelight-notes-2024-05-01.json', mimeType: 'application/json' });
    const parsed = JSON.parse(file.content);
    expect(parsed).toEqual({
      format: 'sourcelight-notes',
      version: 1,
      exportedAt: '2024-05-01T12:00:00.000Z',
      pages: await db.pages.orderBy('url').toArray(),
      notes: expect.arrayContaining(await db.notes.toArray()),
    });
    expect(parsed.notes).toHaveLength(3);
  });

  it('carries only the pages that have notes, never other visits', async () => {
    const { db } = await seeded();
    await recordVisit(db, { url: 'https://www.example.com/health/private-diagnosis', title: 'Private diagnosis' });
    for (const format of ['json', 'csv', 'markdown', 'web-annotation'] as const) {
      const { content } = await exportNotes(db, format, NOW);
      expect(content, format).not.toContain('private-diagnosis');
      expect(content, format).not.toContain('Private diagnosis');
    }
    const parsed = JSON.parse((await exportNotes(db, 'json', NOW)).content);
    expect(parsed.pages.map((p: { url: string }) => p.url)).toEqual(['https://bbc.co.uk/news/1', 'https://www.example.com/news/story']);
  });
});

describe('scoped export', () => {
  it('exports one page\'s notes, or the given ids, with only their pages', async () => {
    const { db, a, c } = await seeded();
    const page = JSON.parse((await exportNotes(db, 'json', NOW, { url: 'https://bbc.co.uk/news/1#top' })).content);
    expect(page.notes.map((n: { id: string }) => n.id)).toEqual([c.id]);
    expect(page.pages.map((p: { url: string }) => p.url)).toEqual([c.pageUrl]);
    const picked = JSON.parse((await exportNotes(db, 'json', NOW, { ids: [a.id] })).content);
    expect(picked.notes.map((n: { id: string }) => n.id)).toEqual([a.id]);
  });
});

describe('CSV export', () => {
  it('quotes cells per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('defuses formula-like cell %j', (cell) => {
    expect(csvCell(cell).replace(/^"/, '')).toMatch(/^'/);
  });

  it('writes a BOM, a header and one CRLF-terminated row per note', async () => {
    const { db, a, b } = await seeded();
    const { content, mimeType } = await exportNotes(db, 'csv', NOW);
    expect(mimeType).toContain('text/csv');
    expect(content.startsWith('\uFEFFid,page_url,page_title,site,speaker,speaker_kind,role,quote,note,tags,created_at,updated_at\r\n')).toBe(true);
    expect(content).toContain(`${a.id},https://www.example.com/news/story,Budget [live],example.com,Jane Doe,,Finance minister,we will not raise taxes,"Line one,\nline ""two""",economy; tax,`);
    expect(content).toContain(`${b.id},https://www.example.com/news/story,Budget [live],example.com,,anonymous,,we will not raise taxes,"'=HYPERLINK(""http://evil"")",,`);
    expect(content).toContain(",'@ruiz said -5%,");
    expect(content.endsWith('\r\n')).toBe(true);
  });
});

describe('Markdown export', () => {
  it('groups by page, then speaker, with quotes as blockquotes', async () => {
    const { db } = await seeded();
    const { content } = await exportNotes(db, 'markdown', NOW);
    expect(content).toMatch(/^# Sourcelight notes\n\nExported 2024-05-01T12:00:00.000Z: 3 notes on 2 pages\./);
    const pageHeading = content.indexOf('## [Budget \\[live\\]](<https://www.example.com/news/story>)');
    const jane = content.indexOf('### Jane Doe', pageHeading);
    const unattributed = content.indexOf('### Unnamed source', pageHeading);
    expect(pageHeading).toBeGreaterThan(0);
    expect(jane).toBeGreaterThan(pageHeading);
    expect(unattributed).toBeGreaterThan(jane);
    expect(content).toContain('## [https://bbc.co.uk/news/1](<https://bbc.co.uk/news/1>)\n\n### Ana Ruiz');
    expect(content).toContain('> we will not raise taxes\n\nLine one,\nline "two"\n\n*Finance minister* · #economy #tax');
  });
});

describe('Markdown export of hostile text', () => {
  const NASTY = ['# X', '<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '- item', '1. first', '> quoted', '    indented code', '```', '**bold** _em_ [link](http://evil.example) ![i](x.png)', '---', '&amp; <b>', '| a | b |'];

  it('keeps every note, quote, speaker and title as the same text in a CommonMark renderer, never markup', async () => {
    const db = freshDb();
    const body = NASTY.join('\n');
    await saveNote(db, draft({ body, speaker: '<b>Mx</b> # One', role: '*role*', tags: ['<x>'], selector: { ...draft().selector, exact: '# Quote <u>here</u>\n- and more' } }));
    await recordVisit(db, { url: 'https://www.example.com/news/story', title: '# <i>Title</i>' });
    const { content } = await exportNotes(db, 'markdown', NOW);
    const rendered = new MarkdownIt({ html: true }).render(content);
    // What the export itself makes: the title, its page and speaker headings, one blockquote, paragraphs.
    expect(rendered.match(/<(h[1-6]|blockquote|ul|ol|li|pre|code|img|script|b|i|u|em|strong|a|hr|table)\b/g)).toEqual(['h1', 'h2', 'a', 'h3', 'blockquote', 'em'].map((t) => `<${t}`));
    // Each line of the note reads as itself (entities aside).
    const text = rendered.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u00a0/g, ' ');
    for (const line of NASTY) expect(text).toContain(line);
    expect(text).toContain('<b>Mx</b> # One');
    expect(text).toContain('# <i>Title</i>');
  });
});

describe('W3C Web Annotation export', () => {
  it('gives the collection and its page ids and types, and every annotation @context, id and type', async () => {
    const { db } = await seeded();
    const collection = JSON.parse((await exportNotes(db, 'web-annotation', NOW)).content);
    const urnUuid = /^urn:uuid:[0-9a-f-]{36}$/;
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection.id).toMatch(urnUuid);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.id).toMatch(urnUuid);
    expect(collection.first.id).not.toBe(collection.id);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', partOf: collection.id, startIndex: 0 });
    for (const item of collection.first.items) {
      expect(item.id).toMatch(urnUuid);
      expect(item.type).toBe('Annotation');
      expect(item.target.source).toMatch(/^https:/);
    }
    // Each export is a new snapshot with ids of its own.
    const again = JSON.parse((await exportNotes(db, 'web-annotation', NOW)).content);
    expect(again.id).not.toBe(collection.id);
  });

  it('is an AnnotationCollection of Annotations with quote and position selectors', async () => {
    const db = freshDb();
    await recordVisit(db, { url: 'https://www.example.com/news/story', title: 'Budget [live]' });
    const document = { exact: 'we will not raise taxes', prefix: 'Budget\n\nThe minister said: "', suffix: '", adding that', start: 190, end: 213 };
    const a = await saveNote(db, draft({ body: 'Line one,\nline "two"', tags: ['economy', 'tax'], selector: { ...draft().selector, document } }));
    const { content, mimeType } = await exportNotes(db, 'web-annotation', NOW);
    expect(mimeType).toContain('application/ld+json');
    const collection = JSON.parse(content);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage' } });
    const item = collection.first.items.find((i: { id: string }) => i.id === `urn:uuid:${a.id}`);
    expect(item).toEqual({
      id: `urn:uuid:${a.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: new Date(a.createdAt).toISOString(),
      modified: new Date(a.updatedAt).toISOString(),
      speaker: 'Jane Doe',
      speakerRole: 'Finance minister',
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Line one,\nline "two"' },
        { type: 'TextualBody', purpose: 'tagging', value: 'economy' },
        { type: 'TextualBody', purpose: 'tagging', value: 'tax' },
      ],
      target: {
        source: 'https://www.example.com/news/story',
        selector: [
          { type: 'TextQuoteSelector', exact: 'we will not raise taxes', prefix: 'Budget\n\nThe minister said: "', suffix: '", adding that' },
          { type: 'TextPositionSelector', start: 190, end: 213 },
        ],
      },
    });
  });

  it('has no position selector on a note taken before document positions were recorded', async () => {
    const db = freshDb();
    await saveNote(db, draft());
    const [item] = JSON.parse((await exportNotes(db, 'web-annotation', NOW)).content).first.items;
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('counts positions in code points, not UTF-16 units', async () => {
    const db = freshDb();
    const page = '🎉🎉 Party! The host said "welcome 👋 all" at the door.';
    const start = page.indexOf('welcome');
    const selector = describeQuote(page, start, start + 'welcome 👋 all'.length);
    const { exact, prefix, suffix, codePointStart, codePointEnd } = selector;
    await saveNote(db, draft({ selector: { ...selector, document: { exact, prefix, suffix, start: codePointStart, end: codePointEnd } } }));
    const { content } = await exportNotes(db, 'web-annotation', NOW);
    const [, position] = JSON.parse(content).first.items[0].target.selector;
    expect(selector.start).toBe(27);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 25, end: 25 + [...'welcome 👋 all'].length });
    expect([...page].slice(position.start, position.end).join('')).toBe('welcome 👋 all');
  });
});
