import { describe, expect, it } from 'vitest';
import { checkChoice, checkEmail, checkLines, checkList, checkPhone, checkText, isNhsMail } from './check-fields';

describe('checkText', () => {
  it.each([
    [undefined, {}, { ok: true, value: '' }],
    ['  Riverside  ', {}, { ok: true, value: 'Riverside' }],
    [undefined, { required: true }, { ok: false, problem: 'Name is empty.' }],
    ['   ', { required: true }, { ok: false, problem: 'Name is empty.' }],
    [42, {}, { ok: false, problem: 'Name must be text.' }],
    ['x'.repeat(11), { max: 10 }, { ok: false, problem: 'Name is too long: keep it under 10 characters.' }],
  ])('%j with %j', (value, options, expected) => {
    expect(checkText(value, 'Name', options)).toEqual(expected);
  });

  it('names the field and row of a problem', () => {
    expect(checkText(1, 'Name', { field: 'name', index: 2 })).toEqual({
      ok: false,
      problem: 'Name must be text.',
      field: 'name',
      index: 2,
    });
  });
});

describe('checkEmail and checkPhone', () => {
  it.each([
    ['jo.bloggs@nhs.net', true],
    ['', true],
    ['jo at nhs', false],
    ['jo@nhs', false],
  ])('email %j ok: %s', (value, ok) => {
    expect(checkEmail(value, 'Email').ok).toBe(ok);
  });

  it('requires an email when asked to', () => {
    expect(checkEmail('', 'Email', { required: true })).toMatchObject({ ok: false, problem: 'Email is empty.' });
  });

  it.each([
    ['01632 960001', true],
    ['+44 (0)1632 960-001', true],
    ['111', true],
    ['12', false],
    ['call 01632', false],
    ['01632+960001', false],
  ])('phone %j ok: %s', (value, ok) => {
    expect(checkPhone(value, 'Phone').ok).toBe(ok);
  });

  it.each([
    ['a.b@nhs.net', true],
    ['A.B@NHS.NET ', true],
    ['a.b@example.org', false],
    ['a.b@nhs.net.example.org', false],
  ])('isNhsMail(%j) is %s', (email, expected) => {
    expect(isNhsMail(email)).toBe(expected);
  });
});

describe('checkChoice, checkList and checkLines', () => {
  it.each([
    [24, true],
    [5, false],
    ['24', false],
  ])('refreshHours %j ok: %s', (value, ok) => {
    const checked = checkChoice(value, 'refreshHours', [1, 6, 12, 24, 72, 168]);
    expect(checked.ok).toBe(ok);
    if (!checked.ok) expect(checked.problem).toBe('refreshHours must be one of 1, 6, 12, 24, 72, 168.');
  });

  it('refuses a list that is not one, or too long, in a sentence of its own', () => {
    expect(checkList('a', 'the trigger words', 2)).toMatchObject({ problem: 'The trigger words must be a list.' });
    expect(checkList([1, 2, 3], 'the trigger words', 2)).toMatchObject({
      problem: 'The trigger words has too many entries: keep it to 2 or fewer.',
    });
  });

  it('trims lines and drops blank ones, refusing a line that is not text', () => {
    expect(checkLines([' a ', '', 'b'], 'the words', { max: 5, maxLine: 10 })).toEqual({ ok: true, value: ['a', 'b'] });
    expect(checkLines(['a', 3], 'the words', { max: 5, maxLine: 10 })).toMatchObject({
      problem: 'Line 2 of the words must be text.',
    });
  });
});
