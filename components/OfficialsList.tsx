import type { PersonSummary } from '@/utils/page-summary';

export function OfficialsList({ people }: { people: PersonSummary[] }) {
  const officials = people.filter((p) => p.official);
  if (officials.length === 0) return null;
  return (
    <section aria-label="Officials">
      <h2>Officials ({officials.length})</h2>
      <ul>
        {officials.map((p) => (
          <li key={p.name} class="official">
            <span class="speaker">{p.name}</span>
            {p.role && <span class="role">, {p.role}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
