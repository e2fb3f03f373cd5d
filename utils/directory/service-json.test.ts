import { describe, expect, it } from 'vitest';
import { latin1Json } from './service-json';

describe('latin1Json', () => {
  it.each([
    ['plain text', { name: 'Plain "text"\n', n: 1 }],
    ['curly quotes, dashes and £', { d: 'It’s “free” – £2 café' }],
    ['an emoji and a lone surrogate', { d: 'ok 👍 then \ud800 end', list: ['Ω', null] }],
    ['a wide character first and last', ['€', 'x', '€']],
  ])('writes %s one byte a character, and JSON.parse reads back the same value', (_, value) => {
    const json = latin1Json(value);
    expect(json).not.toMatch(/[\u0100-\uffff]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('leaves JSON with no wide character as JSON.stringify wrote it', () => {
    const value = { name: 'Café £3', audiences: ['Adults'] };
    expect(latin1Json(value)).toBe(JSON.stringify(value));
  });
});
