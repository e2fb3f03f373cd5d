import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_TEXT, type RoleText, validateRoleText } from './role-text';

function withChanges(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(DEFAULT_ROLE_TEXT), ...changes };
}

describe('validateRoleText', () => {
  it('accepts the default text unchanged', () => {
    expect(validateRoleText(structuredClone(DEFAULT_ROLE_TEXT))).toEqual({ ok: true, value: DEFAULT_ROLE_TEXT });
  });

  it('trims text, drops blank lines and keeps only known contact fields', () => {
    const result = validateRoleText(
      withChanges({
        pcnName: '  Riverside PCN ',
        whatTheyDo: ['  Listen  ', '', '   ', 'Connect'],
        whatTheyDont: [{ item: ' Prescriptions ', instead: ' pharmacy ', extra: 1 }],
        whoTheyHelp: undefined,
        howToSelfRefer: undefined,
        contact: {
          phone: ' 01632 960 001 ',
          email: 'sp.team@nhs.net',
          selfReferralUrl: 'https://pcn.example/refer',
          x: 1,
        },
        unknown: '<b>ignored</b>',
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_ROLE_TEXT,
        pcnName: 'Riverside PCN',
        whatTheyDo: ['Listen', 'Connect'],
        whatTheyDont: [{ item: 'Prescriptions', instead: 'pharmacy' }],
        whoTheyHelp: [],
        howToSelfRefer: '',
        contact: { phone: '01632 960 001', email: 'sp.team@nhs.net', selfReferralUrl: 'https://pcn.example/refer' },
      } satisfies RoleText,
    });
  });

  it.each<[string, unknown, RegExp, string | undefined]>([
    ['not an object', 'hello', /not in the expected format/, undefined],
    ['an array', [], /not in the expected format/, undefined],
    ['a numeric PCN name', withChanges({ pcnName: 42 }), /PCN name must be text/, 'pcnName'],
    ['a PCN name too long', withChanges({ pcnName: 'x'.repeat(121) }), /PCN name is too long/, 'pcnName'],
    ['an empty intro', withChanges({ intro: '   ' }), /introduction is empty/, 'intro'],
    ['a missing intro', withChanges({ intro: undefined }), /introduction must be text/, 'intro'],
    ['an intro too long', withChanges({ intro: 'a'.repeat(2001) }), /introduction is too long.*2,000/, 'intro'],
    [
      'no help lines',
      withChanges({ whatTheyDo: ['', ' '] }),
      /“They can help with” needs at least one line/,
      'whatTheyDo',
    ],
    ['help not a list', withChanges({ whatTheyDo: 'Listen' }), /must be a list of lines/, 'whatTheyDo'],
    [
      'a non-text help line',
      withChanges({ whatTheyDo: ['ok', 3] }),
      /Line 2 of “They can help with” is not text/,
      'whatTheyDo',
    ],
    ['a help line too long', withChanges({ whatTheyDo: ['y'.repeat(501)] }), /Line 1 .* too long/, 'whatTheyDo'],
    ['too many help lines', withChanges({ whatTheyDo: Array(21).fill('x') }), /too many lines/, 'whatTheyDo'],
    ['no don’ts', withChanges({ whatTheyDont: [] }), /“They don’t” needs at least one line/, 'whatTheyDont'],
    [
      'a don’t without instead',
      withChanges({ whatTheyDont: [{ item: 'Prescriptions' }] }),
      /Line 1 .*where to go instead/,
      'whatTheyDont',
    ],
    ['a don’t as a string', withChanges({ whatTheyDont: ['a', 'b'] }), /Line 1 of “They don’t”/, 'whatTheyDont'],
    [
      'who-they-help as text',
      withChanges({ whoTheyHelp: 'Carers' }),
      /“Who they can help” must be a list/,
      'whoTheyHelp',
    ],
    ['contact as text', withChanges({ contact: '0300' }), /contact details are not in the expected format/, undefined],
    [
      'a phone with letters',
      withChanges({ contact: { phone: 'call us' } }),
      /phone number can only have digits/,
      'phone',
    ],
    ['a numeric phone', withChanges({ contact: { phone: 1632960001 } }), /phone number must be text/, 'phone'],
    [
      'a broken email',
      withChanges({ contact: { email: 'sp team@nhs' } }),
      /email address does not look right/,
      'email',
    ],
    [
      'an http address',
      withChanges({ contact: { selfReferralUrl: 'http://pcn.example' } }),
      /starting with https/,
      'selfReferralUrl',
    ],
    [
      'a script address',
      withChanges({ contact: { selfReferralUrl: 'javascript:alert(1)' } }),
      /starting with https/,
      'selfReferralUrl',
    ],
  ])('rejects %s with a plain message', (_, input, message, field) => {
    const result = validateRoleText(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.field).toBe(field);
  });

  it('keeps HTML-looking text as text for the views to escape', () => {
    const result = validateRoleText(withChanges({ intro: '<img src=x onerror=alert(1)>' }));
    expect(result.ok && result.value.intro).toBe('<img src=x onerror=alert(1)>');
  });
});
