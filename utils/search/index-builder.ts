import type { Service } from '../directory/service';
import { outcodeOf } from './directory-places';
import { createPostings, FIELD_WEIGHT } from './index-postings';
import { ANY, HEADLINE, needLevels, STRONG } from './need-levels';
import { SEARCH_INDEX_VERSION, type SearchIndex } from './search-index';
import { createCardPacker, type StoredServiceCards } from './service-cards';
import { flagsOf, minutes } from './service-flags';

const DAY_MS = 24 * 60 * 60 * 1000;

function addSum(sums: Map<string, [number, number, number]>, key: string, lat: number, lon: number): void {
  const sum = sums.get(key);
  if (sum) {
    sum[0] += lat;
    sum[1] += lon;
    sum[2]++;
  } else sums.set(key, [lat, lon, 1]);
}

function centres(sums: Map<string, [number, number, number]>): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  for (const [key, [lat, lon, n]] of sums) result[key] = [lat / n, lon / n];
  return result;
}

export interface IndexBuilder {
  /** Services added so far: the next one is document `count`. */
  readonly count: number;
  /** Adds services as the next documents, in order. Nothing of the services is kept but what the index needs. */
  add(services: Iterable<Service>): void;
  finish(now?: number): SearchIndex;
  /** The panel's card summaries of the same documents (stored apart from the index), for the index built at `builtAt`. */
  cards(builtAt: number): StoredServiceCards;
}

/**
 * Builds the search index a chunk of services at a time, so an import never needs the whole directory in memory:
 * only the index's own postings and per-document facts grow. Adding every service in one chunk or in many gives the
 * same index. `cards: false` skips the panel's card summaries (builds held only in memory need none).
 */
