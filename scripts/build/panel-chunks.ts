/**
 * Chunks for the side panel's first view. By default the bundler splits the code the panel loads before its first
 * results into ~20 chunks (one for each set of pages and lazy views sharing a module), and each costs the panel's
 * main thread a fetch and a module evaluation. Here every module the panel's boot script (the search) imports
 * statically goes into `panel-search`, and every other module its mount script (the views) imports statically into
 * `panel`. Modules the first script itself imports (main.tsx: the early index read) stay out, so it stays small.
 * Other pages sharing a module load that chunk too: more code, but they do not count the milliseconds.
 */
import { resolve } from 'node:path';
import type { ChunkingContext } from 'rolldown';

const PANEL = resolve(import.meta.dirname, '../../entrypoints/sidepanel');

type ModuleSets = { first: Set<string>; search: Set<string>; views: Set<string> };
let sets: ModuleSets | undefined;
let seen: ChunkingContext | undefined;

/** Every module `from` imports statically, itself included (not through dynamic imports). */
function reach(ctx: ChunkingContext, from: string | undefined): Set<string> {
  const found = new Set<string>();
  const todo = from ? [from] : [];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

function moduleSets(moduleId: string, ctx: ChunkingContext): ModuleSets {
  if (sets && seen === ctx) return sets;
  // In builds without the side panel (the background, the content script) all three are empty.
  const main = `${PANEL}/main.tsx`;
  const has = (id: string) => (ctx.getModuleInfo(id) ? id : undefined);
  const first = reach(ctx, has(main));
  const search = reach(ctx, has(`${PANEL}/boot.ts`));
  const views = reach(ctx, has(`${PANEL}/mount.tsx`));
  seen = ctx;
  sets = { first, search, views };
  return sets;
}

type Part = keyof ModuleSets;

/** Names a module `name` when it is in `part`: main.tsx's own imports, boot's or mount's (not in an earlier part). */
function group(part: Part, name: string, priority: number) {
  const order: Part[] = ['first', 'search', 'views'];
  const earlier = order.slice(0, order.indexOf(part));
  return {
    name: (moduleId: string, ctx: ChunkingContext): string | null => {
      const all = moduleSets(moduleId, ctx);
      // Style sheets keep their own names (style.css, refer.css).
      if (moduleId === `${PANEL}/main.tsx` || moduleId.endsWith('.css') || !all[part].has(moduleId)) return null;
      return earlier.some((before) => all[before].has(moduleId)) ? null : name;
    },
    debugName: name,
    priority,
  };
}

/** The groups for `output.codeSplitting.groups`. */
export const panelChunks = [group('first', 'early', 3), group('search', 'panel-search', 2), group('views', 'panel', 1)];
