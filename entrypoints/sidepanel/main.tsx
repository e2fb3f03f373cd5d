import '@/components/style.css';
import { startEarlyIndexRead } from '@/utils/db/early-index-read';

// The directory's index is read while the rest of the panel's code (the database, Dexie, the panel) loads, not
// after: this first script imports only a plain IndexedDB read, and everything else comes in by a dynamic import.
performance.mark('signpost:script');
startEarlyIndexRead();
// The search's code first (a small part of the whole): it makes the engine as soon as the index is read.
void import('./boot');
void import('./mount');
