import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_TEXT, type RoleText } from './role-text';
import { formToRoleText, type RoleTextForm, roleTextToForm } from './role-text-form';

const TEXT: RoleText = {
  pcnName: 'Riverside PCN',
  intro: 'Link workers give you time.',
  whatTheyDo: ['Listen', 'Connect you with groups'],
  whatTheyDont: [{ item: 'Repeat prescriptions', instead: 'your pharmacy' }],
  whoTheyHelp: ['Carers'],
  howToSelfRefer: 'Fill in the online form.',
  contact: { phone: '01632 960001', email: 'sp@nhs.net', selfReferralUrl: 'https://pcn.example/refer' },
};

function form(changes: Partial<RoleTextForm>): RoleTextForm {
  return { ...roleTextToForm(TEXT), ...changes };
}

describe('roleTextToForm and formToRoleText', () => {
  it.each([
    ['a full text', TEXT],
    ['the default text', DEFAULT_ROLE_TEXT],
  ])('round-trip %s', (_, text) => {
    expect(formToRoleText(roleTextToForm(text))).toEqual({ ok: true, value: text });
  });

  it('writes one list item per line and blanks for missing contact details', () => {
    const fields = roleTextToForm({ ...TEXT, contact: {} });
    expect(fields.whatTheyDo).toBe('Listen\nConnect you with groups');
    expect(fields.whatTheyDont).toBe('Repeat prescriptions — your pharmacy');
    expect([fields.phone, fields.email, fields.selfReferralUrl]).toEqual(['', '', '']);
  });

  it('reads edited lines, skipping blank ones, and leaves out empty contact details', () => {
    const result = formToRoleText(
      form({ whatTheyDo: 'Listen\r\n\nWalk with you\n', whoTheyHelp: '\n', phone: ' ', selfReferralUrl: '' }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ...TEXT,
        whatTheyDo: ['Listen', 'Walk with you'],
        whoTheyHelp: [],
        contact: { email: 'sp@nhs.net' },
      },
    });
  });

  it.each<[Partial<RoleTextForm>, string, RegExp]>([
    [{ whatTheyDont: 'Repeat prescriptions' }, 'whatTheyDont', /Line 1 .*a dash/],
    [{ whatTheyDont: '' }, 'whatTheyDont', /needs at least one line/],
    [{ intro: '' }, 'intro', /introduction is empty/],
    [{ whatTheyDo: '\n' }, 'whatTheyDo', /needs at least one line/],
    [{ email: 'nope' }, 'email', /email address/],
    [{ selfReferralUrl: 'pcn.example/refer' }, 'selfReferralUrl', /https:\/\//],
  ])('points at the field in error for %j', (changes, field, message) => {
    const result = formToRoleText(form(changes));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    expect(result.message).toMatch(message);
  });
});
