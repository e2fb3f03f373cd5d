import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PracticeNote } from '@/utils/db/schema';
import type { Service } from '@/utils/directory/service';
import type { SearchResult } from '@/utils/hooks/use-search';
import { groupByOrganisation } from '@/utils/search/group-results';
import { MoreFromOrganisation } from './MoreFromOrganisation';
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

/** Cards rendered in the keystroke's own frame: more than a side panel shows at once. */
export const FIRST_WINDOW = 8;

/** Runs `work` when the browser is idle (after the frame that shows the first cards); answers a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

/**
 * The ranked results. Each keystroke renders the first few cards at once and the rest when the browser is idle,
 * so results are painted within a frame while typing; a pause fills in the whole list for scrolling, arrow keys and
 * screen readers. Arrow keys move between them; Enter opens one. An organisation with many matching records shows
 * one or two of them, and "N more from …" opens the rest.
 */
export function ServiceList({ results, onSaveNote, onRefer, onShare }: Props) {
  // The whole list is kept only for the results it was filled for: new results start windowed in their first frame.
  const [filled, setFilled] = useState<SearchResult[]>();
  const groups = useMemo(() => groupByOrganisation(results), [results]);
  const shown = filled === results ? groups.length : FIRST_WINDOW;
  useEffect(() => {
    if (shown >= groups.length) return;
    return whenIdle(() => setFilled(results));
  }, [results, groups, shown]);
  return (
    <ol
      class="service-list"
      aria-label="Services"
      onKeyDown={(event) => moveBetweenResults(event, event.currentTarget)}
    >
      {groups.slice(0, shown).map(({ result, more }) => (
        <li key={result.service.id}>
          <ServiceCard
            service={result.service}
            why={result.why}
            note={result.note}
            onSaveNote={onSaveNote}
            onRefer={onRefer}
            onShare={onShare}
          />
          {more.length > 0 && (
            <MoreFromOrganisation
              lead={result}
              more={more}
              onSaveNote={onSaveNote}
              onRefer={onRefer}
              onShare={onShare}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
