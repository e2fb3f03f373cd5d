import { describe, expect, it } from 'vitest';
import { senseFits } from './word-sense';

describe('senseFits', () => {
  it.each([
    ['veterans', 'served', 'Landlord has served a section 21 notice'],
    ['veterans', 'served', 'served with court papers for rent arrears'],
    ['refugees-asylum', 'Afghanistan', 'Army veteran, served in Afghanistan'],
    ['mental-wellbeing', 'Struggling', 'Struggling to pay gas bills'],
    ['smoking', 'quit', 'quit his job in March'],
    ['digital-inclusion', 'online', 'Gambling online most nights'],
    ['carers', 'carers', 'has carers twice daily'],
    ['carers', 'carer', 'carer visits each morning'],
    ['long-term-conditions', 'Ms', 'Ms Priya DESAI'],
    ['physical-activity', 'Active', 'Query depression · Active'],
    ['homelessness', 'Street', '4 Quay Street, Bristol'],
  ])('%s is not meant by "%s" in "%s"', (need, phrase, clause) => {
    expect(senseFits(need, phrase, clause)).toBe(false);
  });

  it.each([
    ['veterans', 'served', 'served in the army for 12 years'],
    ['refugees-asylum', 'Afghanistan', 'arrived from Afghanistan, seeking asylum'],
    ['mental-wellbeing', 'Struggling', 'Struggling since the diagnosis, tearful'],
    ['smoking', 'quit', 'wants to quit smoking'],
    ['digital-inclusion', 'online', 'needs help getting online'],
    ['carers', 'carer', 'main carer for her daughter'],
    ['housing', 'section 21', 'served a section 21 notice'],
    ['long-term-conditions', 'MS', 'relapsing MS, tired'],
    ['physical-activity', 'active', 'wants to get more active'],
    ['homelessness', 'street', 'sleeping on the street'],
  ])('%s is meant by "%s" in "%s"', (need, phrase, clause) => {
    expect(senseFits(need, phrase, clause)).toBe(true);
  });
});
