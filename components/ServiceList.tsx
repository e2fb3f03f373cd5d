import type { PracticeNote } from '@/utils/db/schema';
import type { Service } from '@/utils/directory/service';
import type { SearchResult } from '@/utils/hooks/use-search';
import { ServiceCard } from './ServiceCard';

interface Props {
  results: SearchResult[];
  onSaveNote?(note: PracticeNote): Promise<void>;
  onRefer?(service: Service): void;
  onShare?(service: Service): void;
}

/** Moves focus between the results' name buttons with the arrow keys (Home/End for the first and last). */
export function moveBetweenResults(event: KeyboardEvent, list: Element | null): void {
  const toggles = Array.from(list?.querySelectorAll<HTMLElement>('[data-result-toggle]') ?? []);
  if (toggles.length === 0) return;
  const at = toggles.indexOf(document.activeElement as HTMLElement);
  const next =
    event.key === 'ArrowDown'
      ? Math.min(at + 1, toggles.length - 1)
      : event.key === 'ArrowUp'
        ? at - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? toggles.length - 1
            : undefined;
  if (next === undefined || at === -1) return;
  event.preventDefault();
  if (next < 0) {
    // Up from the first result goes back to the search box.
    document.getElementById('search')?.focus();
    return;
  }
  toggles[next]?.focus();
}

/** The ranked results. Arrow keys move between them; Enter opens one. */
export function ServiceList({ results, onSaveNote, onRefer, onShare }: Props) {
  return (
    <ol
      class="service-list"
      aria-label="Services"
      onKeyDown={(event) => moveBetweenResults(event, event.currentTarget)}
    >
      {results.map(({ service, why, note }) => (
        <li key={service.id}>
          <ServiceCard
            service={service}
            why={why}
            note={note}
            onSaveNote={onSaveNote}
            onRefer={onRefer}
            onShare={onShare}
          />
        </li>
      ))}
    </ol>
  );
}
