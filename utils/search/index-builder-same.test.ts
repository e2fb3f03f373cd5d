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
      'e\u0301x naïve café İstanbul ﬁsh 2² 𝐀bc Kelvin \u212a',
      '“Quoted” – dash — £5 … and • bullet, don’t ‘single’ ＇fullwidth',
      'zero\u200bwidth soft\u00adhyphen nbsp\u00a0here ΣΑΣ ok',
      'Hangul 한국어 and Cyrillic Привет, Arabic مرحبا, emoji 👍 end',
      'a\u0591\u0301b c\u0301\u0591d',
    ];
    const texts = [...bristol, ...generated].flatMap((s) => [
      s.name,
      s.description,
      s.organisation ?? '',
      ...s.eligibility.audiences,
    ]);
    for (const text of [...odd, ...texts]) expect(indexWords(text)).toEqual(tokenise(text));
  });

  it('finds the same words as tokenise in random text of every kind of character', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const pool = "aZ09 '`.-’‘";
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let i = 0; i < 24; i++) {
        text += random(3) > 0 ? (pool[random(pool.length)] ?? ' ') : String.fromCharCode(0x80 + random(0xffff - 0x80));
      }
      expect(indexWords(text)).toEqual(tokenise(text));
    }
  });
});
