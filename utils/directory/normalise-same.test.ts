import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { recordCases } from '../../tests/hostile/cases-records';
import { normaliseRecords as normaliseRecordsBefore } from '../../tests/reference/normalise-before/directory/normalise-records';
import { stripHtml as stripHtmlBefore } from '../../tests/reference/normalise-before/directory/strip-html';
import { inferNeeds as inferNeedsBefore } from '../../tests/reference/normalise-before/needs/infer-needs';
import { leadEnd as leadEndBefore } from '../../tests/reference/normalise-before/needs/lead';
import { inferNeeds } from '../needs/infer-needs';
import { leadEnd } from '../needs/lead';
import { needVocabulary } from '../needs/need-vocabulary';
import { normaliseRecords } from './normalise-records';
import { serviceJson } from './service-json';
import { stripHtml } from './strip-html';

// Normalising and need inference were rewritten for speed (issue 14); tests/reference/normalise-before/ keeps the
// code as it was, and every service must come out byte for byte the same, with the same report.

const AT = Date.parse('2026-12-01');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function randomFrom(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const ODD = [
  '<p>',
  '</p>',
  '<br/>',
  '<b>',
  '</b>',
  '<li>',
  '<script>x()</script>',
  '<style>p{}</style>',
  '&nbsp;',
  '&amp;',
  '&lt;b&gt;',
  '&#8217;',
  '&#10;',
  '&pound;5',
  '&unknown;',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\t',
  '\r\n',
  '\n',
  '\n\n',
  '  ',
  ' - ',
  '. ',
  '; ',
  '|',
  '•',
  '’',
  '“',
  '”',
  'é',
  'café',
  'naïve',
  'İstanbul',
  'ﬁsh',
  '👍',
  '\u3000',
  '\u2028',
  'www.example.org',
  'help@example.org',
  'https://a.example/x',
  "can't",
  'CAN’T PAY',
  'Mental Health',
  '<a',
  '<',
  '>',
  '&',
];

/** Every phrase of the vocabulary, to build texts that meet many phrases (and their near misses). */
const PHRASES = needVocabulary.flatMap((need) => [
  ...need.synonyms,
  ...need.keywords,
  ...(need.weakKeywords ?? []),
  ...(need.exclude ?? []),
]);

function messyText(random: ReturnType<typeof randomFrom>, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = random.next();
    if (roll < 0.35) parts.push(random.pick(PHRASES).replace('*', random.pick(['', 's', 'ing', 'ment'])));
    else if (roll < 0.6) parts.push(random.pick(ODD));
    else if (roll < 0.75) parts.push(random.pick(PHRASES).toUpperCase());
    else parts.push(random.pick(['the', 'and', 'a', 'of', 'we', 'help', 'support', 'group', 'for', 'people']));
    parts.push(random.pick([' ', ' ', ' ', '', ', ', '. ', '\n', '  ']));
  }
  return parts.join('');
}

