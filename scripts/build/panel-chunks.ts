/**
 * Chunks for the side panel's first view (`output.codeSplitting.groups` in wxt.config.ts). By default the bundler
 * split the code the panel loads before its first results into ~20 chunks (one for each set of pages and lazy views
 * sharing a module), and the panel's main thread paid for each: a `modulepreload` link, a fetch, a module to
 * evaluate. Here every module the panel's boot script (the search) imports statically goes into `panel-search`,
 * and every other module its mount script (the views) imports statically into `panel`. What the first script itself
 * imports (main.tsx: the early index read) goes into `early`, kept small, since nothing can start before it runs.
 * The three scripts stay tiny chunks of their own, since they act when run.
 * Lazy views and other pages keep the default split; a page sharing a module with the panel loads that chunk whole
 * (the settings page, the print page and the offscreen document load more code than before, and do not count the
 * milliseconds).
 */
import { resolve } from 'node:path';
import type { ChunkingContext } from 'rolldown';

const PANEL = resolve(import.meta.dirname, '../../entrypoints/sidepanel');
const MAIN = `${PANEL}/main.tsx`;
const BOOT = `${PANEL}/boot.ts`;
const MOUNT = `${PANEL}/mount.tsx`;
const ENTRIES = [MAIN, BOOT, MOUNT];

type ModuleSets = { first: Set<string>; search: Set<string>; views: Set<string> };
type Part = keyof ModuleSets;
const ORDER: Part[] = ['first', 'search', 'views'];

let sets: ModuleSets | undefined;
let seen: ChunkingContext | undefined;

/** Every module `from` imports statically, itself included (not through dynamic imports). */
function reach(ctx: ChunkingContext, from: string): Set<string> {
  const found = new Set<string>();
  if (!ctx.getModuleInfo(from)) return found;
  const todo = [from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    todo.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/** Worked out once a build. In builds without the side panel (the background, the content script) all are empty. */
function moduleSets(ctx: ChunkingContext): ModuleSets {
  if (sets && seen === ctx) return sets;
  seen = ctx;
  sets = { first: reach(ctx, MAIN), search: reach(ctx, BOOT), views: reach(ctx, MOUNT) };
  return sets;
}

/** A group naming a module `name` when `part` imports it and no earlier part does. */
function group(part: Part, name: string, priority: number) {
  const earlier = ORDER.slice(0, ORDER.indexOf(part));
  return {
    name: (moduleId: string, ctx: ChunkingContext): string | null => {
      const all = moduleSets(ctx);
      // The three scripts themselves stay chunks of their own: what they do when run (start the read, make the
      // engine, render the panel) must not run on another page that loads a group. Style sheets keep their names.
      if (ENTRIES.includes(moduleId) || moduleId.endsWith('.css') || !all[part].has(moduleId)) return null;
      return earlier.some((before) => all[before].has(moduleId)) ? null : name;
    },
    debugName: name,
    priority,
  };
}

export const panelChunks = [group('first', 'early', 3), group('search', 'panel-search', 2), group('views', 'panel', 1)];
