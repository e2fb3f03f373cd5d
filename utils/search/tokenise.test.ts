import { describe, expect, it } from 'vitest';
import { normaliseWord, tokenise } from './tokenise';

describe('tokenise', () => {
  it.each([
    ["Can't pay the rent", ['cant', 'pay', 'rent']],
    ['Carers’ Support Groups', ['carer', 'support', 'group']],
    ['Café for the bereaved', ['cafe', 'bereaved']],
    ['Activities & classes', ['activity', 'class']],
    ['a an the of', []],
  ])('%j → %j', (text, words) => {
    expect(tokenise(text)).toEqual(words);
  });

  it.each([
    ['carers', 'carer'],
    ['bus', 'bus'],
    ['address', 'address'],
    ['activities', 'activity'],
    ['hous', 'hous'],
    ['crisis', 'crisis'],
  ])('normaliseWord(%j) = %j', (word, expected) => {
    expect(normaliseWord(word)).toBe(expected);
  });
});
