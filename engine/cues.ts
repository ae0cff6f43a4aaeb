// Finds the attribution cue of a quote inside its own block: a speech verb after the quote
// ("…,” Hegseth said / said Hegseth), before it ("Hegseth said there is “…”", "he said: “…”"),
// "according to X", a passive agent ("described as “…” by X"), "in X's words", a speaker label
// ("Reyes: “…”") or, for a quote that opens its paragraph, a lead-in that ends the paragraph before
// with a colon ("…, told the Ledger:"). Returns who the cue points at, still unresolved (a name,
// a pronoun, a description such as "the president" or "a spokesperson").
import { MAX_SKIPPED_BLOCKS, quoteAt, type BlockInfo } from './document';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from './lexicon';
import type { NameMatch } from './names';
import type { QuotedSpan } from './quoteMarks';
import { nounPhraseAt, subjectAfterVerb, subjectBeforeVerb, type Subject } from './subjects';
import { firstTokenAt, isSentenceEnd, startsLowercase, type Token } from './tokens';

export type { Subject };

export interface Cue {
  subject: Subject;
  /** "said-after", "said-before", "colon", "according-to", "passive", "in-words", "label", "colon-paragraph". */
  how: string;
  /** The block the subject was found in (the paragraph before, for a colon lead-in). */
  block: number;
}

