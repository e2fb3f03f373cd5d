import { describe, expect, it } from 'vitest';
import { matchNeedPhrases, matchSafetyTopics, safetyTopicsOf } from './match-need-phrases';

describe('matchSafetyTopics', () => {
  it.each([
    ['my husband hits me', ['domestic-abuse']],
    ["she's scared of her partner", ['domestic-abuse']],
    ['my partner controls all my money', ['domestic-abuse']],
    ['I was raped', ['domestic-abuse']],
    ['domestic violence support', ['domestic-abuse']],
    ['suicidal', ['suicide-self-harm']],
    ['self-harm', ['suicide-self-harm']],
    ['my son talks about killing himself', ['suicide-self-harm']],
    ["she doesn't want to be here anymore", ['suicide-self-harm']],
    ['I want to end it all', ['suicide-self-harm']],
    ['my stepdad hurts me', ['safeguarding']],
    ['I think a child is being abused', ['safeguarding']],
    ["the neighbours' kids are being neglected", ['safeguarding']],
    ['she was assaulted by a man she knows', ['domestic-abuse']],
    ['a boy at school is being beaten by his dad', ['safeguarding']],
    ["I'm worried my friend's kids are being hurt", ['safeguarding']],
    // Two risks at once: both notices, in topic order.
    ['my partner hits me and I want to die', ['domestic-abuse', 'suicide-self-harm']],
  ])('"%s" → %j', (text, topics) => {
    expect(matchSafetyTopics(text)).toEqual(topics);
  });

  it.each([
    'feeling down',
    'low mood',
    'money worries',
    'my mum hurt her hip',
    'my husband hit his head',
    'mental health support',
    'struggling with my kids',
    'benefits of exercise',
    'my knee is hurting',
  ])('raises nothing for "%s"', (text) => {
    expect(matchSafetyTopics(text)).toEqual([]);
  });
});

describe('safetyTopicsOf (suggested needs from a note)', () => {
  it('keeps the disclosure as the phrase of its need, so the topic survives into the suggestions', () => {
    const matches = matchNeedPhrases('Mental health review. Low mood, says he wants to kill himself.');
    expect(matches.find((m) => m.need === 'mental-wellbeing')?.phrase).toBe('kill himself');
    expect(safetyTopicsOf(matches)).toEqual(['suicide-self-harm']);
  });

  it('treats any domestic abuse need as a safety topic', () => {
    expect(safetyTopicsOf([{ need: 'domestic-abuse', phrase: 'refuge' }])).toEqual(['domestic-abuse']);
    expect(safetyTopicsOf([{ need: 'mental-wellbeing', phrase: 'low mood' }])).toEqual([]);
  });
});
