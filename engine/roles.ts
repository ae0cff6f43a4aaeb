// Roles written around a name: a lowercase office in front ("press secretary Josh Earnest"),
// an appositive after it ("Joel Rayburn, a former … official and senior fellow at the Hudson Institute,"),
// a relative clause ("Jason Foy, who represents the family"), a party tag ("Ilhan Omar (D-Minn.)"),
// or the predicate of an appointment ("Chad Wolf has been named acting secretary", "replaced X as manager").
import { JOB_LABELS, OCCUPATIONS, OFFICE_WORDS, ORGANISATION_NOUNS, ROLE_NOUNS } from './lexicon';
import type { NameMatch } from './names';
import { isCapitalised, isWordToken, startsLowercase, type Token } from './tokens';

/** What the role readers look at: one block's text, tokens and names (a BlockInfo fits). */
export interface RoleContext {
  text: string;
  tokens: Token[];
  names: NameMatch[];
  nameStarts: ReadonlyMap<number, NameMatch>;
}

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Ranks that make the job after them a role ("chief economist", "principal meteorologist"). */
const RANKS = set('chief principal senior deputy associate assistant executive lead');
const ROLE_MODIFIERS = set('new top longtime incoming outgoing current senior deputy vice assistant associate former acting press executive general managing co chief district department police foreign defense defence interim founding principal national state federal regional security policy programme program communications city county town school board council party union team club company university hospital campaign');
/** Abbreviated plural and rank titles ("Sens. Warren and Sanders", "Cpl. Ana Ruiz"), with their period in the token or after it. */
const PLURAL_TITLES = set('Sens Reps Govs Gens Drs Profs Justices Cpl Pvt Brig Spc Atty Amb Cllr');
const APPOSITIVE_END = set('which said says told added when while where until since after before during amid following despite because');
const MAX_ROLE_TOKENS = 18;
const CLAUSE_START = set('as has have had is was were are will would on in at to with by from after before when if but so say says and or');
/** A word that opens a clause rather than a role ("has turned down", "hitting him"). */
const opensClause = (word: string) => {
  const w = word.toLowerCase();
  if (ROLE_MODIFIERS.has(w) || isRoleWord(w)) return false; // "acting director", "managing director"
  return CLAUSE_START.has(w) || (w.length > 3 && w.endsWith('ing'));
};
/** Capitalised words that open a sentence rather than continue a title ("While White House press secretary"). */
const SENTENCE_OPENER = set('The A An Our His Her Their Its My Your Is Was Are Were Has Have Had Will Would While When As After Before If But And Then Now With');
const DETERMINER = set('a an the');
const RUNS_ON = /\b(?:of|for)\b/;
/** Words between a role word and a comma that tie the role to a field or an institution ("director of public prosecutions"). */
const COMPLEMENT_TIES = set('of for at to');
const MAX_COMPLEMENT_WORDS = 5;

/**
 * A person named right before the comma of a role that precedes a name, behind a title or a role
 * word ("founding members Tom Johnston, Michael McDonald"): the phrase is a list of people, not a role.
 */
