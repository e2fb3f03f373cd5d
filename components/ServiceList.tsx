import { useEffect, useState } from 'preact/hooks';
import type { PracticeNote } from '@/utils/db/schema';
import type { Service } from '@/utils/directory/service';
import { FIRST_VIEW, type SearchResult } from '@/utils/hooks/use-search';
import { ServiceCard } from './ServiceCard';

interface Props {
  results: SearchResult[];
  /** How many results the answer has, when `results` holds only the first of them so far. */
  size?: number;
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
export const FIRST_WINDOW = FIRST_VIEW;

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
 * screen readers. Arrow keys move between them; Enter opens one.
 */
export function ServiceList({ results, size = results.length, onSaveNote, onRefer, onShare }: Props) {
  // The whole list is kept only for the results it was filled for: new results start windowed in their first frame.
  const [filled, setFilled] = useState<SearchResult[]>();
  const shown = filled === results ? results.length : FIRST_WINDOW;
  useEffect(() => {
    if (shown >= results.length) return;
    return whenIdle(() => setFilled(results));
  }, [results, shown]);
  return (
    <ol
      class="service-list"
      aria-label="Services"
      onKeyDown={(event) => moveBetweenResults(event, event.currentTarget)}
    >
      {results.slice(0, shown).map(({ service, why, note }, i) => (
        // The list's size and each card's place are stated, so a screen reader counts the whole list while the
        // later cards are still being drawn.
        <li key={service.id} aria-setsize={Math.max(size, results.length)} aria-posinset={i + 1}>
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
