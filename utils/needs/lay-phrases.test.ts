import { describe, expect, it } from 'vitest';
import { matchNeedPhrases } from './match-need-phrases';

/** How patients say it (vocabulary-lay.ts): each phrase must name its need, in the search box and in notes alike. */
const PHRASES: [string, string][] = [
  ['blokes feeling low', 'mental-wellbeing'],
  ["my husband won't talk about how he feels", 'mental-wellbeing'],
  ['my dad bottles everything up', 'mental-wellbeing'],
  ['he bottles it up', 'mental-wellbeing'],
  ["my wife hasn't been herself and cries a lot", 'mental-wellbeing'],
  ["he's not been himself lately", 'mental-wellbeing'],
  ["I'm 16 and really stressed", 'mental-wellbeing'],
  ['my daughter just had a baby and is struggling', 'parenting-families'],
  ['my wife is struggling since the baby was born', 'parenting-families'],
  ['post natal depression', 'parenting-families'],
  ["my son won't go to school", 'young-people'],
  ['she refuses to go to school', 'young-people'],
  ["I'm 15 and feel rubbish", 'young-people'],
  ['my granny is 80 and lives on her own', 'older-people'],
  ['my granny is 80 and lives on her own', 'loneliness'],
  ['he lives alone', 'loneliness'],
  ['help getting to appointments', 'transport'],
  ['betting is ruining my life', 'gambling'],
];

describe('lay phrasings', () => {
  it.each(PHRASES)('"%s" names %s', (text, need) => {
    expect(matchNeedPhrases(text).map((match) => match.need)).toContain(need);
  });

  it('does not read "open" or "ruining" alone as a need', () => {
    expect(matchNeedPhrases('is the library open up the road')).toEqual([]);
    expect(matchNeedPhrases('the rain is ruining the garden').map((match) => match.need)).not.toContain('gambling');
  });
});
