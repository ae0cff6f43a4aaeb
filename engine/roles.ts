// Roles written around a name: a lowercase office in front ("press secretary Josh Earnest"),
// or an appositive after it ("Joel Rayburn, a former … official and senior fellow at the Hudson Institute,").
import { OCCUPATIONS, OFFICE_WORDS, ROLE_NOUNS } from './lexicon';
import type { NameMatch } from './names';
import { isCapitalised, type Token } from './tokens';

const ROLE_MODIFIERS = new Set(['senior', 'deputy', 'vice', 'assistant', 'associate', 'former', 'acting', 'press', 'executive', 'general', 'managing', 'co', 'chief', 'district', 'department', 'conservation', 'police', 'foreign', 'defense', 'defence', 'interim', 'founding', 'principal', 'national', 'state', 'federal', 'regional', 'security', 'policy', 'programme', 'program', 'communications']);
const APPOSITIVE_END = /^(?:which|said|says|told|added|and|when|while|where)$/;
const MAX_ROLE_TOKENS = 18;
const CLAUSE_START = new Set('as has have had is was were are will would on in at to with by from after before when if but so say says'.split(' '));
/** A word that opens a clause rather than a role ("has turned down", "hitting him"). */
const opensClause = (word: string) => {
  const w = word.toLowerCase();
  return CLAUSE_START.has(w) || (w.length > 3 && w.endsWith('ing'));
};
/** Capitalised words that open a sentence rather than continue a title ("While White House press secretary"). */
const SENTENCE_OPENER = /^(?:Is|Was|Are|Were|Has|Have|Had|Will|Would|While|When|As|After|Before|If|But|And|Then|Now|With)$/;

/** A lowercase office right in front of the name ("chief inspector", "White House press secretary"). */
export function roleBefore(text: string, tokens: Token[], name: NameMatch): string | null {
  let end = name.firstToken - 1;
  const gap = (k: number) => text.slice(tokens[k].end, tokens[k + 1].start);
  if (end < 0) return null;
  if (tokens[end].text === ',') return roleBeforeComma(text, tokens, end);
  if (gap(end) !== ' ') return null;
  let k = end;
  let sawRole = false;
  for (; k >= 0 && end - k < 6; k--) {
    if (k < end && gap(k) !== ' ') break;
    const w = tokens[k].text;
    const lower = w.toLowerCase();
    if (isRoleWord(lower)) sawRole = true;
    else if (!(ROLE_MODIFIERS.has(lower) || (isCapitalised(w) && sawRole && !SENTENCE_OPENER.test(w)))) break;
  }
  return sawRole ? text.slice(tokens[k + 1].start, tokens[end].end) : null;
}

/** "the Prime Minister’s national security adviser, Andrew Shearer", "The leader of Ennahda, Rachid Ghannouchi". */
function roleBeforeComma(text: string, tokens: Token[], comma: number): string | null {
  let k = comma - 1;
  let role = -1;
  for (; k >= 0 && comma - k <= 8; k--) {
    const w = tokens[k].text;
    const lower = w.toLowerCase();
    if (isRoleWord(lower)) role = k;
    else if (!(ROLE_MODIFIERS.has(lower) || isCapitalised(w) || lower === 'of' || lower === 'for' || lower === 'at')) break;
  }
  if (role < 0) return null;
  const from = tokens[k + 1].text === 'The' ? k + 2 : k + 1;
  return from < comma ? text.slice(tokens[from].start, tokens[comma - 1].end) : null;
}

