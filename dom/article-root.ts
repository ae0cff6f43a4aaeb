// Finds the article body: Readability-style scoring of containers by the paragraph text they hold,
// computed in one walk over the document (no layout reads, no repeated textContent).
import { finish, type Steps } from '../engine/steps';
import { bodyOf } from './body';
import { isExcluded, isHidden, looksLikeChrome, looksLikeComments } from './exclude';
import { BLOCK_TAGS } from './tags';
import { walkSteps } from './walk';

interface Stats {
  text: number;
  links: number;
  commas: number;
  hasBlockChild: boolean;
  /** Text of the paragraphs in the subtree (any depth), discounted by their link density. */
  prose: number;
}

interface Candidate {
  el: Element;
  score: number;
  stats: Stats;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td']);
const TEXT_CONTAINERS = new Set(['div', 'section']);
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;
const MAJORITY_PROSE = 0.5;
const MIN_ARTICLE_PROSE = 500;
const MIN_SIBLING_PROSE = 300;
const ARTICLE_PROSE_SLACK = 1.25;

function classWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!value) continue;
    if (NEGATIVE.test(value)) weight -= 25;
    if (POSITIVE.test(value)) weight += 25;
  }
  return weight;
}

function tagWeight(tag: string): number {
  if (tag === 'div' || tag === 'article') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(tag)) return -3;
  if (/^h[1-6]$/.test(tag) || tag === 'th') return -5;
  return 0;
}

const linkDensity = (s: Stats) => (s.text ? s.links / s.text : 0);

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i !== -1; i = s.indexOf(',', i + 1)) n++;
  return n;
}

interface OpenElement {
  el: Element;
  stats: Stats;
  /** Block-level elements collect their loose inline text (outside block children) as one run. */
  run: Run | null;
}

interface Run {
  text: number;
  links: number;
  commas: number;
}

interface Scores {
  /** Text stats of every element walked. */
  stats: Map<Element, Stats>;
  candidates: Map<Element, Candidate>;
}

const newStats = (): Stats => ({ text: 0, links: 0, commas: 0, hasBlockChild: false, prose: 0 });
const paragraphScore = (text: number, commas: number) => 1 + commas + Math.min(Math.floor(text / 100), 3);

/** Scores every container in one walk; returns candidates and each element's text stats. */
function* scoreContainers(body: Element, exclude: (el: Element) => boolean): Steps<Scores> {
  const stats = new Map<Element, Stats>();
  const candidates = new Map<Element, Candidate>();
  const open: OpenElement[] = [{ el: body, stats: newStats(), run: { text: 0, links: 0, commas: 0 } }];
  const blockDepths = [0]; // indexes in `open` of the open block-level elements
  let linkDepth = 0;

  /** Parent (open[depth]) gets the full score, grandparent half, further ancestors less (as Readability does). */
  const credit = (depth: number, score: number) => {
    for (let level = 0; level < ANCESTOR_LEVELS && depth - level >= 0; level++) {
      const { el, stats: s } = open[depth - level];
      let c = candidates.get(el);
      if (!c) candidates.set(el, (c = { el, score: tagWeight(el.localName) + classWeight(el), stats: s }));
      c.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  };

  /** Loose text beside block children is a paragraph of its container (Readability wraps it in a <p>). */
  const endRun = (depth: number) => {
    const { run, stats: s } = open[depth];
    if (!run) return;
    if (s.hasBlockChild && run.text >= MIN_PARAGRAPH) {
      s.prose += run.text - run.links;
      credit(depth, paragraphScore(run.text, run.commas));
    }
    run.text = run.links = run.commas = 0;
  };

  yield* walkSteps(body, {
    enter(el) {
      if (exclude(el)) return false;
      const isBlock = BLOCK_TAGS.has(el.localName);
      if (isBlock) {
        const parent = open[blockDepths[blockDepths.length - 1]];
        parent.stats.hasBlockChild = true;
        endRun(blockDepths[blockDepths.length - 1]);
        blockDepths.push(open.length);
      }
      if (el.localName === 'a') linkDepth++;
      open.push({ el, stats: newStats(), run: isBlock ? { text: 0, links: 0, commas: 0 } : null });
      return true;
    },
    text(node) {
      const length = node.data.trim().length;
      const commas = countCommas(node.data);
      const s = open[open.length - 1].stats;
      s.text += length;
      s.commas += commas;
      const run = open[blockDepths[blockDepths.length - 1]].run!;
      run.text += length;
      run.commas += commas;
      if (linkDepth) run.links += length;
    },
    leave(el) {
      const depth = open.length - 1;
      const tag = el.localName;
      if (tag === 'a') linkDepth--;
      if (BLOCK_TAGS.has(tag)) {
        endRun(depth);
        blockDepths.pop();
      }
      const { stats: s } = open.pop()!;
      stats.set(el, s);
      const isParagraph =
        (PARAGRAPH_TAGS.has(tag) || (TEXT_CONTAINERS.has(tag) && !s.hasBlockChild)) && s.text >= MIN_PARAGRAPH;
      if (isParagraph) s.prose += s.text * (1 - linkDensity(s));
      const parent = open[depth - 1];
      parent.stats.text += s.text;
      parent.stats.links += tag === 'a' ? s.text : s.links;
      parent.stats.commas += s.commas;
      parent.stats.prose += s.prose;
      if (isParagraph) credit(depth - 1, paragraphScore(s.text, s.commas));
    },
  });
  endRun(0);
  stats.set(body, open[0].stats);
  return { stats, candidates };
}

const finalScore = (c: Candidate) => c.score * (1 - linkDensity(c.stats));

function ancestors(el: Element, stop: Element): Element[] {
  const list: Element[] = [];
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) list.push(p);
  return list;
}