/** Generated records roughened: HTML, entities, invisible characters, odd spacing, repeats, broken values. */
function messyRecords(count: number, seed: number): unknown[] {
  const random = randomFrom(seed);
  const records = generateDirectory(count, seed) as Record<string, unknown>[];
  const out: unknown[] = [];
  for (const record of records) {
    const copy = { ...record };
    if (random.next() < 0.5) copy.description = messyText(random, 10 + Math.floor(random.next() * 120));
    else if (random.next() < 0.3) copy.description = `<div>${String(copy.description)}</div>${random.pick(ODD)}`;
    if (random.next() < 0.2) copy.name = `${random.pick(ODD)}${String(copy.name)}${random.pick(ODD)}`;
    if (random.next() < 0.1) copy.name = messyText(random, 3);
    if (random.next() < 0.02) copy.name = random.pick(['', '  ', '\u200b', '<b></b>', null]);
    if (random.next() < 0.05) copy.id = random.pick([42, '', null, ` ${String(copy.id)} `]);
    if (random.next() < 0.05) copy.url = random.pick(['javascript:x', 'www.example.org', 'ftp://x', 'Not a site']);
    if (random.next() < 0.05) copy.email = random.pick(['a@b', 'x@example.org?cc=y', 'Email us']);
    if (random.next() < 0.05) copy.assured_date = random.pick(['1980-01-01', 'soon', '2030-01-01', '']);
    if (random.next() < 0.1) copy.pc_targetAudience = [{ value: messyText(random, 4) }, { value: 'Adults > 65' }];
    if (random.next() < 0.1 && isObjectLike(copy.organization)) {
      copy.organization = { ...copy.organization, name: messyText(random, 4) };
    }
    out.push(copy);
    if (random.next() < 0.03) out.push(copy);
    if (random.next() < 0.02) out.push({ ...copy, name: `${String(copy.name)} again` });
  }
  return out;
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function compare(records: unknown[]) {
  const now = normaliseRecords(records, 'src', AT);
  const before = normaliseRecordsBefore(records, 'src', AT);
  expect(now.services.map(serviceJson)).toEqual(before.services.map(serviceJson));
  expect({ ...now, services: now.services.length }).toEqual({ ...before, services: before.services.length });
  return now.services.length;
}

describe('normalising, rewritten for speed', () => {
  it('gives the Bristol feed byte for byte as before', () => {
    expect(compare(read('tests/fixtures/oruk-v1/bristol-services.json') as unknown[])).toBe(817);
  });

  it('gives the ORUK 3.0 examples as before', () => {
    const list = read('tests/fixtures/oruk-3.0/service_list.json') as { contents: unknown[] };
    const records = [...list.contents, read('tests/fixtures/oruk-3.0/service_full.json')];
    expect(compare(records)).toBeGreaterThan(0);
  });

  it('gives 3,000 generated services as before', () => {
    expect(compare(generateDirectory(3000, 11))).toBe(3000);
  }, 60_000);

  it('gives 3,000 roughened generated records (HTML, entities, odd characters, repeats) as before', () => {
    expect(compare(messyRecords(3000, 5))).toBeGreaterThan(2500);
  }, 60_000);

  it('gives every hostile record of the corpus as before', () => {
    let services = 0;
    for (const hostile of recordCases) {
      for (const file of hostile.files ?? []) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(typeof file.content === 'string' ? file.content : '');
        } catch {
          continue;
        }
        services += compare(Array.isArray(parsed) ? parsed : [parsed]);
      }
    }
    expect(services).toBeGreaterThan(50);
  }, 60_000);

  it('strips HTML from odd texts as before', () => {
    const random = randomFrom(9);
    const texts = [...ODD, ODD.join(''), ODD.join(' '), ...Array.from({ length: 3000 }, () => messyText(random, 30))];
    for (const text of texts) expect(stripHtml(text)).toBe(stripHtmlBefore(text));
  });

  it('strips every single character as before', () => {
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      for (const text of [`a${char}b`, `${char} x ${char}`, `${char}\udc41 y`]) {
        expect(stripHtml(text)).toBe(stripHtmlBefore(text));
      }
    }
  });

  it('finds the same opening sentence in odd texts', () => {
    const random = randomFrom(4);
    const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u200b', '\u180e', '\v'];
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      for (let w = Math.floor(random.next() * 50); w > 0; w--) {
        parts.push(random.pick(['word', 'end.', 'why?', 'yes!', 'a.b', '.', '…', 'x', '!?', 'café']));
        parts.push(random.pick(spaces));
      }
      const text = `${random.pick(['', ...spaces])}${parts.join('')}`;
      expect(leadEnd(text)).toBe(leadEndBefore(text));
    }
  });

  it('infers the same needs from texts dense with the vocabulary', () => {
    const random = randomFrom(3);
    for (let i = 0; i < 2000; i++) {
      const service = {
        name: messyText(random, 4),
        organisation: random.next() < 0.5 ? messyText(random, 3) : undefined,
        description: messyText(random, 80),
        eligibility: { audiences: Array.from({ length: Math.floor(random.next() * 7) }, () => messyText(random, 2)) },
        taxonomy: random.next() < 0.2 ? ['esdNeed:69', 'http://id.esd.org.uk/service/298'] : [],
      };
      expect(inferNeeds(service)).toEqual(inferNeedsBefore(service));
    }
  });
});