const isRoleWord = (lower: string) => {
  const w = lower.replace(/['’]s$/, '');
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  const parts = w.split('-');
  // "vice-president", and "governor-elect", "ex-minister": an office in either part of a compound
  return ROLE_NOUNS.has(w) || OFFICE_WORDS.has(w) || OFFICE_WORDS.has(singular) || parts.some((p) => OFFICE_WORDS.has(p));
};
const CREDENTIAL = /^(?:MD|PhD|Ph\.D|M\.D|Jr|Sr|DDS|RN|MBA|Esq|QC|KC|MP|\d+)\.?$/;

/**
 * A role given after the name: an appositive (", a former official at X,"), a relative clause
 * (", who is the defense secretary,") or a copula ("Gonzalez is the city’s chief planner.").
 */
export function roleAfter(text: string, tokens: Token[], name: NameMatch): string | null {
  let first = name.lastToken + 1;
  const next = tokens[first]?.text;
  if (next === 'is' || next === 'was') return /^(?:a|an|the)$/i.test(tokens[first + 1]?.text ?? '') ? rolePhrase(text, tokens, first + 1) : null;
  if (next !== ',') return null;
  // "Stephen Calderwood, MD, president of …", "Parata, 75, …"
  while (tokens[first + 1] && CREDENTIAL.test(tokens[first + 1].text) && tokens[first + 2]?.text === ',') first += 2;
  let k = first + 1;
  // "Hegseth, who is the defense secretary," / "Ruiz, who was then the party’s treasurer,"
  if (tokens[k]?.text === 'who' && /^(?:is|was)$/.test(tokens[k + 1]?.text ?? '')) k += tokens[k + 2]?.text === 'then' ? 3 : 2;
  return rolePhrase(text, tokens, k);
}

/** The role phrase starting at token k, up to the end of the clause; null when it names no role. */
function rolePhrase(text: string, tokens: Token[], k: number): string | null {
  const parts: Token[] = [];
  for (; k < tokens.length && parts.length < MAX_ROLE_TOKENS; k++) {
    const w = tokens[k].text;
    if (w === ',' || w === '.' || w === ';' || w === '“' || w === '"' || w === '(' || w === ')' || APPOSITIVE_END.test(w)) break;
    parts.push(tokens[k]);
  }
  // "Inter Milan, has turned down …", "Rudolph, hitting him in the head": a clause, not a role
  if (!parts.length || opensClause(parts[0].text)) return null;
  // "Justin Bassi, who advises Attorney-General George Brandis on …": the clause describes the role
  if (parts.filter((t) => t.text.length > 3).every((t) => isCapitalised(t.text))) return null; // a headline, not a role
  const words = parts.map((t) => t.text.toLowerCase());
  if (!words.some(isRoleWord) || /^\d/.test(words[0])) return null;
  const start = /^(?:a|an|the)$/i.test(parts[0].text) && parts.length > 1 ? parts[1].start : parts[0].start;
  return text.slice(start, parts[parts.length - 1].end);
}

const RELATIVES = new Set(['wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'child', 'nephew', 'niece', 'cousin', 'friend', 'girlfriend', 'boyfriend', 'partner', 'grandson', 'granddaughter']);

/** Whether a role describes an official, public or institutional position (a relative of an official does not count). */
export function isOfficialRole(role: string | null): boolean {
  if (!role) return false;
  const words = role.split(/[^\p{L}-]+/u).filter((w) => w && !/^(?:a|an|the|former|late|his|her|their)$/i.test(w));
  // "wife of the mayor", "younger brother of the Taliban’s deputy leader"
  if (!words.length || words.slice(0, 2).some((w) => RELATIVES.has(w.toLowerCase().replace(/['’]s$/, '')))) return false;
  // an office word in front of an occupation only qualifies it ("head chef", "chief engineer")
  const offices = ownWords(words).filter((w, i, own) => isOffice(w) && !OCCUPATIONS.has(own[i + 1]));
  if (!offices.length) return false;
  // "founding members", "veteran": official only when tied to an institution ("White House veteran", "member of the council")
  return offices.some((w) => !WEAK_OFFICES.has(w.replace(/s$/, ''))) || /\b(?:of|at|for)\b|\p{Lu}/u.test(role);
}

const WEAK_OFFICES = new Set(['member', 'veteran', 'founder', 'co-founder', 'owner', 'boss']);
const isOffice = (w: string) => OFFICE_WORDS.has(w) || w.split('-').some((p) => OFFICE_WORDS.has(p)) || (w.endsWith('s') && OFFICE_WORDS.has(w.slice(0, -1)));

/** Words that tie a role to an institution ("fellow at the …", "director of …"). */
const TIES = new Set(['of', 'at', 'for', 'with', 'from']);
const NAME_JOINERS = new Set(['of', 'on', 'for', 'and']);
/** Institutions whose staff are government staff, whatever their job ("works for the Transportation Department"). */
const GOVERNMENT_BODIES = new Set(['department', 'ministry', 'agency', 'administration', 'government', 'police', 'parliament', 'congress', 'senate', 'cabinet', 'secretariat']);

/**
 * The role's own words, lowercased, leaving out the name of the institution it ties the person to
 * unless that is a government body: in "senior fellow at the Council on Foreign Relations" the office
 * word "Council" is part of a name, and a fellow there holds no office (GUIDELINES §12).
 */
function ownWords(words: string[]): string[] {
  const own: string[] = [];
  let inName = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.toLowerCase();
    if (inName && (isCapitalised(w) || (NAME_JOINERS.has(w) && isCapitalised(words[i + 1] ?? '')))) {
      if (GOVERNMENT_BODIES.has(lower)) own.push(lower);
      continue;
    }
    inName = TIES.has(w);
    own.push(lower);
  }
  return own;
}
