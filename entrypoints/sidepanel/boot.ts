import { peekEarlyIndexRead, readFirstView } from '@/utils/db/early-index-read';
import { FIRST_VIEW, prepareEngine } from '@/utils/search/prepared-engine';
import { isReadableIndex } from '@/utils/search/search-index';

// Loaded by main.tsx before the rest of the panel: only the search's own code (no Dexie, no Preact). As soon as the
// index is read, the engine is made and the panel's query searched once, and the services its first results show
// are read, all while the views' code is still loading.
performance.mark('signpost:boot-loaded');
const query = new URLSearchParams(location.search).get('q') ?? '';
void peekEarlyIndexRead()?.then((stored) => {
  // The panel's first view asks for 25 results (FindView's RESULT_PAGE).
  if (!isReadableIndex(stored)) return;
  const response = prepareEngine(stored, query, 25);
  if (response) readFirstView(response.hits.slice(0, FIRST_VIEW).map((hit) => hit.id));
});
