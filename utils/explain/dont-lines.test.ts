import { describe, expect, it } from 'vitest';
import { formatDontLines, parseDontLines } from './dont-lines';
import { DEFAULT_ROLE_TEXT } from './role-text';

describe('parseDontLines', () => {
  it.each([
    ['Give medical advice — a GP or nurse', [{ item: 'Give medical advice', instead: 'a GP or nurse' }]],
    ['Give medical advice–a GP', [{ item: 'Give medical advice', instead: 'a GP' }]],
    ['Give medical advice - a GP', [{ item: 'Give medical advice', instead: 'a GP' }]],
    ['Long-term plans - the GP', [{ item: 'Long-term plans', instead: 'the GP' }]],
    ['Urgent help — 999 — or 111', [{ item: 'Urgent help', instead: '999 — or 111' }]],
    [
      'A — b\r\n\n  \nC — d\n',
      [
        { item: 'A', instead: 'b' },
        { item: 'C', instead: 'd' },
      ],
    ],
    ['', []],
  ])('reads %j', (input, expected) => {
    expect(parseDontLines(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Give medical advice', 1],
    ['A — b\nself-referral forms', 2],
    ['A — b\n\n — only instead', 3],
    ['Only item —  ', 1],
  ])('names the line without a dash in %j', (input, line) => {
    const result = parseDontLines(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(new RegExp(`^Line ${line} of “They don’t”`));
  });

  it('reads back what formatDontLines writes', () => {
    const text = formatDontLines(DEFAULT_ROLE_TEXT.whatTheyDont);
    expect(text.split('\n')).toHaveLength(DEFAULT_ROLE_TEXT.whatTheyDont.length);
    expect(parseDontLines(text)).toEqual({ ok: true, value: DEFAULT_ROLE_TEXT.whatTheyDont });
  });
});
