import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredSearchIndex } from '../search/search-index';
import type { OutboxItem } from './fhir-schema';
import type { GapCount } from './gaps';
import { upgradeToChunks, upgradeToGenerations } from './generation-upgrade';
import type {
  DetailTask,
  PracticeNote,
  ReferralLogEntry,
  Service,
  ServiceChunk,
  SourceStatus,
  StagedGeneration,
} from './schema';

/** The extension's one IndexedDB database. Opened only by extension pages and the background, never by content scripts. */
export class AppDB extends Dexie {
  sources!: EntityTable<SourceStatus, 'id'>;
  notes!: EntityTable<PracticeNote, 'serviceId'>;
  detailQueue!: EntityTable<DetailTask, 'id'>;
  searchIndex!: EntityTable<StoredSearchIndex, 'id'>;
  referrals!: EntityTable<ReferralLogEntry, 'id'>;
  /**
   * Services many to a row under `${generation}/${page}.${part}` keys (outbound), found one by one through the
   * `ids` index (`${generation}/${id}`): only a source's live generation is its directory.
   */
  serviceChunks!: Table<ServiceChunk, string>;
  stagedGenerations!: EntityTable<StagedGeneration, 'id'>;
  outbox!: EntityTable<OutboxItem, 'id'>;
  gaps!: EntityTable<GapCount, 'id'>;

  constructor(name = 'signpost') {
    super(name);
    // Released versions are never edited: add version(n + 1) with an upgrade instead.
    this.version(1).stores({
      services: 'id, sourceId',
      sources: 'id',
    });
    // 2: practice notes, the detail-fetch queue, the prebuilt search index and the referral log. Services gain `needs` and
    // `needEvidence`; version-1 rows get empty ones and the next refresh infers them.
    this.version(2)
      .stores({
        notes: 'serviceId',
        detailQueue: 'id, sourceId',
        searchIndex: 'id',
        referrals: 'id, date, status, *needs',
      })
      .upgrade((tx) =>
        tx
          .table('services')
          .toCollection()
          .modify((service: Partial<Service>) => {
            service.needs ??= [];
            service.needEvidence ??= [];
          }),
      );
    // 3: services live in generations. An import stages its rows page by page under a new generation; going live
    // is one small write (the source's `generation`), so a browser closed mid-import leaves the old one whole.
    // Version-2 services move into a first generation per source.
    this.version(3)
      .stores({ serviceRows: '', stagedGenerations: 'id', services: null })
      .upgrade((tx) => upgradeToGenerations(tx));
    // 4: the FHIR outbox (referrals waiting to reach the PCN's FHIR server) and the gaps counts (needs with no or
    // few local services, by month).
    this.version(4).stores({ outbox: 'id, nextAttemptAt', gaps: 'id, month' });
    // 5: services are stored a few dozen to a row (serviceChunks), found by `${generation}/${id}` through the unique
    // multi-entry index `ids`: writing 50,000 one-service rows cost ~13 s of browser CPU. Version-4 rows move over.
    this.version(5)
      .stores({ serviceChunks: ', &*ids', serviceRows: null })
      .upgrade((tx) => upgradeToChunks(tx));
  }
}

export const db = new AppDB();
