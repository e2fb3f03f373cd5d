import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';
import { stripHtml } from './strip-html';

describe('normaliseText', () => {
  it.each([
    ['  Tea and chat ', 'Tea and chat'],
    ['<p>Tea &amp; chat</p>', 'Tea & chat'],
    ['Tea\u00A0and\u200Bchat', 'Tea andchat'],
    ['two  spaces', 'two spaces'],
    ['line\r\nbreak', 'line\nbreak'],
    [42, '42'],
    ['<p><br></p>', undefined],
    ['   ', undefined],
    [null, undefined],
    [{ text: 'x' }, undefined],
  ])('%j → %j', (value, expected) => {
    expect(normaliseText(value)).toBe(expected);
  });

  // The fast path must never give a different answer from the full HTML pass.
  it.each(['plain', 'a & b', 'a<b', 'tab\there', 'x  y', ' lead', 'emoji 🙂', 'quote "q"'])(
    'agrees with stripHtml for %j',
    (value) => {
      expect(normaliseText(value) ?? '').toBe(stripHtml(value));
    },
  );
});
