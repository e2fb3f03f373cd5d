import type { SearchIndex } from './search-index';

/** The stored index's older layout (version 3), still read, and the postcode lists every layout stores. */

/**
 * Version 3 as stored: the word and id lists joined into one string each, because IndexedDB clones one long string
 * far faster than tens of thousands of short ones (measured: the panel's index load fell by about half). Postcodes
 * likewise: their names in one string and their coordinates in one Float64Array (pairs), since an object of 10,000
 * postcode keys took about 75 ms of a 170 ms read at 10,000 services. An index stored before that (with `postcodes`
 * and `outcodes` as objects) still reads.
 */
export type StoredSearchIndexV3 = Omit<SearchIndex, 'words' | 'ids' | 'postcodes' | 'outcodes'> & {
  wordList: string;
  idList: string;
} & (
    | { postcodeList: string; postcodeCoords: Float64Array; outcodeList: string; outcodeCoords: Float64Array }
    | Pick<SearchIndex, 'postcodes' | 'outcodes'>
  );

export const SEPARATOR = '\n';

export const split = (list: string): string[] => (list === '' ? [] : list.split(SEPARATOR));

export function packPlaces(places: Record<string, [number, number]>): { list: string; coords: Float64Array } {
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

/** Postcodes are read only by a postcode filter: unpacked on first use, not while the panel opens. */
export function lazyPlaces(
  index: Omit<SearchIndex, 'postcodes' | 'outcodes'>,
  stored: { postcodeList: string; postcodeCoords: Float64Array; outcodeList: string; outcodeCoords: Float64Array },
): SearchIndex {
  // 10,000 keys cost ~100 ms of the open at 50,000 services under load.
  let postcodes: Record<string, [number, number]> | undefined;
  let outcodes: Record<string, [number, number]> | undefined;
  Object.defineProperties(index, {
    postcodes: {
      enumerable: true,
      get: () => (postcodes ??= unpackPlaces(stored.postcodeList, stored.postcodeCoords)),
    },
    outcodes: { enumerable: true, get: () => (outcodes ??= unpackPlaces(stored.outcodeList, stored.outcodeCoords)) },
  });
  return index as SearchIndex;
}

export function unpackV3(stored: StoredSearchIndexV3): SearchIndex {
  if ('postcodes' in stored) {
    const { wordList, idList, ...rest } = stored;
    return { ...rest, words: split(wordList), ids: split(idList) };
  }
  const { wordList, idList, postcodeList, postcodeCoords, outcodeList, outcodeCoords, ...rest } = stored;
  return lazyPlaces(
    { ...rest, words: split(wordList), ids: split(idList) },
    { postcodeList, postcodeCoords, outcodeList, outcodeCoords },
  );
}
