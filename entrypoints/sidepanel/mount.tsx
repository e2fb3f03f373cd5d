import { render } from 'preact';
import { preloadSearch } from '@/utils/hooks/preload-search';
import { App } from './App';

performance.mark('signpost:code-loaded');
// Takes the index read main.tsx started, and starts reading the live generations, before the first render.
preloadSearch();
const root = document.getElementById('app');
if (root) render(<App />, root);
performance.mark('signpost:first-render');
