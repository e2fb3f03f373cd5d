import type { Service } from '../directory/service';
import { directoryPlaces } from './directory-places';
import { FLAG, SEARCH_INDEX_VERSION, type SearchIndex } from './search-index';
import { tokenise } from './tokenise';

/** How much a word counts in each field: a word in the name says far more about a service than one in its text. */
const FIELD_WEIGHT = { name: 10, audiences: 6, organisation: 4, needs: 3, description: 1 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

function minutes(time: string | undefined, fallback: number): number {
  const match = time ? /^(\d{1,2}):(\d{2})/.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : fallback;
}

function flagsOf(service: Service): number {
  let flags = 0;
  if (service.status === 'active') flags |= FLAG.active;
  if (service.cost.free) flags |= FLAG.free;
  if (service.access.includes('self-referral')) flags |= FLAG.selfReferral;
  if (service.access.includes('referral')) flags |= FLAG.referral;
  if (service.access.includes('drop-in')) flags |= FLAG.dropIn;
  if (service.attendance.includes('venue')) flags |= FLAG.venue;
  if (service.attendance.includes('phone')) flags |= FLAG.phone;
  if (service.attendance.includes('online')) flags |= FLAG.online;
  if (service.attendance.includes('home visit')) flags |= FLAG.homeVisit;
  return flags;
}

/** Adds a field's words to one document's word → weight map; repeats in the description add a little, up to 3. */
function addField(weights: Map<string, number>, text: string, weight: number): void {
  const seen = new Map<string, number>();
  for (const word of tokenise(text)) seen.set(word, (seen.get(word) ?? 0) + 1);
  for (const [word, count] of seen) {
    const extra = weight === FIELD_WEIGHT.description ? Math.min(count, 3) : weight;
    weights.set(word, Math.min(255, (weights.get(word) ?? 0) + extra));
  }
}

/**
 * Builds the stored search index over every cached service. Runs in the background after each import (about a
 * second at 50,000 services), so the side panel only has to load it.
 */
export function buildSearchIndex(services: Service[], now = Date.now()): SearchIndex {
  const count = services.length;
  const postings = new Map<string, number[]>();
  const needIds = [...new Set(services.flatMap((service) => service.needs))].sort();
  const needPosition = new Map(needIds.map((need, index) => [need, index]));
  const needWords = Math.max(1, Math.ceil(needIds.length / 32));
  const needBits = new Uint32Array(count * needWords);
  const strongNeedBits = new Uint32Array(count * needWords);
  const headlineNeedBits = new Uint32Array(count * needWords);
  const organisationOf = new Uint32Array(count);
  const organisationNumber = new Map<string, number>();
  const minAge = new Uint8Array(count).fill(255);
  const maxAge = new Uint8Array(count).fill(255);
  const flags = new Uint16Array(count);
  const assuredDay = new Uint32Array(count);
  const scheduleStart = new Uint32Array(count + 1);
  const days: number[] = [];
  const opens: number[] = [];
  const closes: number[] = [];
  const audiences: string[] = [];
  const audiencePosition = new Map<string, number>();
  const audienceStart = new Uint32Array(count + 1);
  const audienceIndex: number[] = [];
  const places = directoryPlaces(services);

  services.forEach((service, doc) => {
    const weights = new Map<string, number>();
    addField(weights, service.name, FIELD_WEIGHT.name);
    // A service listing a dozen audiences is less about each of them than one listing two.
    const audienceCount = service.eligibility.audiences.length;
    const audienceWeight = audienceCount <= 3 ? FIELD_WEIGHT.audiences : audienceCount <= 6 ? 3 : 2;
    addField(weights, service.eligibility.audiences.join(' '), audienceWeight);
    addField(weights, service.organisation ?? '', FIELD_WEIGHT.organisation);
    addField(weights, service.description, FIELD_WEIGHT.description);
    for (const [word, weight] of weights) {
      const list = postings.get(word);
      if (list) list.push(doc, weight);
      else postings.set(word, [doc, weight]);
    }
    for (const evidence of service.needEvidence) {
      const position = needPosition.get(evidence.need);
      if (position === undefined) continue;
      const slot = doc * needWords + (position >> 5);
      const bit = 1 << (position & 31);
      needBits[slot] = (needBits[slot] ?? 0) | bit;
      if (evidence.field === 'name' || evidence.field === 'taxonomy' || evidence.field === 'audiences') {
        strongNeedBits[slot] = (strongNeedBits[slot] ?? 0) | bit;
      }
      if (evidence.field === 'name' || evidence.field === 'taxonomy') {
        headlineNeedBits[slot] = (headlineNeedBits[slot] ?? 0) | bit;
      }
    }
    // Spelling and case vary between a publisher's records: "Age UK Bristol" and "Age UK bristol" are one.
    const organisation = (service.organisation ?? '').trim().toLowerCase();
    if (organisation) {
      if (!organisationNumber.has(organisation)) organisationNumber.set(organisation, organisationNumber.size + 1);
      organisationOf[doc] = organisationNumber.get(organisation) ?? 0;
    }
    for (const need of service.needs) {
      const position = needPosition.get(need);
      if (position === undefined) continue;
      const slot = doc * needWords + (position >> 5);
      needBits[slot] = (needBits[slot] ?? 0) | (1 << (position & 31));
    }
    const { minAge: min, maxAge: max } = service.eligibility;
    if (min !== undefined) minAge[doc] = Math.max(0, Math.min(254, min));
    if (max !== undefined) maxAge[doc] = Math.max(0, Math.min(254, max));
    flags[doc] = flagsOf(service);
    if (service.assuredDate) assuredDay[doc] = Math.max(1, Math.floor(Date.parse(service.assuredDate) / DAY_MS) || 0);
    for (const schedule of service.schedules) {
      if (schedule.days.length === 0) continue;
      days.push(schedule.days.reduce((bits, day) => bits | (1 << (day - 1)), 0));
      opens.push(minutes(schedule.opens, 0));
      closes.push(minutes(schedule.closes, 1440));
    }
    scheduleStart[doc + 1] = days.length;
    for (const audience of service.eligibility.audiences) {
      let position = audiencePosition.get(audience);
      if (position === undefined) {
        position = audiences.length;
        audiences.push(audience);
        audiencePosition.set(audience, position);
      }
      audienceIndex.push(position);
    }
    audienceStart[doc + 1] = audienceIndex.length;
  });

  const words = [...postings.keys()].sort();
  const postingStart = new Uint32Array(words.length + 1);
  let total = 0;
  words.forEach((word, index) => {
    total += (postings.get(word)?.length ?? 0) / 2;
    postingStart[index + 1] = total;
  });
  const postingDocs = new Uint32Array(total);
  const postingWeights = new Uint8Array(total);
  words.forEach((word, index) => {
    const list = postings.get(word) ?? [];
    let at = postingStart[index] ?? 0;
    for (let i = 0; i < list.length; i += 2) {
      postingDocs[at] = list[i] ?? 0;
      postingWeights[at] = list[i + 1] ?? 0;
      at++;
    }
  });

  return {
    id: 'all',
    version: SEARCH_INDEX_VERSION,
    builtAt: now,
    ids: services.map((service) => service.id),
    words,
    postingStart,
    postingDocs,
    postingWeights,
    needIds,
    needWords,
    needBits,
    strongNeedBits,
    headlineNeedBits,
    organisationOf,
    lat: places.lat,
    lon: places.lon,
    minAge,
    maxAge,
    flags,
    assuredDay,
    scheduleStart,
    scheduleDays: Uint8Array.from(days),
    scheduleOpens: Uint16Array.from(opens),
    scheduleCloses: Uint16Array.from(closes),
    audiences,
    audienceStart,
    audienceIndex: Uint16Array.from(audienceIndex),
    postcodes: places.postcodes,
    outcodes: places.outcodes,
  };
}
