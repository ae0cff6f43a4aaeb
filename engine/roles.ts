// Roles written around a name: a lowercase office in front ("press secretary Josh Earnest"),
// or an appositive after it ("Joel Rayburn, a former … official and senior fellow at the Hudson Institute,").
import { OFFICE_WORDS, ROLE_NOUNS } from './lexicon';
import type { NameMatch } from './names';
import { isCapitalised, type Token } from './tokens';

const ROLE_MODIFIERS = new Set(['senior', 'deputy', 'vice', 'assistant', 'associate', 'former', 'acting', 'press', 'executive', 'general', 'managing', 'co', 'chief', 'district', 'department', 'conservation', 'police', 'foreign', 'defense', 'defence', 'interim', 'founding', 'principal', 'national', 'state', 'federal', 'regional', 'security', 'policy', 'programme', 'program', 'communications']);
const APPOSITIVE_END = /^(?:who|which|said|says|told|added|and|when|while|where)$/;
const MAX_ROLE_TOKENS = 18;

/** A lowercase office right in front of the name ("chief inspector", "White House press secretary"). */
export function roleBefore(text: string, tokens: Token[], name: NameMatch): string | null {
  let k = name.firstToken - 1;
  let sawRole = false;
  while (k >= 0 && name.firstToken - k <= 6) {
    const w = tokens[k].text;
    if (text.slice(tokens[k].end, tokens[k + 1].start) !== ' ') break;
    if (ROLE_NOUNS.has(w) || OFFICE_WORDS.has(w)) sawRole = true;
    else if (!(ROLE_MODIFIERS.has(w) || (isCapitalised(w) && sawRole))) break;
    k--;
  }
  if (!sawRole) return null;
  // keep capitalised words only when they qualify the role ("White House press secretary")
  return text.slice(tokens[k + 1].start, tokens[name.firstToken - 1].end);
}

/** ", a former official at X," right after the name. */
export function roleAfter(text: string, tokens: Token[], name: NameMatch): string | null {
  const first = name.lastToken + 1;
  if (tokens[first]?.text !== ',') return null;
  let k = first + 1;
  const startTok = tokens[k];
  if (!startTok) return null;
  const parts: Token[] = [];
  for (; k < tokens.length && parts.length < MAX_ROLE_TOKENS; k++) {
    const w = tokens[k].text;
    if (w === ',' || w === '.' || w === ';' || w === '“' || w === '"' || w === '(' || w === ')' || APPOSITIVE_END.test(w)) break;
    parts.push(tokens[k]);
  }
  if (!parts.length) return null;
  let words = parts.map((t) => t.text.toLowerCase());
  if (/^(?:a|an|the)$/.test(words[0])) words = words.slice(1);
  const hasRoleWord = words.some((w) => ROLE_NOUNS.has(w) || OFFICE_WORDS.has(w.replace(/['’]s$/, '')));
  if (!hasRoleWord || /^\d/.test(words[0] ?? '')) return null;
  const start = /^(?:a|an|the)$/i.test(parts[0].text) && parts.length > 1 ? parts[1].start : parts[0].start;
  return text.slice(start, parts[parts.length - 1].end);
}

/** Whether a role describes an official, public or institutional position. */
export function isOfficialRole(role: string | null): boolean {
  if (!role) return false;
  return role.toLowerCase().split(/[^\p{L}-]+/u).some((w) => OFFICE_WORDS.has(w));
}
