import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { createIndexBuilder as createIndexBuilderBefore } from '../../tests/reference/index-builder-before';
import { normaliseRecords } from '../directory/normalise-records';
import type { Service } from '../directory/service';
import { createIndexBuilder } from './index-builder';
import { indexWords, tokenise } from './tokenise';

const bristol = normaliseRecords(
  JSON.parse(readFileSync('tests/fixtures/oruk-v1/bristol-services.json', 'utf8')) as unknown[],
  'bristol',
  Date.parse('2026-12-01'),
).services;
const generated = normaliseRecords(generateDirectory(3000, 11), 'generated', Date.parse('2026-12-01')).services;

function build(make: typeof createIndexBuilder, services: Service[][]) {
  const builder = make();
  for (const page of services) builder.add(page);
  return { index: builder.finish(5), cards: builder.cards(5) };
}

describe('the index builder, rewritten for speed', () => {
  it.each([
    ['the Bristol feed', [bristol]],
    [
      '3,000 generated services in pages of 250',
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((p) => generated.slice(p * 250, (p + 1) * 250)),
    ],
    ['both, one after the other', [generated.slice(0, 500), bristol, generated.slice(500)]],
  ])(
    'builds exactly the index and cards the builder before it built, from %s',
    (_, pages) => {
      expect(build(createIndexBuilder, pages)).toEqual(build(createIndexBuilderBefore, pages));
    },
    60_000,
  );

  it('finds the same words as tokenise in every text of the feeds and in odd ones', () => {
    const odd = [
      "Can't pay the rent",
      "'quoted' words, rock'n'roll, o`clock and ''",
      'ALL CAPS & MiXeD 2024 a1 b 12',
      'Carers’ Support Groups, Café',
      '',
      ' - ',
      'tabs\tand\nlines\r\nend.',
    ];
    const texts = [...bristol, ...generated].flatMap((s) => [
      s.name,
      s.description,
      s.organisation ?? '',
      ...s.eligibility.audiences,
    ]);
    for (const text of [...odd, ...texts]) expect(indexWords(text)).toEqual(tokenise(text));
  });
});