/** When several strong candidates sit under one ancestor, the article is that ancestor. */
function sharedAncestor(top: Candidate, ranked: Candidate[], body: Element): Element {
  const top5 = ranked.slice(1, 6).filter((c) => finalScore(c) / finalScore(top) >= 0.75);
  if (top5.length < 3) return top.el;
  const counts = new Map<Element, number>();
  for (const c of top5) for (const a of ancestors(c.el, body)) counts.set(a, (counts.get(a) ?? 0) + 1);
  for (const a of ancestors(top.el, body)) if ((counts.get(a) ?? 0) >= 3) return a;
  return top.el;
}

/** Climbs to a parent that scores higher than the candidate (its text is split over sibling blocks). */
function climb(el: Element, candidates: Map<Element, Candidate>, body: Element): Element {
  const own = candidates.get(el);
  let lastScore = own ? finalScore(own) : 0;
  const threshold = lastScore / 3;
  for (let parent = el.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const c = candidates.get(parent);
    if (!c) continue;
    const score = finalScore(c);
    if (score < threshold) break;
    if (score > lastScore) return parent;
    lastScore = score;
  }
  // A lone child carries no information of its own: the parent is the container.
  while (el.parentElement && el.parentElement !== body && el.parentElement.children.length === 1) el = el.parentElement;
  return el;
}

/** Siblings of the chosen container that hold article text too (bodies split by figures, lead paragraphs).
 * Scores reach only a few levels up, so deep sibling sections are judged by their prose as well. */
function withSiblings(el: Element, candidates: Map<Element, Candidate>, stats: Map<Element, Stats>): Element[] {
  const parent = el.parentElement;
  const top = candidates.get(el);
  if (!parent || !top) return [el];
  const topScore = finalScore(top);
  const threshold = Math.max(10, topScore * 0.2);
  const cls = el.getAttribute('class') ?? '';
  const minProse = Math.max(MIN_SIBLING_PROSE, (stats.get(el)?.prose ?? 0) * 0.2);
  const roots: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    const s = stats.get(sib);
    if (sib === el) roots.push(sib);
    if (sib === el || !s) continue;
    const c = candidates.get(sib);
    const bonus = cls && sib.getAttribute('class') === cls ? topScore * 0.2 : 0;
    if (c && finalScore(c) + bonus >= threshold) roots.push(sib);
    else if (s.prose >= minProse && linkDensity(s) < 0.3) roots.push(sib);
    else if (sib.localName === 'p' && s.text > 80 && linkDensity(s) < 0.25) roots.push(sib);
  }
  return roots;
}

export interface ArticleBody {
  /** The elements holding the article body, in document order; empty when no paragraph text is found. */
  roots: Element[];
  /** Which elements inside the page are not article text (the same rule must be used to collect blocks). */
  exclude: (el: Element) => boolean;
}

/** Finds the article body of a document. */
export function findArticleBody(doc: Document): ArticleBody {
  return finish(findArticleBodySteps(doc));
}

/** findArticleBody as a generator that yields every few hundred nodes. */
export function* findArticleBodySteps(doc: Document): Steps<ArticleBody> {
  const body = bodyOf(doc);
  if (!body) return { roots: [], exclude: isExcluded };
  const strict = yield* pickRoots(body, isExcluded);
  if (strict.prose >= MIN_ARTICLE_PROSE) return { roots: strict.roots, exclude: isExcluded };
  const exclude = yield* chromeRuleSparingMainProse(body);
  const { roots } = yield* pickRoots(body, exclude);
  return { roots, exclude };
}

function* pickRoots(body: Element, exclude: (el: Element) => boolean): Steps<{ roots: Element[]; prose: number }> {
  const { stats, candidates } = yield* scoreContainers(body, exclude);
  const ranked = [...candidates.values()].sort((a, b) => finalScore(b) - finalScore(a));
  if (!ranked.length) return { roots: [], prose: 0 };
  const chosen = climb(sharedAncestor(ranked[0], ranked, body), candidates, body);
  const siblings = withSiblings(chosen, candidates, stats);
  const roots = widenToArticle(siblings, stats) ?? siblings;
  return { roots, prose: roots.reduce((n, r) => n + (stats.get(r)?.prose ?? 0), 0) };
}

/** Class names mislead on some sites (a "site_header" or "header-style" wrapper around the whole page).
 * When trusting them leaves too little article, an element holding most of the page's prose is not
 * chrome, whatever its class says. */
function* chromeRuleSparingMainProse(body: Element): Steps<(el: Element) => boolean> {
  const hiddenOrComments = (el: Element) => isHidden(el) || looksLikeComments(el);
  const { stats } = yield* scoreContainers(body, hiddenOrComments);
  const majority = (stats.get(body)?.prose ?? 0) * MAJORITY_PROSE;
  return (el) => hiddenOrComments(el) || (looksLikeChrome(el) && (stats.get(el)?.prose ?? 0) < majority);
}

/** The enclosing <article> when it adds headline, lead figure and byline rather than other stories
 * (its prose is barely more than the chosen body's). */
function widenToArticle(roots: Element[], stats: Map<Element, Stats>): Element[] | null {
  const article = roots[0].closest('article');
  if (!article || roots.some((r) => !article.contains(r))) return null;
  const chosenProse = roots.reduce((n, r) => n + (stats.get(r)?.prose ?? 0), 0);
  const articleProse = stats.get(article)?.prose ?? Infinity;
  return articleProse <= chosenProse * ARTICLE_PROSE_SLACK ? [article] : null;
}
