import { describe, expect, it } from 'vitest';
import { inferNeeds } from '../needs/infer-needs';
import { leadEnd } from '../needs/lead';
import { ANY, HEADLINE, needLevels, STRONG } from './need-levels';

const NEUTRAL = 'The hall is open on weekdays and has a car park, step-free access and toilets for visitors.';

function levelOf(need: string, service: { name: string; description: string; audiences: string[] }): number {
  const eligibility = { audiences: service.audiences };
  const { evidence } = inferNeeds({ ...service, organisation: 'Hub', taxonomy: [], eligibility });
  return needLevels({ needEvidence: evidence, eligibility, name: service.name })
    .filter(([name]) => name === need)
    .reduce((bits, [, level]) => bits | level, 0);
}

describe('leadEnd', () => {
  it('ends a description’s opening sentence at its full stop, past a short first line', () => {
    const text = 'Choices 4 U\nChoices 4 U provide day opportunities for people with learning difficulties. A café.';
    expect(text.slice(0, leadEnd(text))).toBe(
      'Choices 4 U\nChoices 4 U provide day opportunities for people with learning difficulties.',
    );
  });

  it('stops after 35 words when no full stop comes', () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    expect(words.join(' ').slice(0, leadEnd(words.join(' ')))).toBe(words.slice(0, 35).join(' '));
  });
});

describe('needLevels', () => {
  it('counts a need a forum names as strong, not a headline: a forum speaks for a group rather than serving it', () => {
    const service = { description: NEUTRAL, audiences: [] };
    expect(levelOf('older-people', { ...service, name: 'Lunch Club for Older People' })).toBe(ANY | STRONG | HEADLINE);
    expect(levelOf('older-people', { ...service, name: 'Forum for Older People' })).toBe(ANY | STRONG);
    expect(levelOf('older-people', { ...service, name: 'Alliance for Older People' })).toBe(ANY | STRONG);
  });

  it('counts a need a volunteering role names as strong, not a headline, but volunteering itself as a headline', () => {
    const role = { name: 'Volunteers wanted for hearing aid maintenance', description: NEUTRAL, audiences: [] };
    expect(levelOf('disability-sensory', role)).toBe(ANY | STRONG);
    expect(levelOf('volunteering', role)).toBe(ANY | STRONG | HEADLINE);
    const service = { name: 'Hearing aid maintenance', description: NEUTRAL, audiences: [] };
    expect(levelOf('disability-sensory', service)).toBe(ANY | STRONG | HEADLINE);
  });

  it('counts a need named in the opening sentence as strong, and one named later as a mention', () => {
    const lead = `A befriending service for people who are lonely and isolated. ${NEUTRAL}`;
    const later = `${NEUTRAL} ${NEUTRAL} We also know a befriending service for people who are lonely and isolated.`;
    expect(levelOf('loneliness', { name: 'Community hub', description: lead, audiences: [] })).toBe(ANY | STRONG);
    expect(levelOf('loneliness', { name: 'Community hub', description: later, audiences: [] })).toBe(ANY);
  });

  it('counts an audience as strong in a list of one or two, not in a longer list of who is welcome', () => {
    const service = { name: 'Community hub', description: NEUTRAL };
    expect(levelOf('carers', { ...service, audiences: ['Carers'] })).toBe(ANY | STRONG);
    expect(levelOf('carers', { ...service, audiences: ['Carers', 'Older People'] })).toBe(ANY | STRONG);
    expect(levelOf('carers', { ...service, audiences: ['Carers', 'Older People', 'Students', 'LGBTQ+'] })).toBe(ANY);
  });

  it('counts a need the name gives as a headline', () => {
    expect(levelOf('carers', { name: 'Carers Support Centre', description: NEUTRAL, audiences: [] })).toBe(
      ANY | STRONG | HEADLINE,
    );
  });

  it('counts a name carrying only clues (weak words, "healthy lifestyle") as strong, not a headline', () => {
    const description = `${NEUTRAL} Gym sessions and swimming, with healthy meals in the café.`;
    const service = { name: 'Healthy Lifestyles Club', description, audiences: [] };
    expect(levelOf('healthy-eating-weight', service)).toBe(ANY | STRONG);
    expect(levelOf('healthy-eating-weight', { ...service, name: 'Weight Loss Club' })).toBe(ANY | STRONG | HEADLINE);
  });
});
