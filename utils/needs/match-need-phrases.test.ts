import { describe, expect, it } from 'vitest';
import { matchNeedPhrases } from './match-need-phrases';

describe('matchNeedPhrases', () => {
  it.each([
    ['money worries', [{ need: 'debt', phrase: 'money worries' }]],
    ['skint', [{ need: 'debt', phrase: 'skint' }]],
    // Classes of an activity are that activity, not adult learning.
    ['exercise classes', [{ need: 'physical-activity', phrase: 'exercise classes' }]],
    ['a yoga class', [{ need: 'physical-activity', phrase: 'yoga class' }]],
    // Repairs to an aid are not housing repairs.
    ['hearing aid repairs', [{ need: 'disability-sensory', phrase: 'hearing aid repairs' }]],
    // Arrears put the tenancy at risk: both needs.
    [
      "can't pay rent",
      [
        { need: 'housing', phrase: "can't pay rent" },
        { need: 'debt', phrase: "can't pay rent" },
      ],
    ],
    [
      'Cant Pay Rent',
      [
        { need: 'housing', phrase: 'Cant Pay Rent' },
        { need: 'debt', phrase: 'Cant Pay Rent' },
      ],
    ],
    [
      'lonely since my wife died',
      [
        { need: 'loneliness', phrase: 'lonely' },
        { need: 'bereavement', phrase: 'wife died' },
      ],
    ],
    // Typos are the search engine's job; the correct word still matches.
    ['carer suport', [{ need: 'carers', phrase: 'carer' }]],
    // The longest phrase wins over the words inside it.
    ['lost my husband last year', [{ need: 'bereavement', phrase: 'lost my husband' }]],
    [
      'Lives alone, recently bereaved, feeling low',
      [
        { need: 'loneliness', phrase: 'Lives alone' },
        { need: 'bereavement', phrase: 'bereaved' },
        { need: 'mental-wellbeing', phrase: 'feeling low' },
      ],
    ],
    // One entry per need, with its longest phrase, in order of first appearance.
    ['cold house, cannot heat it, cold house', [{ need: 'fuel-poverty', phrase: 'cold house' }]],
    ["cold home and can't afford heating", [{ need: 'fuel-poverty', phrase: "can't afford heating" }]],
    // Excluding phrases still apply: nothing here is about welfare benefits.
    ['talked about the benefits of exercise', [{ need: 'physical-activity', phrase: 'exercise' }]],
    ['lives within walking distance', []],
    ['', []],
    ['Routine medication review', []],
  ])('%j', (text, expected) => {
    expect(matchNeedPhrases(text)).toEqual(expected);
  });
});
