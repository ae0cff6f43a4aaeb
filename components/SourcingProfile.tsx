// Who gets heard on a page, compactly: its voices, each speaker's share of the quoted words as a
// bar, officials against everyone else, named against unnamed. Every part is a button that picks
// the quotes it counts (`onSelect`, again to drop the pick); the bars are drawn for the eye and the
// buttons beside them carry the same numbers in text, for screen readers.
import type { ComponentChildren } from 'preact';
import type { ProfilePart, SourcingProfile as Profile, Tally } from '@/utils/sourcing-profile';
import { comparisons, kindTally, namelessSegments, namelessText, partLabel, percent, plural, quotesText, samePart, tallyText, type Segment } from './profile-labels';

/** Speakers named in the legend under the share bar; the list below the profile has them all. */
const LEGEND_SPEAKERS = 3;
const PALETTE_SIZE = 6;

interface Props {
  profile: Profile;
  selected: ProfilePart | null;
  onSelect(part: ProfilePart | null): void;
  /** The section's heading and its level (the notes page shows a profile per page under its own heading). */
  title?: string;
  level?: 2 | 3;
}

type Coloured = Segment & { color: string };

export function SourcingProfile({ profile, selected, onSelect, title = 'Who gets heard', level = 2 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  if (profile.quotes === 0) return null;
  const total = profile.words;
  const pick = (part: ProfilePart) => onSelect(samePart(selected, part) ? null : part);
  const part = (p: ProfilePart, tally: Tally, children: ComponentChildren) => (
    <PartButton part={p} tally={tally} total={total} pressed={samePart(selected, p)} onPick={pick}>{children}</PartButton>
  );
  const rows = comparisons(profile);
  const speakers: Coloured[] = profile.speakers.map((s, i) => ({ part: { part: 'speaker', speaker: s.speaker }, tally: s, color: `c${i % PALETTE_SIZE}` }));
  const nameless: Coloured[] = namelessSegments(profile).map((s) => ({ ...s, color: s.part.part }));
  const { people, organisations } = profile.voices;

  return (
    <section class="profile" aria-label={title}>
      <Heading>{title}</Heading>
      <p class="voices">
        {quotesText(profile.quotes)}, {total} quoted words. Voices:{' '}
        {people !== null && organisations !== null ? (
          <>
            {part({ part: 'person' }, kindTally(profile, 'person'), plural(people, 'person', 'people'))}{' '}
            {part({ part: 'organisation' }, kindTally(profile, 'organisation'), plural(organisations, 'organisation'))}
          </>
        ) : (
          part({ part: 'named' }, profile.named, plural(profile.voices.named, 'named speaker'))
        )}
        {nameless.map((s) => (
          <span key={s.part.part}> {part(s.part, s.tally, namelessText(s.part, s.tally.quotes))}</span>
        ))}
      </p>

      <p class="bar-title">Share of quoted words</p>
      <Bar segments={[...speakers, ...nameless]} total={total} selected={selected} onPick={pick} />
      <ul class="legend">
        {speakers.slice(0, LEGEND_SPEAKERS).map((s) => (
          <li key={partLabel(s.part)}>
            {part(s.part, s.tally, <><span class={`swatch ${s.color}`} aria-hidden="true" />{partLabel(s.part)} {percent(s.tally.words, total)}</>)}
          </li>
        ))}
        {speakers.length > LEGEND_SPEAKERS && <li class="muted">and {speakers.length - LEGEND_SPEAKERS} more below</li>}
      </ul>

      {rows.map((row) => (
        <div key={row.title} class="comparison">
          <p class="bar-title">{row.title}</p>
          <Bar segments={row.segments.map((s, i) => ({ ...s, color: i === 0 ? 'first' : s.part.part }))} total={total} selected={selected} onPick={pick} />
          <p class="split">
            {row.segments.map((s, i) => (
              <span key={s.part.part}>
                {i > 0 && ' · '}
                {part(s.part, s.tally, `${partLabel(s.part)} ${percent(s.tally.words, total)}`)}
              </span>
            ))}
          </p>
        </div>
      ))}
    </section>
  );
}

/** A part of the profile as a toggle; what it shows is followed, for screen readers, by its full numbers. */
function PartButton({ part, tally, total, pressed, onPick, children }: { part: ProfilePart; tally: Tally; total: number; pressed: boolean; onPick(p: ProfilePart): void; children: ComponentChildren }) {
  const numbers = `${partLabel(part)}: ${tallyText(tally, total)}`;
  return (
    <button type="button" class="part" data-part={part.part} aria-pressed={pressed} title={numbers} disabled={tally.quotes === 0} onClick={() => onPick(part)}>
      {children}
      <span class="sr-only"> ({numbers})</span>
    </button>
  );
}

/** A bar split by share of quoted words, for the eye and the mouse (the buttons say the same in text). */
function Bar({ segments, total, selected, onPick }: { segments: Coloured[]; total: number; selected: ProfilePart | null; onPick(p: ProfilePart): void }) {
  return (
    <div class="bar" aria-hidden="true">
      {segments
        .filter((s) => s.tally.words > 0)
        .map((s) => (
          <span
            key={partLabel(s.part)}
            class={`seg ${s.color}${samePart(selected, s.part) ? ' selected' : ''}`}
            style={{ width: `${(100 * s.tally.words) / total}%` }}
            title={`${partLabel(s.part)}: ${tallyText(s.tally, total)}`}
            onClick={() => onPick(s.part)}
          />
        ))}
    </div>
  );
}
