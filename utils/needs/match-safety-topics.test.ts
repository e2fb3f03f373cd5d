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
    // Round 4: phrasings still missed, then variants written before checking.
    ['I want to end my life', ['suicide-self-harm']],
    ["I don't want to be alive any more", ['suicide-self-harm']],
    ["I've thought about ending it", ['suicide-self-harm']],
    ["I can't go on any more", ['suicide-self-harm']],
    ['I wish I was dead', ['suicide-self-harm']],
    ['everyone would be better off without me', ['suicide-self-harm']],
    ["I don't see the point in living", ['suicide-self-harm']],
    ['thinking of ending my life', ['suicide-self-harm']],
    ["worried about a child's safety", ['safeguarding']],
    ['safeguarding children', ['safeguarding']],
    ["my mum's boyfriend hits me", ['safeguarding']],
    ['my uncle touched me', ['safeguarding']],
    ['my grandson is being abused', ['safeguarding']],
    ['a child told me they are being hit', ['safeguarding']],
    ['the kids are left alone all the time', ['safeguarding']],
    ['concerns about a child', ['safeguarding']],
    ['my boyfriend takes my wages', ['domestic-abuse']],
    ['her husband controls everything', ['domestic-abuse']],
    ['my granddaughter is not safe at home', ['safeguarding']],
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
    "I can't go on the bus alone",
    'my brother hit his head',
    'I do not wake up at night',
    'end of life care',
    'I hate being touched',
    'the kids are safe at school',
    'being bullied at work',
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
