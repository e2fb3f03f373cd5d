import { describe, expect, it } from 'vitest';
import type { PatientDetection } from '../patient/patient-types';
import type { MatchState } from './match-state';
import { matchPatient, type PageOutcome } from './patient-match';

const MINE = '9990079196';
const OTHER = '9990237573';
const found = (nhs: string): PatientDetection => ({
  status: 'found',
  patient: { nhsNumber: { value: nhs, source: 'NHS' } },
});
const page = (detection: PatientDetection): PageOutcome => ({ detection, page: 'http://emis.example/record' });
const several: PatientDetection = {
  status: 'several',
  candidates: [{ nhsNumber: { value: MINE, source: 'NHS' } }, { nhsNumber: { value: OTHER, source: 'NHS' } }],
};

describe('matchPatient', () => {
  it.each<[string, string, PageOutcome, string | undefined, MatchState]>([
    ['no patient bound', '', page(found(OTHER)), undefined, { kind: 'none' }],
    ['the same patient', MINE, page(found(MINE)), undefined, { kind: 'match', source: 'http://emis.example/record' }],
    ['another patient', MINE, page(found(OTHER)), undefined, { kind: 'mismatch', pagePatient: OTHER }],
    [
      'another patient the user chose to keep against',
      MINE,
      page(found(OTHER)),
      OTHER,
      { kind: 'unknown', message: "the open page shows NHS 999 023 7573; you chose to keep this referral's patient." },
    ],
    [
      'a third patient after keeping against another',
      MINE,
      page(found('9995260182')),
      OTHER,
      { kind: 'mismatch', pagePatient: '9995260182' },
    ],
    [
      'several patients, even if one is ours',
      MINE,
      page(several),
      undefined,
      { kind: 'unknown', message: 'the open page shows several patients: open one record to check.' },
    ],
    [
      'no patient on the page',
      MINE,
      page({ status: 'none', reason: 'No NHS number.' }),
      undefined,
      { kind: 'unknown', message: 'no patient is shown on the open page.' },
    ],
    [
      'a page that cannot be read',
      MINE,
      { problem: 'reload the clinical system page and try again.' },
      undefined,
      { kind: 'unknown', message: 'reload the clinical system page and try again.' },
    ],
  ])('%s', (_case, mine, outcome, keptAgainst, expected) => {
    expect(matchPatient(mine, outcome, keptAgainst)).toEqual(expected);
  });
});