export function createIndexBuilder({ cards: packCards = true } = {}): IndexBuilder {
  const ids: string[] = [];
  const cards = createCardPacker();
  const postings = createPostings();
  /** Need names seen, numbered as met; `listed` = named in some service's `needs` (only those are indexed). */
  const needNumber = new Map<string, number>();
  const listed = new Set<number>();
  /** Triples: document, need number, level bits. */
  const needEntries: number[] = [];
  const organisationNumber = new Map<string, number>();
  const organisationOf: number[] = [];
  const minAge: number[] = [];
  const maxAge: number[] = [];
  const flags: number[] = [];
  const assuredDay: number[] = [];
  const scheduleStart: number[] = [0];
  const days: number[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  const audiences: string[] = [];
  const audiencePosition = new Map<string, number>();
  const audienceStart: number[] = [0];
  const audienceIndex: number[] = [];
  const postcodeSums = new Map<string, [number, number, number]>();
  const outcodeSums = new Map<string, [number, number, number]>();
  /** Per document: its own first coordinates, or NaN and the postcode districts of its locations to place it by. */
  const lat: number[] = [];
  const lon: number[] = [];
  const districts = new Map<number, string[]>();

  const need = (name: string): number => {
    let number = needNumber.get(name);
    if (number === undefined) {
      number = needNumber.size;
      needNumber.set(name, number);
    }
    return number;
  };

  function addOne(service: Service): void {
    const doc = ids.length;
    ids.push(service.id);
    postings.field(service.name, FIELD_WEIGHT.name);
    // A service listing a dozen audiences is less about each of them than one listing two.
    const audienceCount = service.eligibility.audiences.length;
    const audienceWeight = audienceCount <= 3 ? FIELD_WEIGHT.audiences : audienceCount <= 6 ? 3 : 2;
    postings.field(service.eligibility.audiences.join(' '), audienceWeight);
    postings.field(service.organisation ?? '', FIELD_WEIGHT.organisation);
    postings.field(service.description, FIELD_WEIGHT.description);
    postings.next(doc);
    for (const [name, level] of needLevels(service)) needEntries.push(doc, need(name), level);
    for (const name of service.needs) {
      const number = need(name);
      listed.add(number);
      needEntries.push(doc, number, ANY);
    }
    // Spelling and case vary between a publisher's records: "Age UK Bristol" and "Age UK bristol" are one.
    const organisation = (service.organisation ?? '').trim().toLowerCase();
    if (organisation && !organisationNumber.has(organisation)) {
      organisationNumber.set(organisation, organisationNumber.size + 1);
    }
    organisationOf.push(organisation ? (organisationNumber.get(organisation) ?? 0) : 0);
    const { minAge: min, maxAge: max } = service.eligibility;
    minAge.push(min === undefined ? 255 : Math.max(0, Math.min(254, min)));
    maxAge.push(max === undefined ? 255 : Math.max(0, Math.min(254, max)));
    flags.push(flagsOf(service));
    assuredDay.push(service.assuredDate ? Math.max(1, Math.floor(Date.parse(service.assuredDate) / DAY_MS) || 0) : 0);
    for (const schedule of service.schedules) {
      if (schedule.days.length === 0) continue;
      days.push(schedule.days.reduce((bits, day) => bits | (1 << (day - 1)), 0));
      opens.push(minutes(schedule.opens, 0));
      closes.push(minutes(schedule.closes, 1440));
    }
    scheduleStart.push(days.length);
    for (const audience of service.eligibility.audiences) {
      let position = audiencePosition.get(audience);
      if (position === undefined) {
        position = audiences.length;
        audiences.push(audience);
        audiencePosition.set(audience, position);
      }
      audienceIndex.push(position);
    }
    audienceStart.push(audienceIndex.length);
    // Places: the first geocoded location, else (at the end, once every district's centre is known) its district's.
    for (const location of service.locations) {
      if (location.lat === undefined || location.lon === undefined || !location.postcode) continue;
      addSum(postcodeSums, location.postcode, location.lat, location.lon);
      addSum(outcodeSums, outcodeOf(location.postcode), location.lat, location.lon);
    }
    const exact = service.locations.find((location) => location.lat !== undefined && location.lon !== undefined);
    lat.push(exact?.lat ?? Number.NaN);
    lon.push(exact?.lon ?? Number.NaN);
    if (!exact) {
      const codes = service.locations.flatMap((location) => (location.postcode ? [outcodeOf(location.postcode)] : []));
      if (codes.length > 0) districts.set(doc, codes);
    }
  }

  return {
    get count() {
      return ids.length;
    },
    add(services) {
      for (const service of services) {
        addOne(service);
        if (packCards) cards.add(service);
      }
    },
    cards: (builtAt) => cards.finish(builtAt),
    finish(now = Date.now()) {
      const count = ids.length;
      const names = [...needNumber.keys()];
      const needIds = [...listed].map((number) => names[number] ?? '').sort();
      const position = new Map(needIds.map((name, index) => [name, index]));
      const needWords = Math.max(1, Math.ceil(needIds.length / 32));
      const needBits = new Uint32Array(count * needWords);
      const strongNeedBits = new Uint32Array(count * needWords);
      const headlineNeedBits = new Uint32Array(count * needWords);
      for (let i = 0; i < needEntries.length; i += 3) {
        const doc = needEntries[i] ?? 0;
        const at = position.get(names[needEntries[i + 1] ?? 0] ?? '');
        if (at === undefined) continue;
        const level = needEntries[i + 2] ?? 0;
        const slot = doc * needWords + (at >> 5);
        const bit = 1 << (at & 31);
        needBits[slot] = (needBits[slot] ?? 0) | bit;
        if (level & STRONG) strongNeedBits[slot] = (strongNeedBits[slot] ?? 0) | bit;
        if (level & HEADLINE) headlineNeedBits[slot] = (headlineNeedBits[slot] ?? 0) | bit;
      }
      const { words, postingStart, postingDocs, postingWeights } = postings.finish(count);
      const outcodes = centres(outcodeSums);
      const latitudes = Float32Array.from(lat);
      const longitudes = Float32Array.from(lon);
      for (const [doc, codes] of districts) {
        const centre = codes.map((code) => outcodes[code]).find(Boolean);
        if (!centre) continue;
        latitudes[doc] = centre[0];
        longitudes[doc] = centre[1];
      }
      return {
        id: 'all',
        version: SEARCH_INDEX_VERSION,
        builtAt: now,
        ids: [...ids],
        words,
        postingStart,
        postingDocs,
        postingWeights,
        needIds,
        needWords,
        needBits,
        strongNeedBits,
        headlineNeedBits,
        organisationOf: Uint32Array.from(organisationOf),
        lat: latitudes,
        lon: longitudes,
        minAge: Uint8Array.from(minAge),
        maxAge: Uint8Array.from(maxAge),
        flags: Uint16Array.from(flags),
        assuredDay: Uint32Array.from(assuredDay),
        scheduleStart: Uint32Array.from(scheduleStart),
        scheduleDays: Uint8Array.from(days),
        scheduleOpens: Uint16Array.from(opens),
        scheduleCloses: Uint16Array.from(closes),
        audiences: [...audiences],
        audienceStart: Uint32Array.from(audienceStart),
        audienceIndex: Uint16Array.from(audienceIndex),
        postcodes: centres(postcodeSums),
        outcodes,
      };
    },
  };
}
