import { describe, expect, it } from 'vitest';
import { checkScope, DEFAULT_SCOPE_RULES, type ScopeRule } from './scope-guard';

function ids(reason: string, needIds: string[] = []): string[] {
  return checkScope(reason, needIds).map((m) => m.rule.id);
}

describe('checkScope', () => {
  it.each([
    ['Needs a repeat prescription sorting', 'repeat-prescriptions', 'repeat prescription'],
    ['Chasing Repeat Prescriptions again', 'repeat-prescriptions', 'Repeat Prescriptions'],
    ['due a meds review', 'medication', 'meds review'],
    ['asked about side effects of her inhaler', 'medication', 'side effects'],
    ['Mentioned chest pain on the stairs', 'urgent-clinical', 'chest pain'],
    ['feeling suicidal since the bereavement', 'urgent-clinical', 'suicidal'],
    ['says he can’t breathe at night', 'urgent-clinical', 'can’t breathe'],
    ['history of self-harm', 'urgent-clinical', 'self-harm'],
    ['possible domestic  violence at home', 'safeguarding', 'domestic  violence'],
    ['wants a fit note for work', 'fit-notes', 'fit note'],
    ['needs a sick note', 'fit-notes', 'sick note'],
    ['could not book an appointment', 'appointments', 'book an appointment'],
  ])('%j → %s (%j)', (reason, id, matched) => {
    expect(checkScope(reason, [])).toContainEqual({ rule: expect.objectContaining({ id }), matched });
  });

  it.each([
    'Lonely since her husband died; would like a walking group',
    'Council tax arrears and a letter from bailiffs',
    'Comedy club or choir would help his mood',
    'Wants help with a tablet computer to video-call family',
    'Needs help with mediation with a neighbour',
    // "meds" inside a longer word is not a trigger.
    "Volunteers at the Ahmeds' community café",
  ])('lets in-scope reasons through: %j', (reason) => {
    expect(ids(reason)).toEqual([]);
  });

  it('reads need ids as words', () => {
    expect(checkScope('', ['repeat-prescription', 'debt'])).toEqual([
      { rule: expect.objectContaining({ id: 'repeat-prescriptions' }), matched: 'repeat prescription' },
    ]);
  });

  it('returns each rule once, in rule order, urgent first', () => {
    expect(ids('Repeat prescription and meds review; also chest pain and chest pain again')).toEqual([
      'urgent-clinical',
      'repeat-prescriptions',
      'medication',
    ]);
  });

  it('uses caller rules when given', () => {
    const rules: ScopeRule[] = [
      { id: 'housing', label: 'Housing', triggers: ['eviction'], route: 'Call the council.' },
    ];
    expect(checkScope('Facing eviction', [], rules)).toEqual([{ rule: rules[0], matched: 'eviction' }]);
    expect(checkScope('Facing eviction', [])).toEqual([]);
  });

  it('gives every default rule a route and lower-case triggers', () => {
    for (const rule of DEFAULT_SCOPE_RULES) {
      expect(rule.route.length).toBeGreaterThan(20);
      for (const trigger of rule.triggers) expect(trigger).toBe(trigger.toLowerCase());
    }
  });
});
