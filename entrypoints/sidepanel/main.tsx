import { render } from 'preact';
import '@/components/style.css';
import { preloadSearch } from '@/utils/hooks/use-search';
import { App } from './App';

// The directory's index is read while the panel first renders, not after.
preloadSearch();

const root = document.getElementById('app');
if (root) render(<App />, root);
