// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadJudgments, signpostRanker } from '../../scripts/lib/evaluate';

/**
 * Spelling on the Bristol feed (round 6): a real word is never "corrected" to another real word, and a misspelt need
 * word is read as its need. The real words are everyday words patients type that the directory lacks or rarely uses,
 * each of which was once corrected to a look-alike ("bruises" → Blaise, "cremation" → creation, "sacked" → stalked).
 */
const REAL_WORDS = [
  'bruises',
  'cremation',
  'truanting',
  'booze',
  'coke',
  'grave',
  'leaking',
  'stick',
  'weak',
  'worst',
  'throat',
  'expensive',
  'desperate',
  'adopted',
  'bedwetting',
  'flashbacks',
  'scammed',
  'hubby',
  'fella',
  'gents',
  'tears',
  'chores',
  'stammer',
  'stepson',
  'dyspraxia',
  'nightmares',
  'forgot',
  'married',
  'mouth',
  'useless',
];

const MISSPELT: [query: string, need: string][] = [
  ['lonley', 'loneliness'],
  ['depresed', 'mental-wellbeing'],
  ['anxeity', 'mental-wellbeing'],
  ['benifits', 'benefits'],
  ['dementa', 'dementia'],
  ['alchohol', 'drugs-alcohol'],
  ['gamblng', 'gambling'],
  ['homless', 'homelessness'],
  ['smokeing', 'smoking'],
  ['excercise', 'physical-activity'],
  ['disabilty', 'disability-sensory'],
  ['diabetis', 'long-term-conditions'],
  ['glacoma', 'disability-sensory'],
  ['overwieght', 'healthy-eating-weight'],
  ['teenagr', 'young-people'],
  ['volenteering', 'volunteering'],
  ['bereavment', 'bereavement'],
  ['pregnent', 'parenting-families'],
];

describe('spelling on the Bristol feed', () => {
  const { services } = loadJudgments();
  const { engine } = signpostRanker(services);

  it.each(REAL_WORDS)('keeps the real word "%s" as typed', (word) => {
    expect(engine.search(`${word} `, {}, 1).corrections).toEqual([]);
  });

  it('does not read a misspelt word as another need ("collecters" is not "college")', () => {
    expect(engine.search('debt collecters keep phoning me', {}, 1).needs).toEqual(['debt']);
  });

  it.each(MISSPELT)('reads the misspelt "%s" as %s', (query, need) => {
    const read = engine.search(`${query} `, {}, 1);
    expect(read.corrections.length).toBeGreaterThan(0);
    expect(read.needs).toContain(need);
  });
});
