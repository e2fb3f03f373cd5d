import { describe, expect, it } from 'vitest';
import type { NeedEvidence, Service } from '../directory/service';
import { inferNeeds } from './infer-needs';

type Input = Parameters<typeof inferNeeds>[0];

function service(overrides: Partial<Omit<Input, 'eligibility'>> & { eligibility?: Partial<Service['eligibility']> }) {
  return {
    name: '',
    description: '',
    taxonomy: [],
    ...overrides,
    eligibility: { audiences: [], ...overrides.eligibility },
  } satisfies Input;
}

function ev(need: string, field: NeedEvidence['field'], term: string): NeedEvidence {
  return { need, field, term };
}

/** Description evidence that the opening sentence gives on its own. */
function opening(need: string, term: string): NeedEvidence {
  return { need, field: 'description', term, opening: true };
}

/** Evidence from weak words only in its field (need-levels.ts: a name with only clues is not a headline). */
function clue(evidence: NeedEvidence): NeedEvidence {
  return { ...evidence, clue: true };
}

describe('inferNeeds', () => {
  it.each([
    [
      'an esd service type maps straight to its needs',
      service({ name: 'Tuesday group', taxonomy: ['esdServiceType:298'] }),
      ['carers'],
      [ev('carers', 'taxonomy', 'esdServiceType:298')],
    ],
    [
      'esd URIs and need codes are understood too',
      service({ name: 'Drop in', taxonomy: ['http://id.esd.org.uk/service/300', 'esdNeed:69'] }),
      ['loneliness', 'carers', 'young-people'],
      [
        ev('loneliness', 'taxonomy', 'esdNeed:69'),
        ev('carers', 'taxonomy', 'http://id.esd.org.uk/service/300'),
        ev('young-people', 'taxonomy', 'http://id.esd.org.uk/service/300'),
      ],
    ],
    ['other vocabularies are ignored', service({ name: 'Group', taxonomy: ['bccservicetype:78'] }), [], []],
    [
      'a strong keyword in the name counts alone',
      service({ name: 'Bristol Memory Cafe' }),
      ['dementia'],
      [ev('dementia', 'name', 'Memory Cafe')],
    ],
    ['a weak keyword in the name alone does not', service({ name: 'Coffee Morning' }), [], []],
    [
      'a weak keyword in the name and another in the description do',
      service({ name: 'Coffee Morning', description: 'Come for a cuppa.' }),
      ['loneliness'],
      [clue(ev('loneliness', 'name', 'Coffee Morning')), clue(ev('loneliness', 'description', 'cuppa'))],
    ],
    [
      'one weak keyword in a description is not enough',
      service({ name: 'Cafe', description: 'Hot drinks and a chat' }),
      [],
      [],
    ],
    [
      'two different weak keywords in a description are',
      service({ name: 'Cafe', description: 'A chat and a cuppa with new friends' }),
      ['loneliness'],
      [clue(opening('loneliness', 'chat'))],
    ],
    [
      'the same weak words in name and organisation count once',
      service({ name: 'Cost of Living Hub', organisation: 'Cost of Living Hub' }),
      [],
      [],
    ],
    [
      'an excluding phrase hides its keyword',
      service({ name: 'Hall', description: 'The sports hall is available for hire.' }),
      [],
      [],
    ],
    [
      '"benefits of exercise" is about exercise, not welfare benefits',
      service({ name: 'Class', description: 'Learn the benefits of exercise.' }),
      ['physical-activity'],
      [opening('physical-activity', 'exercise')],
    ],
    [
      'mindfulness exercises are not physical activity',
      service({ name: 'Calm', description: 'Gentle mindfulness exercises' }),
      [],
      [],
    ],
    [
      'a short audience list counts',
      service({ name: 'Club', eligibility: { audiences: ['Survivors Of Abuse'] } }),
      ['domestic-abuse'],
      [ev('domestic-abuse', 'audiences', 'Survivors Of Abuse')],
    ],
    [
      'a list ticking every box needs another clue',
      service({ name: 'Club', eligibility: { audiences: ['Dementia', 'Carers', 'Autism', 'Mental Health', 'Women'] } }),
      [],
      [],
    ],
    [
      'needs come strongest first, terms as written, one entry per field',
      service({
        name: 'Memory Cafe',
        description: 'A MEMORY CAFE for people living with dementia and unpaid carers. Tea and cake.',
      }),
      ['dementia', 'carers'],
      [ev('dementia', 'name', 'Memory Cafe'), opening('dementia', 'MEMORY CAFE'), opening('carers', 'unpaid carers')],
    ],
    [
      'one strong phrase after the opening sentence is a passing mention, not a need',
      service({
        name: 'Memory Cafe',
        description: 'A MEMORY CAFE for people living with dementia, every Tuesday afternoon. Unpaid carers welcome.',
      }),
      ['dementia'],
      [ev('dementia', 'name', 'Memory Cafe'), opening('dementia', 'MEMORY CAFE')],
    ],
    [
      'a minimum age of 50 or more means older people',
      service({ name: 'Club', eligibility: { minAge: 55 } }),
      ['older-people'],
      [ev('older-people', 'audiences', 'aged 55+')],
    ],
    [
      'a teenage age range means young people',
      service({ name: 'Club', eligibility: { minAge: 13, maxAge: 19 } }),
      ['young-people'],
      [ev('young-people', 'audiences', 'aged 13–19')],
    ],
    ['a general age range means nothing', service({ name: 'Club', eligibility: { minAge: 18, maxAge: 65 } }), [], []],
  ])('%s', (_title, input, needs, evidence) => {
    const result = inferNeeds(input);
    expect(result.needs).toEqual(needs);
    expect(result.evidence).toEqual(evidence);
  });

  it.each([
    ['Free, confidential money advice and help with debt and arrears.', 'debt'],
    ['Advice on universal credit, PIP and other welfare benefits.', 'benefits'],
    ['Food bank: emergency food parcels with a referral.', 'food'],
    ['Support for people sleeping rough or at risk of homelessness.', 'homelessness'],
    ['A weekly walking group for all abilities.', 'physical-activity'],
    ['Bereavement support after the loss of a loved one.', 'bereavement'],
    ['Confidential support for anyone affected by domestic abuse.', 'domestic-abuse'],
    ['Help to stop smoking, free nicotine replacement.', 'smoking'],
    ['Community allotment and gardening sessions.', 'nature-gardening'],
    ['Free ESOL classes and English conversation club.', 'learning-skills'],
    ['Help with CVs, interview skills and finding work.', 'employment'],
    ['Learn to use a tablet: digital skills sessions.', 'digital-inclusion'],
  ])('%j shows %s', (description, need) => {
    expect(inferNeeds(service({ name: 'Service', description })).needs).toContain(need);
  });

  it.each([
    ['Our friendly volunteers will make you a cup of tea.', 'volunteering'],
    ['The centre has disabled access and a hearing loop.', 'disability-sensory'],
    ['We have been running for over 50 years.', 'older-people'],
    ['Within walking distance of the bus station.', 'physical-activity'],
    ['Terms and conditions apply.', 'long-term-conditions'],
    ['Open to parents and their families, carers go free.', 'carers'],
    ['We research digital hate and campaign against online abuse on the internet.', 'digital-inclusion'],
  ])('%j does not show %s', (description, need) => {
    expect(inferNeeds(service({ name: 'Service', description })).needs).not.toContain(need);
  });
});