function listedPersonEndsAt(ctx: RoleContext, k: number, self: NameMatch): boolean {
  for (const n of ctx.names) {
    if (n === self || n.kind !== 'person' || n.lastToken !== k) continue;
    if (n.title !== null || isRoleWord(ctx.tokens[n.firstToken - 1]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

/** A titled person opening a phrase after a name ("Pochettino, Vice President Mike Pence and …"): a list, not a role. */
function titledPersonStartsAt(ctx: RoleContext, k: number, self: NameMatch): boolean {
  const n = ctx.nameStarts.get(k);
  // "General Manager of Life Care Solutions Europe": a title running on with "of" holds an institution, not a person
  return n !== undefined && n !== self && n.kind === 'person' && n.title !== null && !RUNS_ON.test(n.title);
}

/** A lowercase office right in front of the name ("chief inspector", "White House press secretary"). */
export function roleBefore(ctx: RoleContext, name: NameMatch): string | null {
  const { text, tokens } = ctx;
  const end = name.firstToken - 1;
  const gap = (k: number) => text.slice(tokens[k].end, tokens[k + 1].start);
  if (end < 0) return null;
  if (tokens[end].text === ',') return roleBeforeComma(ctx, end, name);
  if (gap(end) !== ' ') return null;
  // "Sens. Elizabeth Warren and Bernie Sanders", "Cpl. Ana Ruiz": a title the tokenizer leaves without its period
  if (tokens[end].text === '.' && PLURAL_TITLES.has(tokens[end - 1]?.text ?? '') && tokens[end - 1].end === tokens[end].start) return text.slice(tokens[end - 1].start, tokens[end].end);
  if (tokens[end].text.endsWith('.') && PLURAL_TITLES.has(tokens[end].text.slice(0, -1))) return tokens[end].text;
  const listed = roleOfList(tokens, end);
  if (listed) return listed;
  let k = end;
  let sawRole = false;
  // "chief of staff Mick Mulvaney", "director of communications Jane Doe": a role with a lowercase "of" complement
  for (let j = end - 1; j >= end - 2 && j > 0; j--) {
    if (tokens[j].text !== 'of') continue;
    const complement = tokens.slice(j + 1, end + 1);
    if (isRoleWord(tokens[j - 1].text.toLowerCase()) && complement.every((t) => startsLowercase(t.text) && !PREPOSITIONS.has(t.text) && !DETERMINER.has(t.text))) {
      k = j - 1;
      sawRole = true;
    }
    break;
  }
  const top = k;
  for (; k >= 0 && top - k < 6; k--) {
    if (k < top && gap(k) !== ' ') break;
    const w = tokens[k].text;
    const lower = w.toLowerCase();
    // "PG&E’s principal meteorologist Scott Strenfel", "chief economist Ana Ruiz": a ranked job is a role too
    const rankedJob = k === end && top === end && startsLowercase(w) && RANKS.has(tokens[k - 1]?.text ?? '') && gap(k - 1) === ' ' && !PREPOSITIONS.has(w) && !CLAUSE_START.has(w) && !DETERMINER.has(w);
    if (isRoleWord(lower) || rankedJob) sawRole = true;
    else if (!(ROLE_MODIFIERS.has(lower) || (isCapitalised(w) && sawRole && !SENTENCE_OPENER.has(w)))) break;
  }
  return sawRole ? text.slice(tokens[k + 1].start, tokens[end].end) : null;
}

const COMPLEMENT_PREPOSITIONS = set('to of for');
/** "B." in "William B. Taylor" (ASCII capitals: a cheap test on the hot path). */
const INITIAL = /^(?:[A-Z]\.)+$/;

/**
 * "China’s ambassador to Britain Liu Xiaming", "envoy to Ukraine Kurt Volker": the capitalised words
 * after "ROLE to/of/for" run the role's complement into the name. Returns the name without them, the
 * role (with its complement) as its title; null when the name does not follow such a role.
 */
export function splitRoleComplement(ctx: RoleContext, name: NameMatch): NameMatch | null {
  const { text, tokens } = ctx;
  if (name.title !== null || name.kind !== 'person') return null;
  const apart = complementBefore(ctx, name);
  if (apart) return apart;
  let k = name.firstToken - 1;
  if (tokens[k]?.text === 'the') k--;
  if (!COMPLEMENT_PREPOSITIONS.has(tokens[k]?.text ?? '')) return null;
  const role = k - 1;
  const roleWord = tokens[role]?.text ?? '';
  if (!isRoleWord(roleWord.toLowerCase()) || isCapitalised(roleWord)) return null;
  // the personal name is at most "First M. Last" long
  let from = name.lastToken;
  let plain = 1;
  while (from - 1 > name.firstToken && (INITIAL.test(tokens[from - 1].text) || plain < 2)) {
    if (!INITIAL.test(tokens[from - 1].text)) plain++;
    from--;
  }
  if (from === name.firstToken || plain < 2) return null;
  let start = role;
  while (start > 0 && role - start < 4 && (ROLE_MODIFIERS.has(tokens[start - 1].text.toLowerCase()) || (isCapitalised(tokens[start - 1].text) && !SENTENCE_OPENER.has(tokens[start - 1].text)))) start--;
  const title = text.slice(tokens[start].start, tokens[from - 1].end);
  return { ...name, start: tokens[from].start, name: text.slice(tokens[from].start, name.end), title };
}

/**
 * The same role when the complement is already a name of its own, split off at the given name
 * ("envoy to Ukraine" + "William B. Taylor"): the role and its complement become the title.
 */
function complementBefore(ctx: RoleContext, name: NameMatch): NameMatch | null {
  const { text, tokens } = ctx;
  let k = name.firstToken - 1;
  const last = k;
  while (k >= 0 && last - k < 3 && isCapitalised(tokens[k].text) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ') k--;
  if (k === last || !COMPLEMENT_PREPOSITIONS.has(tokens[k]?.text ?? '')) return null;
  const roleWord = tokens[k - 1]?.text ?? '';
  if (!isRoleWord(roleWord.toLowerCase()) || isCapitalised(roleWord)) return null;
  let start = k - 1;
  while (start > 0 && k - 1 - start < 3 && ROLE_MODIFIERS.has(tokens[start - 1].text.toLowerCase())) start--;
  return { ...name, title: text.slice(tokens[start].start, tokens[last].end) };
}

/** "politicians such as Bill Clinton", "officials including Ana Ruiz": the plural role of the list the name opens. */
function roleOfList(tokens: Token[], end: number): string | null {
  let k = end;
  if (tokens[k]?.text.toLowerCase() === 'as' && tokens[k - 1]?.text.toLowerCase() === 'such') k -= 2;
  else if (tokens[k]?.text.toLowerCase() === 'including') k -= 1;
  else return null;
  const head = tokens[k]?.text.toLowerCase() ?? '';
  return k >= 0 && head.endsWith('s') && isOffice(head) ? tokens[k].text : null;
}

/**
 * "the Prime Minister’s national security adviser, Andrew Shearer", "The leader of Ennahda, Rachid Ghannouchi",
 * "Sweden’s deputy director of public prosecutions, Eva-Marie Persson", "his Chinese counterpart, Xi Jinping".
 */
function roleBeforeComma(ctx: RoleContext, comma: number, self: NameMatch): string | null {
  const { text, tokens } = ctx;
  let k = comma - 1;
  if (listedPersonEndsAt(ctx, k, self)) return null;
  let role = -1;
  let rightmost = -1;
  let loose = 0; // lowercase words of a complement, right of the role word ("of public prosecutions")
  for (; k >= 0 && comma - k <= 10; k--) {
    const w = tokens[k].text;
    const lower = w.toLowerCase();
    // "American Kevin King and Australian, Timothy Weeks": a surname is no role word
    if (isRoleWord(lower) && !(isCapitalised(w) && insidePerson(ctx, k, self))) {
      role = k;
      if (rightmost < 0) rightmost = k;
    } else if (ROLE_MODIFIERS.has(lower) || isCapitalised(w) || COMPLEMENT_TIES.has(lower)) continue;
    else if (role < 0 && isWordToken(w) && !opensClause(w) && ++loose <= MAX_COMPLEMENT_WORDS) continue;
    else break;
  }
  if (role < 0) return null;
  // "Jim Chilton, senior vice president at Boeing Defense, Space, and Security": the appositive of the name before it
  if (tokens[k]?.text === ',' && ctx.names.some((n) => n !== self && n.kind === 'person' && n.lastToken === k - 1)) return null;
  // lowercase words after the role word must hang from a tie ("director of public prosecutions", not "minister on Tuesday")
  if (loose && !COMPLEMENT_TIES.has(tokens[rightmost + 1]?.text.toLowerCase() ?? '')) return null;
  let from = k + 1;
  if (tokens[from].text === 'The') from++;
  while (from < role && COMPLEMENT_TIES.has(tokens[from].text.toLowerCase())) from++; // never open on "of"
  return from < comma ? text.slice(tokens[from].start, tokens[comma - 1].end) : null;
}

const isRoleWord = (lower: string) => {
  const w = lower.replace(/['’]s$/, '');
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return ROLE_NOUNS.has(w) || OFFICE_WORDS.has(w) || OFFICE_WORDS.has(singular) || OFFICE_WORDS.has(compoundHead(w));
};
/** Prefixes of a hyphenated office ("vice-premier", "co-founder", "ex-president"). */
const OFFICE_PREFIXES = set('co ex vice under deputy acting interim chief');
/**
 * The office a hyphenated word ends in when its first part ranks it ("vice-premier" → "premier");
 * a hyphenated surname ("Caldwell-Pope") ends in no office.
 */
function compoundHead(w: string): string {
  const dash = w.indexOf('-');
  if (dash < 0) return w;
  // "governor-elect", "minister-designate": the office before its status
  if (/-(?:elect|designate)$/.test(w)) return w.slice(0, dash);
  if (w.endsWith('-in-chief')) return 'chief'; // "editor-in-chief", "commander-in-chief"
  const first = w.slice(0, dash);
  return OFFICE_PREFIXES.has(first) || ROLE_MODIFIERS.has(first) || OFFICE_WORDS.has(first) ? w.slice(w.lastIndexOf('-') + 1) : w;
}

/** A person name other than `self` covering token k. */
function insidePerson(ctx: RoleContext, k: number, self: NameMatch): boolean {
  for (const n of ctx.names) if (n !== self && n.kind === 'person' && n.firstToken <= k && k <= n.lastToken) return true;
  return false;
}
const CREDENTIAL = /^(?:MD|PhD|Ph\.D|M\.D|Jr|Sr|DDS|RN|MBA|Esq|QC|KC|MP|\d+)\.?$/;
/** A party and state tag ("D-Minn.", "R-Texas", "(R)"): the mark of a legislator or a party's candidate. */
const PARTY_TAG = /^\(?[DRI](?:-[A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)?\)?,?$/;
const PARTY_TAG_TOKEN = /^(?:[DRI]|[DRI]-[A-Z][A-Za-z]*\.?)$/;
/** Words before a determiner that keep a role phrase going ("director of the …"); any other lowercase word there is a verb. */
const PREPOSITIONS = set('of for at in on to with from by as into under over about between among across within after before since during against via than and or but including like');
/** Words that end a role phrase: a verb or a relative pronoun ("the official who oversees …"). */
const PHRASE_STOPS = set('is was has have had were are will would who whose that');
/** Lowercase words that may stand before a capitalised role in a role phrase ("the President of the Senate"). */
const PHRASE_GLUE = set('the a an and of for & to at');
const OWNER_VERBS = set('founded co-founded cofounded owns owned');
/** Whether an owner's clause names a body ("founded Tesla", "owns the team"), not a thing ("owned a dog"). */
function ownsInstitution(owned: string): boolean {
  const words = owned.split(' ');
  for (let i = 1; i < words.length && i <= 4; i++) if (isCapitalised(words[i]) || ORGANISATION_NOUNS.has(words[i].toLowerCase())) return true;
  return false;
}
/** Verbs of a relative clause that give the person an office ("who heads the agency", "who represents the family"). */
const OFFICE_VERBS = set('advises advised heads headed leads runs ran chairs chaired directs directed oversees oversaw manages managed coaches coached represents represented commands commanded governs governed');
/** Office verbs that also describe running a business of one's own: official only for a named body or an institution. */
const BUSINESS_VERBS = set('runs ran manages managed');
/** A role clause as `roleAfter` writes it: official by its verb. */
const OFFICE_CLAUSE = /^(?:founded|co-founded|cofounded|owns|owned|advises|advised|lead|head|chair|direct|oversee|manage|coach|represent|command|govern|heads|headed|heading|leads|led|leading|runs|run|ran|chairs|chaired|chairing|directs|directed|directing|oversees|overseen|oversaw|overseeing|manages|managed|managing|coaches|coached|coaching|represents|represented|representing|commands|commanded|commanding|governs|governed|governing|in charge)\b/;
/** "-ing" forms after "who is" that give an office ("who is representing the family", "who is running for mayor"). */
const OFFICE_PROGRESSIVES = set('heading leading chairing directing overseeing managing coaching representing commanding governing');
const OFFICE_BASES = set('lead head run chair direct oversee manage coach represent command govern');
/** "to the board", "to the Senate": a seat on a body. */
const SEATS = set('board council committee commission court cabinet senate house assembly parliament legislature bench congress');
/** Whether a clause is "to [the] [up to three words] BODY …" ("to the state Senate", "to the board"). */
function isSeat(clauseText: string): boolean {
  const words = clauseText.split(' ');
  if (words[0] !== 'to') return false;
  for (let i = 1; i < words.length && i <= 5; i++) if (SEATS.has(words[i].toLowerCase())) return true;
  return false;
}
/** "heads to Paris", "headed home": travel, not an office. */
const TRAVEL = /^(?:heads|headed|heading) (?:to|for|into|back|home|off|out|down|up|over)\b/;
const OFFICE_PARTICIPLES = set('led headed run chaired directed overseen managed coached represented commanded governed');
/** A candidacy: "running for mayor", "seeking the Democratic nomination". */
const RUN_FOR = /^(?:(?:running|ran|runs|run) for|seeking|seeks|sought) (.+)$/;
/** What a candidate runs for or seeks ("re-election", "the Democratic nomination", "a second term"). */
const ELECTION_WORDS = set('re-election reelection election office seat nomination term presidency governorship mayoralty');
const isElection = (sought: string) => sought.split(' ', 5).some((w) => ELECTION_WORDS.has(w.toLowerCase()));
const PARTIES = set('Democrat Republican');
/** "a Democrat from Ohio", "a Republican who represents …": how news copy introduces a legislator. */
const PARTY_MEMBER = /\b(?:Democrat|Republican)\s+(?:from|of|representing|who represents)\b/;
/** Verbs after "who" that lead to the role ("who serves as", "who became", "who was named"). */
const LINKING = set('is was serves served became becomes');
const APPOINTED = set('named appointed elected hired promoted installed tapped chosen nominated confirmed re-elected reelected');
const ADVERBS = set('then now also currently still later formerly previously once');

/**
 * A role given after the name: an appositive (", a former official at X,", "— project manager for …"),
 * a relative clause (", who is the defense secretary,", ", who heads the agency,"), a party tag
 * (" (D-N.Y.)", ", R-Texas,") or a copula ("Gonzalez is the city’s chief planner.").
 */
export function roleAfter(ctx: RoleContext, name: NameMatch): string | null {
  const { text, tokens } = ctx;
  let first = name.lastToken + 1;
  const next = tokens[first]?.text;
  const copula = copulaEnd(tokens, first);
  if (copula > 0) {
    let k = copula;
    while (ADVERBS.has(tokens[k]?.text ?? '')) k++;
    const w = tokens[k]?.text ?? '';
    // "Gonzalez is the city’s chief planner", "Hege is CEO of DH", "Ruiz was deputy mayor", "Kane is Tottenham's captain"
    const opensRole = DETERMINER.has(w.toLowerCase()) || isRoleWord(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase()) || (POSSESSIVE_TOKEN.test(w) && isRoleWord(tokens[k + 1]?.text.toLowerCase() ?? ''));
    return opensRole ? rolePhrase(ctx, k, name) : null;
  }
  // " (D-N.Y.)", " (Apple’s chief executive)"
  if (next === '(') return partyTag(text, tokens, first + 1, ')') ?? rolePhrase(ctx, first + 1, name);
  // "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says"
  if (next === 'of' && tokens[first + 1]?.text === 'the') return rolePhrase(ctx, first, name);
  if (next !== ',' && next !== '—' && next !== '–') return null;
  // "Stephen Calderwood, MD, president of …", "Parata, 75, …"
  while (tokens[first + 1] && CREDENTIAL.test(tokens[first + 1].text) && tokens[first + 2]?.text === ',') first += 2;
  const tag = partyTag(text, tokens, first + 1, ',');
  if (tag) return tag;
  // "Ruiz, 52, has been the company’s CEO since 2015": the copula after the appositives
  if (first > name.lastToken + 1 && copulaEnd(tokens, first + 1) > 0) return roleAfter(ctx, { ...name, lastToken: first });
  let k = first + 1;
  if (tokens[k]?.text === 'who') {
    const who = k++;
    while (ADVERBS.has(tokens[k]?.text ?? '')) k++;
    const verb = tokens[k]?.text ?? '';
    // "Jason Foy, who represents Noel", "Scott Paul, who heads the Alliance for American Manufacturing"
    if (OFFICE_VERBS.has(verb)) {
      const role = clause(text, tokens, k);
      // "who runs the agency", not "who runs a cafe on the bank": a business of one's own is no office
      return role && (!BUSINESS_VERBS.has(verb) || tokens[k + 1]?.text === 'for' || ownsInstitution(role)) ? role : null;
    }
    // "who founded Tesla", "who owns the team": an owner or a founder of a named body or a firm
    if (OWNER_VERBS.has(verb)) {
      const owned = clause(text, tokens, k);
      return owned && ownsInstitution(owned) ? owned : null;
    }
    // "Joe Tran, who works for the Transportation Department"
    if (!LINKING.has(verb) && !(verb === 'has' || verb === 'had')) return rolePhrase(ctx, who, name);
    k++;
    // "who has led the company since 2015", "who is representing the family", "who is running for mayor"
    if (OFFICE_PARTICIPLES.has(tokens[k]?.text ?? '') || OFFICE_PROGRESSIVES.has(tokens[k]?.text ?? '')) return clause(text, tokens, k);
    if ((tokens[k]?.text === 'running' && tokens[k + 1]?.text === 'for') || tokens[k]?.text === 'seeking') return clause(text, tokens, k);
    if (tokens[k]?.text === 'been') k++;
    while (ADVERBS.has(tokens[k]?.text ?? '')) k++;
    // "who serves as", "who was named", "who was appointed as"
    if (APPOINTED.has(tokens[k]?.text ?? '') || tokens[k]?.text === 'serving') k++;
    if (tokens[k]?.text === 'as') k++;
  }
  return rolePhrase(ctx, k, name);
}

/** Where a copula starting at token k ends ("is", "was", "has been", "had long been", "will be"): the next token, or 0. */
function copulaEnd(tokens: Token[], k: number): number {
  const w = tokens[k]?.text;
  if (w === 'is' || w === 'was') return k + 1;
  if (w !== 'has' && w !== 'had' && w !== 'will' && w !== 'would') return 0;
  let j = k + 1;
  if (ADVERBS.has(tokens[j]?.text ?? '') || tokens[j]?.text === 'long') j++;
  const be = tokens[j]?.text;
  return (w === 'has' || w === 'had' ? be === 'been' : be === 'be') ? j + 1 : 0;
}

/** A party tag at token k, closed by `close` (" (D-N.Y.)", ", D-Minn.,"), as written; null when there is none. */
function partyTag(text: string, tokens: Token[], k: number, close: string): string | null {
  if (!PARTY_TAG_TOKEN.test(tokens[k]?.text ?? '')) return null;
  let j = k;
  while (j + 1 < tokens.length && j - k < 5 && tokens[j + 1].text !== close && !(close === ',' && tokens[j + 1].text === ')')) j++;
  const closer = tokens[j + 1]?.text;
  if (closer !== close && !(close === ',' && (closer === '.' || closer === undefined))) return null;
  const tag = text.slice(tokens[k].start, tokens[j].end);
  return PARTY_TAG.test(tag.replace(/\s+/g, ' ')) ? tag : null;
}

/** Words that stand between the name and an appointment ("has been", "was later"). */
const AUXILIARIES = set('has have had was is were will would be been being also later then now');
const PASSIVE = set('was is were are be been being');
/** Verbs that take "as ROLE" for their subject ("took over as", "served as", "stepped down as"). */
const AS_VERBS = set('rejoined took takes take taking over stepped steps step down served serves serve serving resigned resigns retired retires remains remained continues continued stays stayed returns returned joined joins started starts began begins left leaves');
const SEEK = set('seeking seeks sought');
const CHARGE_VERBS = set('put placed left named');
/** Verbs that take an organisation before "as ROLE" ("joined Orbit Labs as CFO"). */
const JOIN_VERBS = set('joined joins rejoined left leaves');
/** Verbs whose object takes the office ("replace Pochettino as manager", "named Wolf acting secretary"). */
const SUCCESSION = set('replace replaced replaces replacing succeed succeeded succeeds succeeding');
const MAKE_VERBS = set('named appointed elected hired tapped nominated made picked installed promoted chose');
const BECOME = set('became becomes become becoming');
const SENTENCE_END = set('. ; ! ? “ ” "');
const MAX_SUBJECT_REACH = 10;

/**
 * A role the sentence gives the name in its predicate: an appointment ("Chad Wolf has been named acting
 * secretary", "Hegseth became defense secretary"), a post taken or left ("X took over as coach"), a
 * succession ("X replaced Y as manager of Tottenham": both held the post) or a charge ("put X in charge").
 * Only roles that name an office are returned.
 */
export function rolePredicate(ctx: RoleContext, name: NameMatch): string | null {
  const { text, tokens } = ctx;
  const before = tokens[name.firstToken - 1]?.text.toLowerCase() ?? '';
  let k = name.lastToken + 1;
  // the object of an appointment or a succession: "named Chad Wolf acting secretary", "replace Pochettino as manager"
  if (SUCCESSION.has(before) || MAKE_VERBS.has(before)) {
    const role = tokens[k]?.text === 'as' ? rolePhrase(ctx, k + 1, name) : MAKE_VERBS.has(before) ? rolePhrase(ctx, k, name) : null;
    if (isOfficialRole(role)) return role;
  }
  // "put Kathleen Hawk Sawyer in charge", "Mourinho, in charge of Chelsea"
  if (tokens[k]?.text === 'in' && tokens[k + 1]?.text === 'charge') return clause(text, tokens, k);
  // "Warren is running for president", "Warren, who ran for the Senate"
  const runs = tokens[k]?.text === 'is' || tokens[k]?.text === 'was' ? k + 1 : k;
  if ((tokens[runs]?.text === 'running' || tokens[runs]?.text === 'ran') && tokens[runs + 1]?.text === 'for') return clause(text, tokens, runs);
  // "Warren is seeking the Democratic nomination", "Ruiz, seeking a second term"
  if (SEEK.has(tokens[runs]?.text ?? '')) {
    const sought = clause(text, tokens, runs);
    return isOfficialRole(sought) ? sought : null;
  }
  let aux = 0;
  let passive = false;
  for (; AUXILIARIES.has(tokens[k]?.text ?? '') && aux < 3; k++, aux++) if (PASSIVE.has(tokens[k].text)) passive = true;
  const verb = tokens[k]?.text ?? '';
  let role: string | null = null;
  // "Sawyer was put in charge of the bureau", "Ruiz is in charge of the inquiry"
  const charge = CHARGE_VERBS.has(verb) ? k + 1 : k;
  if (aux > 0 && tokens[charge]?.text === 'in' && tokens[charge + 1]?.text === 'charge') return clause(text, tokens, charge);
  // "Chad Wolf has been named new DHS acting secretary" (not "Trump has named a new chief of staff")
  if (APPOINTED.has(verb) && (passive || tokens[k + 1]?.text === 'as')) {
    k++;
    if (tokens[k]?.text === 'as' || (tokens[k]?.text === 'to' && tokens[k + 1]?.text === 'be')) k += tokens[k].text === 'as' ? 1 : 2;
    // "was tapped to lead the agency", "was elected to the Senate", "was appointed to the board"
    if (tokens[k]?.text === 'to') role = clause(text, tokens, OFFICE_BASES.has(tokens[k + 1]?.text ?? '') ? k + 1 : k);
    else role = rolePhrase(ctx, k, name);
  } else if (BECOME.has(verb)) role = rolePhrase(ctx, k + 1, name);
  else if (verb === 'as' && aux === 0) role = rolePhrase(ctx, k + 1, name);
  else {
    // "took over as", "stepped down as", "has served as", "joined Orbit Labs as"
    let j = k;
    while (AS_VERBS.has(tokens[j]?.text ?? '') && j - k < 2) j++;
    if (j > k && JOIN_VERBS.has(tokens[k].text)) while (j < tokens.length && j - k < 5 && isCapitalised(tokens[j].text)) j++;
    if (j > k && tokens[j]?.text === 'as') role = rolePhrase(ctx, j + 1, name);
    // the subject of a succession: "Mourinho has agreed a deal to replace Pochettino as Tottenham's manager"
    else role = successionRole(ctx, name, k);
  }
  return isOfficialRole(role) ? role : null;
}

/** "X … replace(d)/succeed(ed) Y as ROLE" within the sentence: X takes the office Y held. */
function successionRole(ctx: RoleContext, name: NameMatch, from: number): string | null {
  const { tokens } = ctx;
  for (let k = from; k < tokens.length && k - from < MAX_SUBJECT_REACH; k++) {
    const w = tokens[k].text;
    if (SENTENCE_END.has(w) || w === ',') return null;
    const other = ctx.nameStarts.get(k);
    if (other && other !== name) return null;
    if (!SUCCESSION.has(w.toLowerCase())) continue;
    const object = ctx.nameStarts.get(k + 1);
    if (!object || object.kind !== 'person' || tokens[object.lastToken + 1]?.text !== 'as') return null;
    return rolePhrase(ctx, object.lastToken + 2, name);
  }
  return null;
}

/** What only an office holder has ("Tony Abbott’s office", "Trump's administration", "Warren's spokeswoman"). */
const HELD = set('office administration government cabinet presidency premiership ministry campaign spokesman spokeswoman spokesperson spokespeople aide aides staff chief-of-staff');
const SERVING = set('aide aides adviser advisers advisor advisors staffer staffers');
const HELD_MODIFIERS = set('own former new top chief senior press longtime first');
const POSSESSIVE_TOKEN = /['’]s$/;

/**
 * Whether the sentence shows the person holding an office without naming it: a possessive of an
 * office or of its staff ("Tony Abbott’s office", "Trump's administration", "Warren's spokeswoman"),
 * or staff who serve them ("an aide to Ruiz", "chief of staff to Ruiz").
 */
export function holdsOffice(ctx: RoleContext, name: NameMatch): boolean {
  const { tokens } = ctx;
  const last = tokens[name.lastToken];
  if (last && POSSESSIVE_TOKEN.test(last.text)) {
    for (let k = name.lastToken + 1; k < tokens.length && k <= name.lastToken + 3; k++) {
      const w = tokens[k].text.toLowerCase();
      if (HELD.has(w)) return true;
      if (!HELD_MODIFIERS.has(w)) break;
    }
  }
  // "an aide to Ruiz" (not "a spokesman for …", which as often names a company)
  if (tokens[name.firstToken - 1]?.text.toLowerCase() !== 'to') return false;
  const served = tokens[name.firstToken - 2]?.text.toLowerCase() ?? '';
  return SERVING.has(served) || (served === 'staff' && tokens[name.firstToken - 3]?.text.toLowerCase() === 'of');
}

/** The clause from token k to the next comma or sentence end, as written ("heads the Alliance for American Manufacturing"). */
function clause(text: string, tokens: Token[], k: number): string | null {
  let j = k;
  const ends = (t: Token, after: Token | undefined) => SENTENCE_END.has(t.text) || t.text === ',' || t.text === '(' || (t.text === 'and' && after !== undefined && !isCapitalised(after.text));
  while (j + 1 < tokens.length && j - k < MAX_ROLE_TOKENS && !ends(tokens[j + 1], tokens[j + 2])) j++;
  return k < tokens.length ? text.slice(tokens[k].start, tokens[j].end) : null;
}

/** The role phrase starting at token k, up to the end of the clause; null when it names no role. */
function rolePhrase(ctx: RoleContext, k: number, self: NameMatch): string | null {
  const { text, tokens } = ctx;
  const parts: Token[] = [];
  let sawRole = false;
  let plainBefore = false;
  for (; k < tokens.length && parts.length < MAX_ROLE_TOKENS; k++) {
    const w = tokens[k].text;
    if (w === ',' || w === '.' || w === ';' || w === '“' || w === '"' || w === '(' || w === ')' || w === '—' || w === '–' || APPOSITIVE_END.has(w)) break;
    if (!parts.length || (parts.length === 1 && DETERMINER.has(parts[0].text.toLowerCase()))) {
      if (titledPersonStartsAt(ctx, k, self)) return null;
    }
    // "Uber has deliberately ignored city regulators": a clause, not an appositive; "the official who oversees …": the role ends
    if (parts.length && PHRASE_STOPS.has(w)) break;
    // "the company created a speaker": a verb and its object, not an appositive (after "director of the …" a preposition leads)
    if (parts.length && DETERMINER.has(w) && startsLowercase(parts[parts.length - 1].text) && !PREPOSITIONS.has(parts[parts.length - 1].text) && !isRoleWord(parts[parts.length - 1].text) && !ROLE_MODIFIERS.has(parts[parts.length - 1].text) && !ADVERBS.has(parts[parts.length - 1].text)) {
      if (!sawRole) return null;
      break;
    }
    if (w === 'and') {
      // "CEO and founder", "Teresa’s husband and Tor’s editor in chief", "Health and Human Services secretary" run on;
      // "her former record label and a couple of politicians" and "… and Alex Azar" end the role
      const other = ctx.nameStarts.get(k + 1);
      if (other && other.kind === 'person') break;
      if (!sawRole && !isCapitalised(parts[parts.length - 1]?.text ?? '')) break;
    }
    // "Lakers great Magic Johnson and Lakers assistant coach Jason Kidd": a list of people
    const inner = ctx.nameStarts.get(k);
    if (inner && inner !== self && inner.kind === 'person' && tokens[inner.lastToken + 1]?.text === 'and') return null;
    // a capitalised role word after ordinary lowercase words is part of a name or a title ("… its album The Captain and Me")
    if ((isRoleWord(w.toLowerCase()) && !(isCapitalised(w) && plainBefore && !INSTITUTIONS.has(w.toLowerCase()))) || PARTIES.has(w)) sawRole = true;
    if (!isCapitalised(w) && !PHRASE_GLUE.has(w) && !ROLE_MODIFIERS.has(w) && !ADVERBS.has(w) && !HELD_MODIFIERS.has(w) && !POSSESSIVE_TOKEN.test(w) && isWordToken(w)) plainBefore = true;
    parts.push(tokens[k]);
  }
  // "Inter Milan, has turned down …", "Rudolph, hitting him in the head": a clause, not a role
  if (!parts.length || opensClause(parts[0].text)) return null;
  // a capitalised role is a role ("CEO and Founder of Ceres Robotics Inc."); capitalised words without one are a name or a headline
  const words = parts.map((t) => t.text.toLowerCase());
  if (!sawRole || /^\d/.test(words[0])) return null;
  const start = DETERMINER.has(words[0]) && parts.length > 1 ? parts[1].start : parts[0].start;
  return text.slice(start, parts[parts.length - 1].end);
}

const RELATIVES = set('wife husband widow widower son daughter mother father brother sister child nephew niece cousin friend girlfriend boyfriend partner grandson granddaughter');
const IGNORED = set('a an the former late his her their its our my');
/** Institutions: an office of the person only when named ("the Transportation Department") or tied ("member of the council"), not "an unfolding cabinet of wonders". */
const INSTITUTIONS = set('administration government ministry department agency cabinet parliament congress senate council commission party secretariat police');
const POSSESSOR = /^(.*)['’]s$/;
/** Conjuncts of a role ("Teresa’s husband and Tor’s editor in chief"), each judged on its own. */
const CONJUNCTS = /\s+(?:and|&)\s+|\s*[;,]\s*/;

/** Whether a role describes an official, public or institutional position (a relative of an official does not count). */
export function isOfficialRole(role: string | null): boolean {
  if (!role) return false;
  const trimmed = role.trim();
  if (TRAVEL.test(trimmed)) return false;
  if (PARTY_TAG.test(trimmed) || OFFICE_CLAUSE.test(trimmed) || PARTY_MEMBER.test(trimmed) || isSeat(trimmed)) return true;
  // "running for mayor", "ran for the Senate", "running for re-election" (not "running for charity")
  const run = RUN_FOR.exec(trimmed);
  if (run) return isElection(run[1]) || isOfficialRole(run[1]);
  return trimmed.split(CONJUNCTS).some(isOfficialPart);
}

function isOfficialPart(part: string): boolean {
  // "Tor’s editor in chief", "the Agency’s": a possessor ties the role to an institution but holds no office itself
  let tied = false;
  const words: string[] = [];
  for (const raw of part.split(/\s+/)) {
    const possessor = POSSESSOR.exec(raw);
    // an institution or a person possesses the role ("Tor’s", "the company’s"); a thing does not ("the cat’s owner")
    if (possessor && (isCapitalised(possessor[1]) || ORGANISATION_NOUNS.has(possessor[1].toLowerCase()))) tied = true;
    for (const w of (possessor ? '' : raw).split(/[^\p{L}-]+/u)) if (w && !IGNORED.has(w.toLowerCase())) words.push(w);
  }
  // "wife of the mayor", "younger brother of the Taliban’s deputy leader"
  if (!words.length || words.slice(0, 2).some((w, i) => RELATIVES.has(w.toLowerCase()) && !rankedPartner(words, i))) return false;
  const own = ownWords(words);
  // an office word in front of an occupation or a newsroom job only qualifies it ("head chef", "chief political correspondent")
  const offices = own.filter((o, i) => isOffice(o.word) && o.counts && !qualifiesJob(own, i));
  if (!offices.length) return false;
  // "founding members", "veteran": official only when tied to an institution ("White House veteran", "member of the council")
  // "board member", "party member": an organisation noun ties a weak office too
  return offices.some((o) => !WEAK_OFFICES.has(o.word.replace(/s$/, ''))) || tied || words.some((w) => COMPLEMENT_TIES.has(w) || isCapitalised(w) || ORGANISATION_NOUNS.has(w));
}

/** An office word followed, before any tie, by an occupation or job label that it only ranks. */
function qualifiesJob(own: OwnWord[], i: number): boolean {
  for (let j = i + 1; j < own.length && j <= i + 2; j++) {
    const w = own[j].word;
    if (TIES.has(w)) return false;
    if (OCCUPATIONS.has(w) || JOB_LABELS.has(w)) return true;
  }
  return false;
}

const WEAK_OFFICES = set('member veteran founder co-founder owner boss partner');
/** "managing partner", "a partner at Goldman": a partner in a firm, not in a family. */
function rankedPartner(words: string[], i: number): boolean {
  if (words[i].toLowerCase() !== 'partner') return false;
  return (i > 0 && ROLE_MODIFIERS.has(words[i - 1].toLowerCase())) || words[i + 1] === 'at' || words[i + 1] === 'of';
}
const isOffice = (w: string) => OFFICE_WORDS.has(w) || OFFICE_WORDS.has(compoundHead(w)) || (w.endsWith('s') && OFFICE_WORDS.has(w.slice(0, -1)));

/** Words that tie a role to an institution ("fellow at the …", "director of …"). */
const TIES = set('of at for with from');
const NAME_JOINERS = set('of on for and');
/** Institutions whose staff are government staff, whatever their job ("works for the Transportation Department"). */
const GOVERNMENT_BODIES = set('department ministry agency administration government police parliament congress senate cabinet secretariat');

interface OwnWord {
  word: string;
  /** Whether an office word here counts: institutions only when named or tied. */
  counts: boolean;
}

/**
 * The role's own words, lowercased, leaving out the name of the institution it ties the person to
 * unless that is a government body: in "senior fellow at the Council on Foreign Relations" the office
 * word "Council" is part of a name, and a fellow there holds no office (GUIDELINES §12).
 */
function ownWords(words: string[]): OwnWord[] {
  const own: OwnWord[] = [];
  let inName = false;
  let afterTie = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.toLowerCase();
    if (inName && (isCapitalised(w) || (NAME_JOINERS.has(w) && isCapitalised(words[i + 1] ?? '')))) {
      if (GOVERNMENT_BODIES.has(lower)) own.push({ word: lower, counts: true });
      continue;
    }
    inName = TIES.has(w);
    if (inName) afterTie = true;
    // an institution counts when named or tied ("member of the council"); a person's office after a tie is somebody
    // else's ("a critic of the mayor"), unless it heads the role ("adviser to the president" counts by "adviser")
    const institution = INSTITUTIONS.has(lower);
    own.push({ word: lower, counts: institution ? afterTie || isCapitalised(w) : !afterTie });
  }
  return own;
}
