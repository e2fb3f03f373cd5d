import { encodePostings, lazyPostings, narrow, widen, widenStarts } from './index-codec';
import { lazyPlaces, packPlaces, SEPARATOR, type StoredSearchIndexV3, split, unpackV3 } from './index-layout-v3';

export type { StoredSearchIndexV3 } from './index-layout-v3';

/**
 * Bumped whenever the stored layout changes. Version 4 codes the postings, word and id lists and some per-document
 * numbers compactly (`StoredSearchIndexV4`); an index stored as version 3 still reads (see
 * `isReadableIndex`), and any other version is rebuilt from the services, never read.
 */
export const SEARCH_INDEX_VERSION = 4;
/** Stored versions `unpackSearchIndex` reads. */
const READABLE_VERSIONS: readonly number[] = [3, SEARCH_INDEX_VERSION];

/** Bits of `StoredSearchIndex.flags`, one per yes/no fact a filter asks about. */
export const FLAG = {
  active: 1 << 0,
  free: 1 << 1,
  selfReferral: 1 << 2,
  referral: 1 << 3,
  dropIn: 1 << 4,
  venue: 1 << 5,
  phone: 1 << 6,
  online: 1 << 7,
  homeVisit: 1 << 8,
} as const;

/**
 * The search index, built in the background after each import and stored whole in IndexedDB, so the side panel
 * loads it in one read instead of reading and tokenising every service. Typed arrays keep it small and quick to
 * clone; document `d` is `ids[d]` throughout.
 */
export interface SearchIndex {
  id: 'all';
  version: number;
  builtAt: number;
  /** Service ids; position = document number. */
  ids: string[];
  /** Distinct index words, sorted, for exact and prefix lookup. */
  words: string[];
  /** Postings of word `w`: `postingDocs[postingStart[w] .. postingStart[w + 1])`. */
  postingStart: Uint32Array;
  /**
   * 16-bit while the directory has at most 65,536 services: half the bytes to store, read and clone as the panel
   * opens. An index stored with 32-bit postings still reads.
   */
  postingDocs: Uint16Array | Uint32Array;
  /** Weight of the word in the document (name counts most, then audiences, organisation, description). */
  postingWeights: Uint8Array;
  /**
   * Set on an index read from storage, whose postings are decoded a word at a time: call it with a word's position
   * before reading that word's postings (until then they read 0). Not enumerable; absent on an index as built.
   */
  readPostings?: (word: number) => void;
  /** Need ids, in vocabulary order; `needBits` has `needWords` words per document, bit n = need n. */
  needIds: string[];
  needWords: number;
  needBits: Uint32Array;
  /** Needs whose evidence is in the name, audiences or taxonomy (strong) for each document, same layout. */
  strongNeedBits: Uint32Array;
  /** Needs the service's own name or taxonomy names (it exists for them), same layout: these rank first. */
  headlineNeedBits: Uint32Array;
  /** Organisation of each document, numbered from 1 in order of first appearance; 0 = none given. */
  organisationOf: Uint32Array;
  /** Nearest-known coordinates per document (its own, else its postcode district's centre); NaN when unknown. */
  lat: Float32Array;
  lon: Float32Array;
  /** 255 = no limit. */
  minAge: Uint8Array;
  maxAge: Uint8Array;
  flags: Uint16Array;
  /** Days since 1970 of the assured date; 0 = never assured. */
  assuredDay: Uint32Array;
  /** Opening times of document `d`: entries `scheduleStart[d] .. scheduleStart[d + 1]`. */
  scheduleStart: Uint32Array;
  /** Bit 0 = Monday … bit 6 = Sunday. */
  scheduleDays: Uint8Array;
  /** Minutes after midnight; 0 / 1440 when the feed gives days only. */
  scheduleOpens: Uint16Array;
  scheduleCloses: Uint16Array;
  /** Distinct audiences (as the feeds spell them) and each document's, by position in that list. */
  audiences: string[];
  audienceStart: Uint32Array;
  audienceIndex: Uint16Array;
  /** Postcode → [lat, lon] and postcode district (outcode) → centre, from the directory's own locations. */
  postcodes: Record<string, [number, number]>;
  outcodes: Record<string, [number, number]>;
}

type Narrowed = Uint8Array | Uint16Array | Uint32Array;

/**
 * Version 4 as stored, about 70% of version 3's bytes (Chromium's read of a stored value costs time per megabyte; see
 * docs/search.md, "Panel open, round 7"): postings as varint gaps with their weights (`encodePostings`), decoded a
 * word at a time; word and id lists as UTF-8 bytes (one byte a character however the strings were held); organisations
 * and assured days in the narrowest type they fit. The rest stays as built: decoding it (need bits as lists, starts as
 * run lengths) saved bytes but cost more cold script time at open than it saved, most at 10,000 services.
 */