describe('inferNeeds: passing mentions in long descriptions', () => {
  const filler =
    'Our friendly volunteers run craft sessions, quizzes and outings every week in the church hall. '.repeat(6);

  it('does not take one strong word in a long description as the need', () => {
    const { needs } = inferNeeds(
      service({ name: 'Craft Club', description: `${filler} We can also signpost to debt advice.` }),
    );
    expect(needs).not.toContain('debt');
  });

  it('takes it with a second clue, or in a short description', () => {
    const twice = inferNeeds(
      service({ name: 'Craft Club', description: `${filler} Debt advice and help with money worries.` }),
    );
    expect(twice.needs).toContain('debt');
    expect(inferNeeds(service({ name: 'Drop-in', description: 'Free debt advice.' })).needs).toContain('debt');
  });

  it('takes one strong phrase that is a line of its own (a list of what the service offers)', () => {
    const listed = inferNeeds(
      service({ name: 'Healthy You', description: `${filler}\nWe can help you:\nQuit smoking\nMove more\n${filler}` }),
    );
    expect(listed.needs).toContain('smoking');
    const inline = inferNeeds(
      service({ name: 'Healthy You', description: `${filler} Some of our members quit smoking last year. ${filler}` }),
    );
    expect(inline.needs).not.toContain('smoking');
  });
});

describe('inferNeeds: men talk about mental health in their own words', () => {
  it.each([
    ['A talking and listening club for men, every Monday.'],
    ['Short-term support for men in psychological distress.'],
    ['Weekly talking group at the stadium.'],
  ])('"%s" is mental wellbeing', (description) => {
    expect(inferNeeds(service({ name: 'Monday group', description })).needs).toContain('mental-wellbeing');
  });
});