const MAX_AFTER = 30;
const MAX_BEFORE = 60;
const CLOSE_MARKS = new Set(['”', '"', '’', '»', '›']);
const OPEN_MARKS = new Set(['“', '"', '‘', '«', '„', '‹']);
const SENTENCE_END = new Set(['.', '?', '!']);
const MAX_PASSIVE_GAP = 12;
const ACRONYM = /^\p{Lu}{2,}$/u;
const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** A speech verb, also in an -ing form the list does not spell out ("concluding", "stating"). */
function isVerb(t: Token | undefined, before?: Token, next?: Token): boolean {
  if (!t) return false;
  // "the agency’s claim", "a state", "his answer": after a determiner or a possessive the word is a noun
  if (before && (NOUN_MARKERS.has(before.text.toLowerCase()) || /['’]s$/.test(before.text))) return false;
  const w = t.text.toLowerCase();
  // "continued to sign up": an infinitive after it makes the verb aspectual, no report
  if (next?.text === 'to' && ASPECTUAL.has(w)) return false;
  if (SPEECH_VERBS.has(w)) return true;
  if (w.length < 6 || !w.endsWith('ing')) return false;
  const stem = w.slice(0, -3);
  return SPEECH_VERBS.has(stem) || SPEECH_VERBS.has(`${stem}e`);
}

const ASPECTUAL = new Set(['continue', 'continues', 'continued', 'continuing']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your']);

/** Verbs that report a document's words ("the statement read", "the report found that", "the study shows"). */
const DOCUMENT_VERBS = new Set(['read', 'reads', 'found', 'finds', 'find', 'show', 'shows', 'showed', 'shown', 'concluded', 'concludes']);

/** A document's verb: speech only with a document for its subject, whose issuer the resolver finds. */
function documentReads(b: BlockInfo, v: number, first: number): Subject | null {
  if (!DOCUMENT_VERBS.has(b.tokens[v].text.toLowerCase())) return null;
  const s = subjectBeforeVerb(b, v, first);
  if (s?.kind === 'description') return DOCUMENT_NOUNS.has(s.head) ? s : null;
  // "The report, published by the Institute for Fiscal Studies, found": the subject phrase already named the issuer
  if (s?.kind !== 'name') return null;
  for (let k = s.name.firstToken - 1; k >= first && s.name.firstToken - k <= 5; k--) if (DOCUMENT_NOUNS.has(b.tokens[k].text.toLowerCase())) return s;
  return null;
}

/** Verbs whose object is spoken to, never the speaker ("telling Smith", "urged the minister"). */
const TELL = new Set('tell tells told telling'.split(' '));
const ADDRESSING = new Set([...TELL, ...'urge urges urged urging instruct instructs instructed remind reminded reminding assure assured assuring inform informed'.split(' ')]);

/** The cue of quote `q` of block `b`; `blocks` (the whole article) lets a quote find a lead-in in the paragraph before. */
export function findCue(b: BlockInfo, q: QuotedSpan, blocks: BlockInfo[] = []): Cue | null {
  const after = firstTokenAt(b.tokens, q.closed ? q.end + 1 : b.text.length);
  const before = firstTokenAt(b.tokens, q.start - 1) - 1;
  const insideSentence = before >= 0 && !SENTENCE_END.has(b.tokens[before].text) && !CLOSE_MARKS.has(b.tokens[before].text);
  const afterCue = cueAfter(b, after, insideSentence);
  // "Officials said the fire was “contained,” according to the Associated Press": the publication only
  // reports the cue before; "Lopez said she was “terrified.” Her lawyer said …": the next sentence has a speaker of its own
  // a partial quote the sentence runs on past ("committed to the “one country, two systems” formula granting …, while
  // the police deny …") belongs to the verb before it; a verb further on is another clause's
  const runsOn = q.closed && !/[,.?!]\s*$/.test(b.text.slice(q.start, q.end)) && startsLowercase(b.tokens[after]?.text ?? '');
  const weakAfter = afterCue !== null && (afterCue.how === 'according-to' || afterCue.nextSentence === true || runsOn);
  const beforeCue = !afterCue || weakAfter ? cueBefore(b, before) : null;
  const preferBefore = weakAfter && beforeCue !== null && beforeCue.how !== 'according-to';
  const found = passiveAgent(b, after, before) ?? (preferBefore ? beforeCue : afterCue) ?? inWordsOf(b, before) ?? beforeCue;
  // in an interview answer ("Reyes: …", "A: …") the label speaks, and so does its "I"
  if (!found || isFirstPerson(found.subject)) {
    const label = interviewLabel(blocks, b);
    if (label) return label;
  }
  if (found) return { subject: found.subject, how: found.how, block: b.index };
  return dashCredit(blocks, b, after) ?? (before < 0 || b.kind === 'listItem' ? leadIn(blocks, b) : null);
}

const DASHES = new Set(['—', '–', '-', '―']);

/**
 * "“…” — Jane Roe", or a quote standing alone with its credit in the next paragraph
 * ("— David McKinley on Sunday, in an article"): a dash, then the speaker's name.
 */
function dashCredit(blocks: BlockInfo[], b: BlockInfo, after: number): Cue | null {
  const named = (c: BlockInfo, k: number): Cue | null => {
    const n = DASHES.has(c.tokens[k]?.text ?? '') ? nameStartingAt(c, k + 1) : null;
    // a full name or a body ("— Jane Roe", "— Reuters"); a lone first word is a signature, not a credit
    const credit = n && (n.kind === 'organisation' || (n.kind === 'person' && n.name.includes(' ')));
    return credit ? { subject: { kind: 'name', name: n }, how: 'dash-credit', block: c.index } : null;
  };
  if (after < b.tokens.length) return named(b, after);
  const next = blocks[b.index + 1];
  return next && !next.quotes.length ? named(next, 0) : null;
}

/** A cue found in the block, before the block it names is known; `nextSentence`: found in the sentence after the quote. */
type LocalCue = Omit<Cue, 'block'> & { nextSentence?: boolean };

const nameStartingAt = (b: BlockInfo, i: number): NameMatch | null => b.nameStarts.get(i) ?? null;
const nameEndingAt = (b: BlockInfo, i: number): NameMatch | null => b.nameEnds.get(i) ?? null;

function cueAfter(b: BlockInfo, from: number, insideSentence: boolean): LocalCue | null {
  const t = b.tokens;
  let i = from;
  while (i < t.length && (t[i].text === ',' || t[i].text === '—' || t[i].text === '–' || t[i].text === '-')) i++;
  const limit = Math.min(t.length, i + MAX_AFTER);
  // "need to “deliver” before the administration would agree": a clause that opens right after a quote inside a
  // sentence is not its cue (a quote opening its sentence may still be: "“…” while in power, Azzouz said")
  if (SUBORDINATORS.has(t[i]?.text ?? '') && insideSentence) return null;
  // "said Hegseth", "says Parata, a fierce elder", "instructed Milton Velez, the agency’s …"
  // a quote that ends its sentence ("….” When his editors asked, …") is cued by the next one only
  // when that sentence opens with the speaker ("“….” Marine biologist Kate Lowe said …")
  const newSentence = i > 0 && SENTENCE_END.has(b.text[t[i - 1].start - 1] ?? '') && CLOSE_MARKS.has(t[i - 1].text) && !startsLowercase(t[i]?.text ?? '');
  if (isVerb(t[i], undefined, t[i + 1]) && !newSentence && !TELL.has(t[i].text.toLowerCase())) {
    const s = subjectAfterVerb(b, i + 1);
    if (s) return { subject: s, how: 'said-after' };
  }
  // "Hegseth said", "Joel Rayburn, a former official, told NBC News", "he added"; the speech verb
  // before an "according to" that names the publication ("he said, according to the Intelligencer")
  let handedOn = false;
  for (let v = i; v < limit; v++) {
    const w = t[v].text;
    if (SENTENCE_END.has(w) || OPEN_MARKS.has(w) || (w.toLowerCase() === 'according' && t[v + 1]?.text === 'to')) break;
    const doc = documentReads(b, v, i);
    if (doc) return { subject: doc, how: 'said-after' };
    if (!isVerb(t[v], t[v - 1], t[v + 1])) continue;
    if (handedOn) {
      // "“…” announced in October, said Derek Scissors": a verb without a subject hands on to a "…, said X" after it
      if (t[v - 1]?.text !== ',' || newSentence || TELL.has(w.toLowerCase()) || w.endsWith('ing')) continue;
      const s = subjectAfterVerb(b, v + 1);
      if (s?.kind === 'name' || s?.kind === 'description') return { subject: s, how: 'said-after' };
      continue;
    }
    const s = subjectBeforeVerb(b, v, i) ?? (!newSentence && t[v - 1]?.text === ',' && !TELL.has(w.toLowerCase()) && !w.endsWith('ing') ? subjectAfterVerb(b, v + 1) : null);
    if (s && newSentence && subjectStart(b, s) !== t[i].start) return null;
    if (s) return { subject: s, how: 'said-after', nextSentence: newSentence };
    handedOn = true;
  }
  return accordingTo(b, i, limit);
}

/** Where a subject's phrase starts in the block text. */
const subjectStart = (b: BlockInfo, s: Subject) => (s.kind === 'name' ? b.tokens[s.name.firstToken].start : s.position);

function cueBefore(b: BlockInfo, last: number): LocalCue | null {
  const t = b.tokens;
  if (last < 0) return null;
  let first = last;
  while (first > 0 && last - first < MAX_BEFORE) {
    const w = t[first - 1].text;
    if (SENTENCE_END.has(w) || CLOSE_MARKS.has(w)) break;
    first--;
  }
  const according = accordingTo(b, first, last + 1);
  const how = t[last]?.text === ':' ? 'colon' : 'said-before';
  // the speech verb nearest to the quote
  for (let v = last; v >= first; v--) {
    const doc = documentReads(b, v, first);
    if (doc) return { subject: doc, how };
    const owner = speechNounOwner(b, v);
    if (owner) return { subject: owner, how };
    if (!isVerb(t[v], t[v - 1], t[v + 1])) continue;
    // "…, saying “…”", "… and added, “…”", "… but said …": the verb shares the subject that opens the sentence
    if ((t[v - 1]?.text === ',' && t[v].text.endsWith('ing')) || COORDINATORS.has(t[v - 1]?.text.toLowerCase() ?? '')) {
      const s = sentenceSubject(b, first, v);
      if (s) return { subject: s, how };
    }
    // after the verb only a name can be the speaker: in "said it was “…”" the pronoun opens the
    // reported clause, and in "told Smith, “…”" Smith is spoken to
    const inverted = ADDRESSING.has(t[v].text.toLowerCase()) ? null : subjectAfterVerb(b, v + 1);
    // "allowed Mosseri to claim that …", "asked Lopez to explain": the name before "to" speaks
    const infinitive = t[v - 1]?.text === 'to' ? nameEndingAt(b, v - 2) : null;
    const s = (infinitive ? ({ kind: 'name', name: infinitive } as const) : null) ?? subjectBeforeVerb(b, v, first) ?? (inverted?.kind === 'pronoun' ? null : inverted);
    // "the Commission issued a statement warning that …", "released reports that depicted …": the issuer opens the sentence
    if (s?.kind === 'description' && DOCUMENT_NOUNS.has(s.head)) {
      const issuer = issuerOf(b, s, first) ?? sentenceSubject(b, first, v);
      if (issuer?.kind === 'name') return { subject: issuer, how };
    }
    if (s) return { subject: s, how };
  }
  // "Labour leader Keir Starmer hit back: “…”": a colon before the quote, a person opening the clause
  if (!according && t[last]?.text === ':') {
    const s = sentenceSubject(b, first, last);
    if ((s?.kind === 'name' && s.name.kind === 'person') || (s?.kind === 'pronoun' && s.word !== 'i')) return { subject: s, how };
  }
  return according;
}

/** The subject of the verb right before a document phrase ("the Office … released two reports"), or null. */
function issuerOf(b: BlockInfo, doc: Subject & { kind: 'description' }, first: number): Subject | null {
  const verb = firstTokenAt(b.tokens, doc.position) - 1;
  return verb > first && startsLowercase(b.tokens[verb].text) ? subjectBeforeVerb(b, verb, first) : null;
}

/** Words that open a subordinate clause (lowercase, as they stand mid-sentence). */
const SUBORDINATORS = new Set('before after when whenever while because if unless until since although though whereas once'.split(' '));

const COORDINATORS = new Set(['and', 'but', 'yet', 'then']);

/** Introductory words after which a comma ends a phrase that is no subject ("In May, …", "Asked about it, …"). */
const INTRODUCTORY = new Set('in on at after before during when while as since although though if but and so yet still however meanwhile earlier later then now instead asked speaking writing following'.split(' '));

/** The subject opening the sentence that starts at token `first`, past an introductory phrase, before verb `v`. */
function sentenceSubject(b: BlockInfo, first: number, v: number): Subject | null {
  // the clause may also start before an earlier quote of the sentence ("Volker said he never used the term “three amigos” and added, …")
  return clauseSubject(b, first, v) ?? clauseSubject(b, sentenceStartToken(b, v), v);
}

function clauseSubject(b: BlockInfo, from: number, v: number): Subject | null {
  const t = b.tokens;
  let k = from;
  // past quoted words and punctuation ("“We all miss him,” Benioff weighed in, telling Cook, …")
  while (k < v && (quoteAt(b, t[k].start) >= 0 || !/^[\p{L}\p{N}]/u.test(t[k].text))) k++;
  // "In May, …", "Moving forward, …": an introductory phrase up to its comma
  if (INTRODUCTORY.has(t[k]?.text.toLowerCase() ?? '') || /^\p{Lu}\p{Ll}+ing$/u.test(t[k]?.text ?? '')) {
    while (k < v && t[k].text !== ',') k++;
    k++;
  }
  const s = k < v ? nounPhraseAt(b, k) : null;
  return s && subjectStart(b, s) < t[v].start ? s : null;
}

/** First token of the sentence holding token `v` (looking back a bounded distance). */
function sentenceStartToken(b: BlockInfo, v: number): number {
  const t = b.tokens;
  for (let k = v - 1; k >= 0 && v - k < MAX_BEFORE; k--) if (isSentenceEnd(b.text, t[k].end - 1) && !isSentenceEnd(b.text, t[k].end)) return k + 1;
  return Math.max(0, v - MAX_BEFORE);
}

function accordingTo(b: BlockInfo, from: number, to: number): LocalCue | null {
  const t = b.tokens;
  for (let i = Math.max(0, from); i < to && i + 2 < t.length; i++) {
    if (t[i].text.toLowerCase() === 'according' && t[i + 1].text === 'to') {
      const s = subjectAfterVerb(b, i + 2);
      if (s) return { subject: s, how: 'according-to' };
    }
  }
  return null;
}

/**
 * "described as “heartbreaking” by the conservation department": a speech verb before the quote
 * and "by" right after it name the speaker.
 */
function passiveAgent(b: BlockInfo, after: number, before: number): LocalCue | null {
  const t = b.tokens;
  const by = t[after]?.text === ',' ? after + 1 : after;
  if (t[by]?.text !== 'by') return null;
  for (let v = before; v >= 0 && before - v < MAX_PASSIVE_GAP; v--) {
    if (SENTENCE_END.has(t[v].text) || CLOSE_MARKS.has(t[v].text)) break;
    if (isVerb(t[v]) && /(?:ed|written)$/i.test(t[v].text)) {
      const s = subjectAfterVerb(b, by + 1);
      return s ? { subject: s, how: 'passive' } : null;
    }
  }
  return null;
}

/** Nouns of saying that carry the words of whoever they belong to ("his claim that …", "Lopez’s insistence that …"). */
const SPEECH_NOUNS = new Set('claim claims assertion assertions insistence remark remarks comment comments warning warnings promise pledge vow denial admission argument suggestion description'.split(' '));

/** "contradicts his claim … that the pair were “not close”": the owner of a noun of saying before the quote speaks. */
function speechNounOwner(b: BlockInfo, v: number): Subject | null {
  const t = b.tokens;
  if (!SPEECH_NOUNS.has(t[v].text)) return null;
  const owner = t[v - 1];
  if (!owner) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(owner.text.toLowerCase());
  if (pronoun) return { kind: 'pronoun', word: pronoun, position: owner.start };
  const n = nameEndingAt(b, v - 1);
  return n && /['’]s?$/.test(owner.text) && n.kind === 'person' ? { kind: 'name', name: n } : null;
}

/** "In Reyes’s words, “…”", "in his words: “…”", "in the words of the minister, “…”". */
function inWordsOf(b: BlockInfo, last: number): LocalCue | null {
  const t = b.tokens;
  const e = t[last]?.text === ',' || t[last]?.text === ':' ? last - 1 : last;
  if (t[e]?.text.toLowerCase() === 'words') {
    const owner = t[e - 1];
    if (!owner) return null;
    const pronoun = POSSESSIVE_PRONOUNS.get(owner.text.toLowerCase());
    if (pronoun) return { subject: { kind: 'pronoun', word: pronoun, position: owner.start }, how: 'in-words' };
    const n = nameEndingAt(b, e - 1);
    return n && /['’]s?$/.test(owner.text) && n.kind !== 'place' ? { subject: { kind: 'name', name: n }, how: 'in-words' } : null;
  }
  for (let k = e; k >= 0 && e - k < 8; k--) {
    if (t[k].text === 'of' && t[k - 1]?.text.toLowerCase() === 'words' && t[k - 2]?.text.toLowerCase() === 'the') {
      const s = subjectAfterVerb(b, k + 1);
      return s ? { subject: s, how: 'in-words' } : null;
    }
  }
  return null;
}

/**
 * "Reyes:" opening a paragraph: a personal name and a colon. A single word must be the surname of a
 * full name in the article (not "Disclaimer:", "Update:" or an all-caps dateline such as "WASHINGTON:").
 */
function labelAt(blocks: BlockInfo[], b: BlockInfo): NameMatch | null {
  const n = nameStartingAt(b, 0);
  if (!n || ACRONYM.test(n.name)) return null;
  const colon = b.tokens[n.lastToken + 1]?.text === ':' || (n.name.includes(' ') && creditedColon(b, n.lastToken + 1));
  if (!colon) return null;
  if (n.name.includes(' ')) return n.kind === 'person' ? n : null;
  return surnames(blocks).has(n.name) ? n : null;
}

/** Words a round-up may put between a name and its colon ("Dana Reyes, Global Times:", "Ann Roe, 42, nurse:"). */
const MAX_CREDIT = 6;

/** ", Global Times:" right after a label's name: a comma, a few words with no verb or quote, a colon. */
function creditedColon(b: BlockInfo, comma: number): boolean {
  const t = b.tokens;
  if (t[comma]?.text !== ',') return false;
  for (let k = comma + 1; k < t.length && k - comma <= MAX_CREDIT; k++) {
    if (t[k].text === ':') return k > comma + 1;
    if (isVerb(t[k]) || OPEN_MARKS.has(t[k].text) || SENTENCE_END.has(t[k].text)) return false;
  }
  return false;
}

const surnameCache = new WeakMap<BlockInfo[], Set<string>>();

/** Last words of the article's multi-word person names. */
function surnames(blocks: BlockInfo[]): Set<string> {
  let set = surnameCache.get(blocks);
  if (!set) {
    set = new Set();
    for (const b of blocks) for (const n of b.names) if (n.kind === 'person' && n.name.includes(' ')) set.add(n.name.slice(n.name.lastIndexOf(' ') + 1));
    surnameCache.set(blocks, set);
  }
  return set;
}

const MAX_INTERVIEW_LOOKBACK = 30;

/** Interview formats: "Reyes: …" names the speaker of its paragraph; "A: …" answers for the last name label before it. */
function interviewLabel(blocks: BlockInfo[], b: BlockInfo): Cue | null {
  const own = labelAt(blocks, b);
  if (own) return { subject: { kind: 'name', name: own }, how: 'label', block: b.index };
  if (b.tokens[0]?.text !== 'A' || b.tokens[1]?.text !== ':') return null;
  for (let i = b.index - 1; i >= 0 && b.index - i <= MAX_INTERVIEW_LOOKBACK; i--) {
    const n = blocks[i] && labelAt(blocks, blocks[i]);
    if (n) return { subject: { kind: 'name', name: n }, how: 'label', block: i };
  }
  return null;
}

const isFirstPerson = (s: Subject) => s.kind === 'pronoun' && (s.word === 'i' || s.word === 'we');

/**
 * A quote that opens its paragraph (or sits in a list item) continues a lead-in that ends the
 * paragraph before with a colon: "Tom Berger … told the Ledger he had waited twenty years:".
 */
function leadIn(blocks: BlockInfo[], b: BlockInfo): Cue | null {
  let i = b.index - 1;
  for (let skipped = 0; i >= 0 && (blocks[i].isCaption || (b.kind === 'listItem' && blocks[i].kind === 'listItem')); i--) {
    if (++skipped > MAX_SKIPPED_BLOCKS) return null;
  }
  const prev = blocks[i];
  const last = prev ? prev.tokens.length - 1 : -1;
  if (last < 0 || prev.tokens[last].text !== ':' || prev.quotes.some((q) => !q.closed)) return null;
  const label = labelAt(blocks, prev);
  const c = cueBefore(prev, last) ?? (label?.lastToken === last - 1 ? { subject: { kind: 'name' as const, name: label }, how: 'label' } : null);
  return c ? { subject: c.subject, how: 'colon-paragraph', block: prev.index } : null;
}
