import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DirectoryStatus } from '@/components/DirectoryStatus';
import { FilterPanel } from '@/components/FilterPanel';
import { NeedChips } from '@/components/NeedChips';
import { PatientStrip } from '@/components/PatientStrip';
import { ServiceList } from '@/components/ServiceList';
import { saveNote } from '@/utils/db/queries';
import { useDirectory } from '@/utils/hooks/use-directory';
import { useNow } from '@/utils/hooks/use-now';
import { useOnline } from '@/utils/hooks/use-online';
import { usePatient } from '@/utils/hooks/use-patient';
import { useSearch } from '@/utils/hooks/use-search';
import { needLabel } from '@/utils/search/explain-hit';
import { type FilterValues, NO_FILTERS, toSearchFilters } from '@/utils/search/filter-values';
import { needCounts } from '@/utils/search/need-counts';

/** Results shown at first, and added by each "Show more": a short list renders at once, even at 50,000 services. */
const RESULT_PAGE = 25;

function countText(shown: number, total: number, searching: boolean, query: string, size: number): string {
  if (!searching) return `${size} services in the directory`;
  if (total === 0) return query.trim() ? `No services match "${query.trim()}"` : 'No services match these filters';
  const of = total > shown ? `Top ${shown} of ${total}` : `${total}`;
  return `${of} ${total === 1 ? 'service matches' : 'services match'}`;
}

export function App() {
  const directory = useDirectory();
  const online = useOnline();
  const now = useNow();
  const { patient, readPatient } = usePatient();
  // `?q=` opens the panel with a search typed (used by `npm run bench`).
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [chips, setChips] = useState<string[]>([]);
  const [filterValues, setFilterValues] = useState<FilterValues>(NO_FILTERS);
  const searchBox = useRef<HTMLInputElement>(null);
  // The GP opens the panel to type: the search box takes focus straight away.
  useEffect(() => searchBox.current?.focus(), []);
  const [index, setIndexForFilters] = useState<Parameters<typeof toSearchFilters>[2]>();
  const { filters, problems, active } = useMemo(
    () => toSearchFilters(filterValues, chips, index),
    [filterValues, chips, index],
  );
  const [limit, setLimit] = useState(RESULT_PAGE);
  // A new search starts from the first page of results again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the search itself changes.
  useEffect(() => setLimit(RESULT_PAGE), [query, filters]);
  const search = useSearch(query, filters, limit);
  useEffect(() => setIndexForFilters(search.index), [search.index]);
  const needChips = useMemo(() => needCounts(search.index), [search.index]);
  const audiences = useMemo(() => [...(search.index?.audiences ?? [])].sort(), [search.index]);
  const loaded = directory.sources !== undefined;
  const empty = loaded && (directory.status?.serviceCount ?? 0) === 0;
  const searching = query.trim() !== '' || chips.length > 0 || active > 0;
  const toggleChip = (id: string) => setChips(chips.includes(id) ? chips.filter((c) => c !== id) : [...chips, id]);

  return (
    <div class="panel">
      <header class="panel__header">
        <h1 class="panel__title">Signpost</h1>
        <button
          type="button"
          class="link-button link-button--inverse"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </header>
      <main class="panel__main">
        <PatientStrip patient={patient} onRead={() => void readPatient()} />
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
            aria-describedby="search-reading"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
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
        <DirectoryStatus
          status={directory.status}
          online={online}
          refreshing={directory.refreshing}
          error={directory.error}
          now={now}
          onRefresh={() => void directory.refresh()}
        />
        <p
          class="result-count"
          role="status"
          aria-live="polite"
          data-testid="result-count"
          data-answered={search.answered}
        >
          {!loaded || empty
            ? ''
            : search.ready
              ? countText(search.results.length, search.total, searching, query, directory.status?.serviceCount ?? 0)
              : 'Loading the directory…'}
        </p>
        {empty ? (
          <p class="empty">
            The directory is empty. Add a directory feed in{' '}
            <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
              Settings
            </button>
            .
          </p>
        ) : (
          <>
            <ServiceList results={search.results} onSaveNote={(note) => saveNote(note)} />
            {search.total > search.results.length && search.results.length >= limit && (
              <button type="button" class="button button--secondary" onClick={() => setLimit(limit + RESULT_PAGE)}>
                Show more services
              </button>
            )}
          </>
        )}
      </main>
    </div>
  );
}
