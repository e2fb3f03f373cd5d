import { isValid } from 'postcode';
import { describe, expect, it } from 'vitest';
import { isObject, list, num, text } from '../../utils/directory/narrow';
import { normaliseOrukService } from '../../utils/directory/normalise-oruk-service';
import { stripHtml } from '../../utils/directory/strip-html';
import { generateDirectory } from './generate-directory';
import { generateQueries } from './generate-queries';
import { Random } from './random';
import { THEMES } from './themes';
import { TOWNS } from './towns';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
// Ofcom's drama ranges: 0117 496 0xxx-style geographic, 01632 960xxx, 07700 900xxx, 0808 157 0xxx.
const DRAMA_PHONE = /^(?:0\d{3} 49[68] 0\d{3}|01632 960\d{3}|07700 900\d{3}|0808 157 0\d{3})$/;

const directory = generateDirectory(3000, 42);

function share(predicate: (record: Record<string, unknown>) => boolean): number {
  return directory.filter(predicate).length / directory.length;
}

function locations(record: Record<string, unknown>): Record<string, unknown>[] {
  return list(record.service_at_locations).flatMap((entry) =>
    isObject(entry) && isObject(entry.location) ? [entry.location] : [],
  );
}

function addresses(location: Record<string, unknown>): Record<string, unknown>[] {
  return list(location.physical_addresses).filter(isObject);
}

function words(html: string): string[] {
  return stripHtml(html)
    .split(/\s+/)
    .filter((token) => /[A-Za-z0-9]/.test(token));
}

