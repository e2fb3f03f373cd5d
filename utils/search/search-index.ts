/** Bumped whenever the stored layout changes; a stored index of another version is rebuilt, never read. */
export const SEARCH_INDEX_VERSION = 3;

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

/**
 * The index as stored: the word and id lists joined into one string each, because IndexedDB clones one long string
 * far faster than tens of thousands of short ones (measured: the panel's index load fell by about half). Postcodes
 * likewise: their names in one string and their coordinates in one Float64Array (pairs), since an object of 10,000
 * postcode keys took about 75 ms of a 170 ms read at 10,000 services. An index stored before that (with `postcodes`
 * and `outcodes` as objects) still reads.
 */
export type StoredSearchIndex = Omit<SearchIndex, 'words' | 'ids' | 'postcodes' | 'outcodes'> & {
  wordList: string;
  idList: string;
} & (
    | { postcodeList: string; postcodeCoords: Float64Array; outcodeList: string; outcodeCoords: Float64Array }
    | Pick<SearchIndex, 'postcodes' | 'outcodes'>
  );

const SEPARATOR = '\n';

const split = (list: string): string[] => (list === '' ? [] : list.split(SEPARATOR));

function packPlaces(places: Record<string, [number, number]>): { list: string; coords: Float64Array } {
  const names = Object.keys(places);
  const coords = new Float64Array(names.length * 2);
  names.forEach((name, i) => {
    const [lat, lon] = places[name] ?? [Number.NaN, Number.NaN];
    coords[i * 2] = lat;
    coords[i * 2 + 1] = lon;
  });
  return { list: names.join(SEPARATOR), coords };
}

function unpackPlaces(list: string, coords: Float64Array): Record<string, [number, number]> {
  const places: Record<string, [number, number]> = {};
  split(list).forEach((name, i) => {
    places[name] = [coords[i * 2] ?? Number.NaN, coords[i * 2 + 1] ?? Number.NaN];
  });
  return places;
}

export function packSearchIndex(index: SearchIndex): StoredSearchIndex {
  const { words, ids, postcodes, outcodes, ...rest } = index;
  const postcode = packPlaces(postcodes);
  const outcode = packPlaces(outcodes);
  return {
    ...rest,
    wordList: words.join(SEPARATOR),
    idList: ids.join(SEPARATOR),
    postcodeList: postcode.list,
    postcodeCoords: postcode.coords,
    outcodeList: outcode.list,
    outcodeCoords: outcode.coords,
  };
}

export function unpackSearchIndex(stored: StoredSearchIndex): SearchIndex {
  if ('postcodes' in stored) {
    const { wordList, idList, ...rest } = stored;
    return { ...rest, words: split(wordList), ids: split(idList) };
  }
  const { wordList, idList, postcodeList, postcodeCoords, outcodeList, outcodeCoords, ...rest } = stored;
  // Postcodes are read only by a postcode filter: unpacked on first use, not while the panel opens (10,000 keys
  // cost ~100 ms of the open at 50,000 services under load).
  let postcodes: Record<string, [number, number]> | undefined;
  let outcodes: Record<string, [number, number]> | undefined;
  const index = { ...rest, words: split(wordList), ids: split(idList) } as SearchIndex;
  Object.defineProperties(index, {
    postcodes: { enumerable: true, get: () => (postcodes ??= unpackPlaces(postcodeList, postcodeCoords)) },
    outcodes: { enumerable: true, get: () => (outcodes ??= unpackPlaces(outcodeList, outcodeCoords)) },
  });
  return index;
}
