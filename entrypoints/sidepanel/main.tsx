import '@/components/style.css';
import { preloadSearch } from '@/utils/hooks/preload-search';

// The directory's index is read while the rest of the panel's code loads and first renders, not after: this module
// imports only the database, and the panel itself comes in by a dynamic import.
preloadSearch();
void import('./mount');
