import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DirectoryStatus } from '@/components/DirectoryStatus';
import { PatientStrip } from '@/components/PatientStrip';
import { ServiceList } from '@/components/ServiceList';
import { useDirectory } from '@/utils/hooks/use-directory';
import { useNow } from '@/utils/hooks/use-now';
import { useOnline } from '@/utils/hooks/use-online';
import { usePatient } from '@/utils/hooks/use-patient';

const RESULT_LIMIT = 50;

function countText(count: number, total: number, query: string): string {
  if (query.trim() === '') return `${total} services in the directory`;
  if (count === 0) return `No services match "${query.trim()}"`;
  return `${count === RESULT_LIMIT ? `Top ${count}` : count} ${count === 1 ? 'service matches' : 'services match'}`;
}

export function App() {
  const directory = useDirectory();
  const online = useOnline();
  const now = useNow();
  const { patient, readPatient } = usePatient();
  const [query, setQuery] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);
  // The GP opens the panel to type: the search box takes focus straight away.
  useEffect(() => searchBox.current?.focus(), []);
  const results = useMemo(() => directory.search(query, RESULT_LIMIT), [directory.search, query]);
  const loaded = directory.services !== undefined;
  const empty = loaded && directory.services?.length === 0;

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
            placeholder="e.g. lonely, debt, carers"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <DirectoryStatus
          status={directory.status}
          online={online}
          refreshing={directory.refreshing}
          error={directory.error}
          now={now}
          onRefresh={() => void directory.refresh()}
        />
        <p class="result-count" role="status" aria-live="polite" data-testid="result-count">
          {loaded && !empty ? countText(results.length, directory.services?.length ?? 0, query) : ''}
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
          <ServiceList results={results} />
        )}
      </main>
    </div>
  );
}
