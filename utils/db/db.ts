import Dexie, { type EntityTable } from 'dexie';
import type { Service, SourceStatus } from './schema';

/** The extension's one IndexedDB database. Opened only by extension pages and the background, never by content scripts. */
export class AppDB extends Dexie {
  services!: EntityTable<Service, 'id'>;
  sources!: EntityTable<SourceStatus, 'id'>;

  constructor(name = 'signpost') {
    super(name);
    // Released versions are never edited: add version(n + 1) with an upgrade instead.
    this.version(1).stores({
      services: 'id, sourceId',
      sources: 'id',
    });
  }
}

export const db = new AppDB();
