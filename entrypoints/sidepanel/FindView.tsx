import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FilterPanel } from '@/components/FilterPanel';
import { NeedChips } from '@/components/NeedChips';
import { SafetyNotice } from '@/components/SafetyNotice';
import { ServiceList } from '@/components/ServiceList';
import { safetyNoticesItem } from '@/utils/config/storage-items';
import { saveNote } from '@/utils/db/queries';
import type { Service } from '@/utils/directory/service';
import { wholeService } from '@/utils/hooks/preload-search';
import { useSearch } from '@/utils/hooks/use-search';
import { useStoredValue } from '@/utils/hooks/use-stored-value';
import type { SafetyTopicId } from '@/utils/needs/vocabulary-safety';
import { DEFAULT_SAFETY_NOTICES } from '@/utils/safety/safety-notices';
import { needLabel } from '@/utils/search/explain-hit';
import { type FilterValues, NO_FILTERS } from '@/utils/search/filter-values';
import { needCounts } from '@/utils/search/need-counts';
import type { ServiceSummary } from '@/utils/search/service-cards';

/** Results shown at first, and added by each "Show more": a short list renders at once, even at 50,000 services. */
const RESULT_PAGE = 25;

function countText(shown: number, total: number, searching: boolean, query: string, size: number): string {
  if (!searching) return `${size} services in the directory`;
  if (total === 0) return query.trim() ? `No services match "${query.trim()}"` : 'No services match these filters';
  const of = total > shown ? `Top ${shown} of ${total}` : `${total}`;
  return `${of} ${total === 1 ? 'service matches' : 'services match'}`;
}

interface Props {
  /** Services in the directory; undefined while the cache is read. */
  directorySize: number | undefined;
  onRefer(service: Service): void;
  onShare(service: Service): void;
  /** Set when the panel opens with a search (`?q=`). */
  initialQuery?: string;
  /** Safety topics in the consultation note's suggested needs: their notice shows even before anything is typed. */
  noteSafety?: SafetyTopicId[];
}

/** The GP's view: type, see why each service matched, narrow with chips and filters, refer or share. */
export function FindView({ directorySize, onRefer, onShare, initialQuery = '', noteSafety = [] }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [chips, setChips] = useState<string[]>([]);
  const [filterValues, setFilterValues] = useState<FilterValues>(NO_FILTERS);
  const [limit, setLimit] = useState(RESULT_PAGE);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // The GP opens the panel to type: the search box takes focus straight away.
  useEffect(() => searchBox.current?.focus(), []);
  // A new search starts from the first page of results again.
  useEffect(() => setLimit(RESULT_PAGE), [query, filterValues, chips]);
  const search = useSearch(query, filterValues, chips, limit);
  const notices = useStoredValue(safetyNoticesItem) ?? DEFAULT_SAFETY_NOTICES;
  // The typed words come first; the note's topics follow unless the search already shows them.
  const fromNote = useMemo(
    () => noteSafety.filter((topic) => !search.safety.includes(topic)),
    [noteSafety, search.safety],
  );
  const { problems, active } = search;
  const needChips = useMemo(() => needCounts(search.index), [search.index]);
  const audiences = useMemo(() => [...(search.index?.audiences ?? [])].sort(), [search.index]);
  const empty = directorySize === 0;
  const searching = query.trim() !== '' || chips.length > 0 || active > 0;
  // Stable across keystrokes, so the chips (memoised) redraw only when their own props change.
  const toggleChip = useCallback(
    (id: string) => setChips((now) => (now.includes(id) ? now.filter((c) => c !== id) : [...now, id])),
    [],
  );

  // Cards may be drawn from their summaries: Refer and Share are given the whole service, read from its row. If it
  // cannot be read, the GP is told why; nothing already stored changes.
  const [readProblem, setReadProblem] = useState<string>();
  const withWhole = useCallback(
    (then: (service: Service) => void) => (card: ServiceSummary) => {
      setReadProblem(undefined);
      wholeService(card)
        .then((service) =>
          service
            ? then(service)
            : setReadProblem(
                `${card.name} is no longer in the directory (it changed since this search). Search again.`,
              ),
        )
        .catch(() => setReadProblem(`${card.name}'s details could not be read. Try again.`));
    },
    [],
  );
  const refer = useMemo(() => withWhole(onRefer), [withWhole, onRefer]);
  const share = useMemo(() => withWhole(onShare), [withWhole, onShare]);

  function searchKeys(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const first = list.current?.querySelector<HTMLElement>('[data-result-toggle]');
    if (!first) return;
    // Down from the search box lands on the first result; the list's own handler takes it on from there.
    event.preventDefault();
    first.focus();
  }

  return (
    <>
      <div class="search">
        <label class="search__label" for="search">
          Search services
        </label>
        <input
          id="search"
          class="search__input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          ref={searchBox}
          placeholder="e.g. lonely, money worries, carers"
          aria-describedby="search-reading search-keys"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={searchKeys}
        />
        <p id="search-keys" class="visually-hidden">
          Press the down arrow to move to the results, Enter to open one.
        </p>
        <p id="search-reading" class="search__reading">
          {search.corrections.length > 0 &&
            `Searching for ${search.corrections.map((c) => `"${c.to}"`).join(', ')} (typed ${search.corrections
              .map((c) => `"${c.from}"`)
              .join(', ')}). `}
          {search.needs.length > 0 && `Needs: ${search.needs.map(needLabel).join(', ')}.`}
        </p>
      </div>
      <NeedChips chips={needChips} selected={chips} detected={search.needs} onToggle={toggleChip} />
      <FilterPanel
        value={filterValues}
        audiences={audiences}
        postcodeProblem={problems.postcode ?? problems.age}
        active={active}
        onChange={setFilterValues}
      />
      <SafetyNotice topics={search.safety} notices={notices} source="search" />
      <SafetyNotice topics={fromNote} notices={notices} source="note" />
      {/* The cards' names are h3s: the results need a heading of their own to sit under (and to jump to). */}
      <h2 class="visually-hidden">Results</h2>
      <p
        class="result-count"
        role="status"
        aria-live="polite"
        data-testid="result-count"
        data-answered={search.answered}
      >
        {directorySize === undefined || empty
          ? ''
          : !search.ready
            ? 'Loading the directory…'
            : searching && search.answered !== query
              ? // The results on screen answer an earlier query: never say "No services match" for this one yet.
                'Searching…'
              : countText(search.shown, search.total, searching, query, directorySize)}
      </p>
      {readProblem && (
        <p class="notice notice--warning" role="alert">
          {readProblem}
        </p>
      )}
      <div ref={list}>
        <ServiceList
          results={search.results}
          size={search.shown}
          onSaveNote={saveNote}
          onRefer={refer}
          onShare={share}
        />
      </div>
      {search.total > search.shown && search.shown >= limit && (
        <button type="button" class="button button--secondary" onClick={() => setLimit(limit + RESULT_PAGE)}>
          Show more services
        </button>
      )}
    </>
  );
}
