import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PracticeNote } from '@/utils/db/schema';
import { FIRST_VIEW, type SearchResult } from '@/utils/hooks/use-search';
import { groupByOrganisation } from '@/utils/search/group-results';
import type { ServiceSummary } from '@/utils/search/service-cards';
import { MoreFromOrganisation } from './MoreFromOrganisation';
import { memo } from './memo';
import { ServiceCard } from './ServiceCard';

interface Props {
  results: SearchResult[];
  /** How many results the answer has, when `results` holds only the first of them so far. */
  size?: number;
  onSaveNote?(note: PracticeNote): Promise<void>;
  onRefer?(service: ServiceSummary): void;
  onShare?(service: ServiceSummary): void;
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
/** Cards added each time the reader scrolls near the end of those drawn, or arrows past the last. */
const WINDOW_STEP = 8;

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
 * The ranked results, windowed: each keystroke draws only the first cards, in its own frame, and more are drawn
 * as the reader scrolls towards the end of those drawn (an IntersectionObserver on a marker below them) or arrows
 * past the last one — so typing never waits for cards nobody sees. Each item states the list's size and its place
 * (aria-setsize / aria-posinset), so a screen reader counts the whole answer. Where there is no
 * IntersectionObserver, the rest are drawn when the browser is idle. Arrow keys move between them; Enter opens one.
 * An organisation with many matching records shows one or two of them, and "N more from …" opens the rest.
 * Memoised: a keystroke's first render (before its results) leaves the list as it is.
 */
export const ServiceList = memo(function ServiceList({
  results,
  size = results.length,
  onSaveNote,
  onRefer,
  onShare,
}: Props) {
  // The window belongs to the results it was grown for: new results start with the first cards only.
  const [grown, setGrown] = useState<{ results: SearchResult[]; count: number }>();
  const groups = useMemo(() => groupByOrganisation(results), [results]);
  const count = grown?.results === results ? grown.count : FIRST_WINDOW;
  const shown = Math.min(count, groups.length);
  // Results not read yet count as one card each, so the size a screen reader hears does not shrink as they arrive.
  const setSize = groups.length + Math.max(0, size - results.length);
  const list = useRef<HTMLOListElement>(null);
  const end = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number | undefined>(undefined);
  const grow = (to: number) => setGrown({ results, count: Math.max(count, to) });
  // One observer per window drawn, not per render: each keystroke's results start one, and growing starts the next.
  useEffect(() => {
    if (shown >= groups.length) return;
    if (typeof IntersectionObserver !== 'function') return whenIdle(() => grow(groups.length));
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) grow(count + WINDOW_STEP);
      },
      { rootMargin: '400px 0px' },
    );
    if (end.current) observer.observe(end.current);
    return () => observer.disconnect();
  }, [results, count, shown, groups.length]);
  useEffect(() => {
    // Arrowing past the last card drawn draws more, then moves on to the next one.
    if (focusNext.current === undefined) return;
    list.current
      ?.querySelectorAll<HTMLElement>(':scope > li > .service-card [data-result-toggle]')
      [focusNext.current]?.focus();
    focusNext.current = undefined;
  });
  function keys(event: KeyboardEvent): void {
    const toggles = list.current?.querySelectorAll(':scope > li > .service-card [data-result-toggle]');
    const last = toggles?.[toggles.length - 1];
    const more = shown < groups.length;
    if (more && event.key === 'End') {
      event.preventDefault();
      focusNext.current = groups.length - 1;
      grow(groups.length);
    } else if (more && event.key === 'ArrowDown' && last && last === document.activeElement) {
      event.preventDefault();
      focusNext.current = shown;
      grow(count + WINDOW_STEP);
    } else moveBetweenResults(event, list.current);
  }
  return (
    <>
      <ol class="service-list" aria-label="Services" ref={list} onKeyDown={keys}>
        {groups.slice(0, shown).map(({ result, more }, i) => (
          <li key={result.service.id} aria-setsize={setSize} aria-posinset={i + 1}>
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
      {shown < groups.length && <div ref={end} class="service-list__more" />}
    </>
  );
});
