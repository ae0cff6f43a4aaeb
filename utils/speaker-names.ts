// One name per speaker: the engine gives some speakers as written, one word ("Lopes", "Tottenham").
// Such a speaker is the one fuller speaker name that ends in that word ("Rosaly Lopes"), so that a
// reader sees one speaker, not two. Shared by the popup's list and the sourcing profile so both count alike.

/** Maps each speaker name to the name it is shown under (itself, or the one fuller name ending in it). */
export function canonicalSpeakers(names: Iterable<string>): Map<string, string> {
  const all = [...new Set(names)];
  const canonical = new Map<string, string>();
  for (const name of all) {
    const fuller = name.includes(' ') ? [] : all.filter((other) => other.endsWith(` ${name}`));
    canonical.set(name, fuller.length === 1 ? fuller[0] : name);
  }
  return canonical;
}