export interface StoredSearchIndexV4 {
  id: 'all';
  version: number;
  builtAt: number;
  count: number;
  wordBytes: Uint8Array;
  idBytes: Uint8Array;
  postingStart: Uint32Array;
  postings: Uint8Array;
  /** Where each word's postings start in `postings`, so one word's postings decode on their own. */
  postingByteStart: Uint32Array;
  /** Document numbers need 32 bits (over 65,536 services). */
  wideDocs: boolean;
  needIds: string[];
  needWords: number;
  needBits: Uint32Array;
  strongNeedBits: Uint32Array;
  headlineNeedBits: Uint32Array;
  organisationOf: Narrowed;
  lat: Float32Array;
  lon: Float32Array;
  minAge: Uint8Array;
  maxAge: Uint8Array;
  flags: Uint16Array;
  assuredDay: Narrowed;
  scheduleStart: Uint32Array;
  scheduleDays: Uint8Array;
  scheduleOpens: Uint16Array;
  scheduleCloses: Uint16Array;
  audiences: string[];
  audienceStart: Uint32Array;
  audienceIndex: Uint16Array;
  postcodeList: string;
  postcodeCoords: Float64Array;
  outcodeList: string;
  outcodeCoords: Float64Array;
}

export type StoredSearchIndex = StoredSearchIndexV3 | StoredSearchIndexV4;

/** Whether this is a stored index `unpackSearchIndex` reads (this version's layout or an earlier one it still knows). */
export function isReadableIndex(stored: { version?: unknown } | undefined): stored is StoredSearchIndex {
  return typeof stored?.version === 'number' && READABLE_VERSIONS.includes(stored.version);
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function packSearchIndex(index: SearchIndex): StoredSearchIndexV4 {
  const postcode = packPlaces(index.postcodes);
  const outcode = packPlaces(index.outcodes);
  const count = index.ids.length;
  const postings = encodePostings(index.postingStart, index.postingDocs, index.postingWeights);
  return {
    id: index.id,
    version: SEARCH_INDEX_VERSION,
    builtAt: index.builtAt,
    count,
    wordBytes: utf8.encode(index.words.join(SEPARATOR)),
    idBytes: utf8.encode(index.ids.join(SEPARATOR)),
    postingStart: index.postingStart,
    postings: postings.bytes,
    postingByteStart: widenStarts(postings.byteLengths),
    wideDocs: index.postingDocs instanceof Uint32Array,
    needIds: index.needIds,
    needWords: index.needWords,
    needBits: index.needBits,
    strongNeedBits: index.strongNeedBits,
    headlineNeedBits: index.headlineNeedBits,
    organisationOf: narrow(index.organisationOf),
    lat: index.lat,
    lon: index.lon,
    minAge: index.minAge,
    maxAge: index.maxAge,
    flags: index.flags,
    assuredDay: narrow(index.assuredDay),
    scheduleStart: index.scheduleStart,
    scheduleDays: index.scheduleDays,
    scheduleOpens: index.scheduleOpens,
    scheduleCloses: index.scheduleCloses,
    audiences: index.audiences,
    audienceStart: index.audienceStart,
    audienceIndex: index.audienceIndex,
    postcodeList: postcode.list,
    postcodeCoords: postcode.coords,
    outcodeList: outcode.list,
    outcodeCoords: outcode.coords,
  };
}

/** The index as built, from this version's stored layout or version 3's. */
export function unpackSearchIndex(stored: StoredSearchIndex): SearchIndex {
  if (!('postings' in stored)) return unpackV3(stored);
  const { postingStart } = stored;
  const { readPostings, ...postings } = lazyPostings(
    stored.postings,
    postingStart,
    stored.postingByteStart,
    stored.wideDocs,
  );
  const index = lazyPlaces(
    {
      id: stored.id,
      version: stored.version,
      builtAt: stored.builtAt,
      ids: split(fromUtf8.decode(stored.idBytes)),
      words: split(fromUtf8.decode(stored.wordBytes)),
      postingStart,
      ...postings,
      needIds: stored.needIds,
      needWords: stored.needWords,
      needBits: stored.needBits,
      strongNeedBits: stored.strongNeedBits,
      headlineNeedBits: stored.headlineNeedBits,
      organisationOf: widen(stored.organisationOf),
      lat: stored.lat,
      lon: stored.lon,
      minAge: stored.minAge,
      maxAge: stored.maxAge,
      flags: stored.flags,
      assuredDay: widen(stored.assuredDay),
      scheduleStart: stored.scheduleStart,
      scheduleDays: stored.scheduleDays,
      scheduleOpens: stored.scheduleOpens,
      scheduleCloses: stored.scheduleCloses,
      audiences: stored.audiences,
      audienceStart: stored.audienceStart,
      audienceIndex: stored.audienceIndex,
    },
    // Only the postcode lists are kept for later, not the whole stored record.
    {
      postcodeList: stored.postcodeList,
      postcodeCoords: stored.postcodeCoords,
      outcodeList: stored.outcodeList,
      outcodeCoords: stored.outcodeCoords,
    },
  );
  // Not enumerable: a copy or comparison of the index sees only its data.
  Object.defineProperty(index, 'readPostings', { value: readPostings });
  return index;
}