describe('Random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const first = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(first);
  });

  it.each([
    [0, 0],
    [1, 6],
    [-3, 3],
  ])('int(%i, %i) stays in range and reaches both ends', (min, max) => {
    const random = new Random(3);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
  });

  it('weights choices', () => {
    const random = new Random(5);
    const picks = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['a', 3],
        ['b', 1],
      ]),
    );
    expect(picks.filter((pick) => pick === 'a').length / picks.length).toBeCloseTo(0.75, 1);
  });

  it('makes distinct version-4 UUIDs', () => {
    const random = new Random(9);
    const ids = Array.from({ length: 5000 }, () => random.uuid());
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('THEMES', () => {
  it('covers 44 distinct needs, each with names, sentences and queries', () => {
    expect(new Set(THEMES.map((theme) => theme.id)).size).toBe(44);
    expect(new Set(THEMES.map((theme) => theme.taxonomy.id)).size).toBe(44);
    const thin = THEMES.filter((t) => !t.names.length || !t.intros.length || !t.details.length || !t.queries.length);
    expect(thin.map((theme) => theme.id)).toEqual([]);
  });
});

describe('generateDirectory', () => {
  it.each([0, 1, 17, 250])('makes %i records', (count) => {
    expect(generateDirectory(count, 3)).toHaveLength(count);
  });

  it('is deterministic for a seed', () => {
    const first = JSON.stringify(generateDirectory(200, 42));
    expect(JSON.stringify(generateDirectory(200, 42))).toBe(first);
    expect(JSON.stringify(generateDirectory(200, 43))).not.toBe(first);
  });

  it('gives every record a unique uuid and a name', () => {
    const ids = directory.map((record) => text(record.id) ?? '');
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(directory.every((record) => (text(record.name) ?? '').length > 2)).toBe(true);
  });

  it('puts every location at a valid postcode within ~6 km of its town', () => {
    const towns = new Map(TOWNS.map((town) => [town.name, town]));
    const all = directory.flatMap(locations);
    expect(all.length).toBeGreaterThan(directory.length * 0.7);
    for (const location of all) {
      const [address] = addresses(location);
      const town = towns.get(text(address?.city) ?? '');
      const postcode = text(address?.postal_code) ?? '';
      expect(isValid(postcode), postcode).toBe(true);
      expect(town?.outcodes).toContain(postcode.split(' ')[0]);
      expect(Math.abs((num(location.latitude) ?? 0) - (town?.lat ?? 0))).toBeLessThan(0.05);
      expect(Math.abs((num(location.longitude) ?? 0) - (town?.lon ?? 0))).toBeLessThan(0.08);
    }
  });

  it('uses only fictional phone numbers', () => {
    const numbers = directory.flatMap((record) =>
      list(record.contacts).flatMap((contact) =>
        isObject(contact) ? list(contact.phones).map((phone) => (isObject(phone) ? text(phone.number) : '')) : [],
      ),
    );
    expect(numbers.length).toBeGreaterThan(directory.length * 0.8);
    expect(numbers.filter((number) => !DRAMA_PHONE.test(number ?? ''))).toEqual([]);
  });

  it('writes 30–80-word HTML descriptions with the quirks of real feeds', () => {
    const counts = directory.map((record) => words(text(record.description) ?? '').length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...counts)).toBeLessThanOrEqual(80);
    expect(share((record) => String(record.description).startsWith('<p>'))).toBeGreaterThan(0.85);
    expect(share((record) => String(record.description).includes('&nbsp;'))).toBeGreaterThan(0.2);
    expect(share((record) => String(record.description).includes('&amp;'))).toBeGreaterThan(0.02);
  });

  it.each([
    ['active status', (r: Record<string, unknown>) => r.status === 'active', 0.95, 0.99],
    ['taxonomy terms', (r: Record<string, unknown>) => list(r.service_taxonomys).length > 0, 0.16, 0.24],
    ['an organisation', (r: Record<string, unknown>) => isObject(r.organization), 1, 1],
    ['audience tags', (r: Record<string, unknown>) => list(r.pc_targetAudience).length > 0, 0.45, 0.65],
    [
      'an audience tag with a trailing space',
      (r: Record<string, unknown>) =>
        list(r.pc_targetAudience).some((a) => isObject(a) && / $/.test(String(a.audienceType))),
      0.15,
      0.35,
    ],
    ['schedules', (r: Record<string, unknown>) => list(r.regular_schedules).length > 0, 0.65, 0.75],
    ['a minimum age', (r: Record<string, unknown>) => typeof r.minimum_age === 'number', 0.15, 0.35],
    ['an attending type', (r: Record<string, unknown>) => r.attending_type !== '', 0.65, 0.85],
  ])('gives a plausible share of records %s', (_, predicate, min, max) => {
    const observed = share(predicate);
    expect(observed).toBeGreaterThanOrEqual(min);
    expect(observed).toBeLessThanOrEqual(max);
  });

  it('keeps pc_metadata dates in order', () => {
    for (const record of directory) {
      const meta = isObject(record.pc_metadata) ? record.pc_metadata : {};
      const created = text(meta.date_created) ?? '';
      expect(created <= (text(meta.date_assured) ?? '')).toBe(true);
      expect((text(meta.date_assured) ?? '') <= (text(meta.date_modified) ?? '')).toBe(true);
      expect(record.assured_date).toBe(meta.date_assured);
    }
  });

  it('yields records the ORUK importer accepts', () => {
    const problems = directory.flatMap((record) => {
      const result = normaliseOrukService(record, 'bench');
      return 'problem' in result ? [result.problem] : [];
    });
    expect(problems).toEqual([]);
  });

  it('has a long tail of distinct words, like a real directory', () => {
    const vocabulary = new Set(
      directory.flatMap(
        (record) => `${record.name} ${stripHtml(String(record.description))}`.toLowerCase().match(/[a-z]+/g) ?? [],
      ),
    );
    expect(vocabulary.size).toBeGreaterThan(3000);
  });
});

describe('generateQueries', () => {
  const queries = generateQueries(1000, 11);

  it.each([0, 1, 200])('makes %i queries', (count) => {
    expect(generateQueries(count)).toHaveLength(count);
  });

  it('is deterministic for a seed', () => {
    expect(generateQueries(1000, 11)).toEqual(queries);
    expect(generateQueries(1000, 12)).not.toEqual(queries);
  });

  it.each([
    ['multi-word', (q: string) => q.includes(' '), 0.2, 0.6],
    ['2–3 letters', (q: string) => q.length <= 3, 0.08, 0.3],
    [
      'a known typo',
      (q: string) => ['housng', 'lonelyness', 'dept advice', 'bereavment', 'excercise'].includes(q),
      0.005,
      0.1,
    ],
    ['a town', (q: string) => TOWNS.some((town) => town.name === q), 0.05, 0.2],
  ])('has a realistic share of %s queries', (_, predicate, min, max) => {
    const observed = queries.filter(predicate).length / queries.length;
    expect(observed).toBeGreaterThanOrEqual(min);
    expect(observed).toBeLessThanOrEqual(max);
  });

  it('never makes empty or padded queries', () => {
    expect(queries.filter((q) => q.length < 2 || q.trim() !== q)).toEqual([]);
  });
});
