import { describe, expect, it } from 'vitest';
import { type Mention, mentionOf } from './negation';

/** The mention of `words` (the need's matched words) in `clause`. */
function mention(clause: string, words: string, need: string): Mention {
  const start = clause.toLowerCase().indexOf(words.toLowerCase());
  if (start < 0) throw new Error(`"${words}" is not in "${clause}"`);
  return mentionOf(clause, start, start + words.length, need);
}

describe('mentionOf', () => {
  it.each([
    ['No financial concerns', 'financial', 'debt'],
    ['Denies alcohol', 'alcohol', 'drugs-alcohol'],
    ['Not lonely', 'lonely', 'loneliness'],
    ['No domestic abuse disclosed', 'domestic abuse', 'domestic-abuse'],
    ['Smoking status: never smoked', 'Smoking', 'smoking'],
    ['Gambling: nil', 'Gambling', 'gambling'],
    ['Housing: no problems', 'Housing', 'housing'],
    ['Ex-smoker', 'smoker', 'smoking'],
    ['no alcohol', 'alcohol', 'drugs-alcohol'],
    ['No evidence of self-neglect or low mood', 'low mood', 'mental-wellbeing'],
    ['Alcohol misuse · Resolved', 'Alcohol', 'drugs-alcohol'],
    ['No debt, housing or benefit problems', 'housing', 'housing'],
    ['Declines support for drinking', 'drinking', 'drugs-alcohol'],
    ['no longer isolated', 'isolated', 'loneliness'],
    ['domestic abuse not disclosed', 'domestic abuse', 'domestic-abuse'],
    ['Never married, not isolated', 'isolated', 'loneliness'],
  ])('"%s" denies "%s"', (clause, words, need) => {
    expect(mention(clause, words, need)).toBe('negated');
  });

  it.each([
    ['no transport to appointments', 'transport to appointments', 'transport'],
    ['No food in the house', 'food', 'food'],
    ['Denies alcohol, smokes 20 a day', 'smokes', 'smoking'],
    ['Not sleeping, very low mood', 'low mood', 'mental-wellbeing'],
    ['not coping with debts', 'debts', 'debt'],
    ['Lives alone since wife died', 'Lives alone', 'loneliness'],
    ['Landlord has not fixed the damp and mould', 'damp and mould', 'housing'],
    ['served a section 21 notice', 'section 21', 'housing'],
    ['domestic abuse disclosed to the health visitor', 'domestic abuse', 'domestic-abuse'],
    ['without heating since October', 'heating', 'fuel-poverty'],
  ])('"%s" states "%s"', (clause, words, need) => {
    expect(mention(clause, words, need)).toBe('affirmed');
  });

  it.each([
    ['?lonely since moving', 'lonely', 'loneliness'],
    ['Query depression', 'depression', 'mental-wellbeing'],
    ['possible early dementia', 'dementia', 'dementia'],
    ['suspected alcohol misuse', 'alcohol', 'drugs-alcohol'],
    ['low mood?', 'low mood', 'mental-wellbeing'],
  ])('"%s" only queries "%s"', (clause, words, need) => {
    expect(mention(clause, words, need)).toBe('hedged');
  });
});
