// Word tokens with offsets. Abbreviations and initials keep their period ("Mr.", "M.", "U.S.").

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const KEEPS_PERIOD = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Maj|Jr|Sr|St|Rev|Supt|Insp|Det|Hon)$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    if (text[end] === '.' && KEEPS_PERIOD.test(m[0])) end++;
    tokens.push({ text: text.slice(m.index, end), start: m.index, end });
    WORD.lastIndex = end;
  }
  return tokens;
}

export const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII fast path
  return /^\p{Lu}/u.test(word);
};
export const isWord = (t: Token | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);
