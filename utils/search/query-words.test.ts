import { describe, expect, it } from 'vitest';
import { matchNeedPhrases } from '../needs/match-need-phrases';
import { readAudiences } from './query-audiences';
import { correctText, needsBeyondRelations, queryWordWeight, readQueryNeeds, relatedWords } from './query-words';

describe('needsBeyondRelations', () => {
  it.each([
    ['my mum never leaves the house and has no one', ['loneliness']],
    ['my son talks about killing himself', ['mental-wellbeing']],
    ['struggling with my kids', ['parenting-families']],
    ['my kids', ['parenting-families']],
    ['new baby', ['parenting-families']],
    ["my mum's house is damp", ['housing']],
    ['my daughter just had a baby and is struggling', ['parenting-families', 'mental-wellbeing']],
  ])('"%s" asks for %j', (query, needs) => {
    expect([...needsBeyondRelations(matchNeedPhrases(query))]).toEqual(needs);
  });
});

describe('ages in a query', () => {
  it('reads 11–19 as young people and 65–110 as older people, other numbers as nothing', () => {
    expect([...readQueryNeeds("I'm 15 and feel rubbish", "I'm 15 and feel rubbish", 0.2).readWeights.keys()]).toContain(
      'young-people',
    );
    expect([...readQueryNeeds('my nan is 82', 'my nan is 82', 0.2).readWeights.keys()]).toContain('older-people');
    expect([...readQueryNeeds('flat 40', 'flat 40', 0.2).readWeights.keys()]).toEqual([]);
  });
});

describe('queryWordWeight', () => {
  it('weighs conversational filler lightly and need words fully', () => {
    expect(queryWordWeight('help')).toBeLessThan(0.5);
    expect(queryWordWeight('feeling')).toBeLessThan(0.5);
    expect(queryWordWeight('debt')).toBe(1);
    // Joining words that say when, not what: "nothing to eat until payday" is not about a service saying "until".
    expect(queryWordWeight('until')).toBeLessThan(0.5);
  });
});

describe('readQueryNeeds', () => {
  const needs = (query: string, corrected = query) => [...readQueryNeeds(query, corrected, 0.2).readWeights];

  it('weighs a need named only by generic words lightly beside a specific one', () => {
    expect(needs('living with COPD and struggling')).toEqual([
      ['long-term-conditions', 1],
      ['mental-wellbeing', 0.2],
    ]);
    expect(needs('struggling')).toEqual([['mental-wellbeing', 1]]);
  });

  it('reads a phrase in full from the corrected query over a piece of it as typed', () => {
    expect(needs('wieght loss', 'weight loss')).toEqual([['healthy-eating-weight', 1]]);
  });

  it('does not read a safeguarding concern as a parenting need', () => {
    expect(needs('I think a child is being abused')).toEqual([]);
    expect(needs('parenting support')).toEqual([['parenting-families', 1]]);
  });

  it('beside a safeguarding concern, reads neither who it is about nor generic worry as needs', () => {
    expect(needs('safegaurding children', 'safeguarding children')).toEqual([]);
    expect(needs("worried about a child's safety")).toEqual([]);
    expect(needs('my stepdad hurts me and I have nowhere to live')).toEqual([['homelessness', 1]]);
    // Without a concern, worry and children still ask for their needs.
    expect(needs('worried about my children')).toEqual([['mental-wellbeing', 1]]);
    expect(needs('my kids')).toEqual([['parenting-families', 1]]);
  });

  it("explains a disclosure's words, so a service answering its topic has answered them", () => {
    expect([...readQueryNeeds('my stepdad hurts me', 'my stepdad hurts me', 0.2).explained]).toEqual(
      expect.arrayContaining(['stepdad', 'hurt']),
    );
  });

  it('reads a need from any of its phrases, not only its longest ("my son has ADHD": ADHD, not "my son")', () => {
    expect(needs("my son has ADHD and I'm struggling").map(([need]) => need)).toContain('parenting-families');
  });

  it('reads possessives as their word ("young people\'s" is young people)', () => {
    expect(needs("young people's mental health").map(([need]) => need)).toEqual(['mental-wellbeing', 'young-people']);
  });

  it('reads phrases from the corrected query with its stopwords kept', () => {
    expect(needs('addicted to onlin slots', 'addicted to online slots')).toEqual([['gambling', 1]]);
  });

  it('reads a suicide disclosure as mental wellbeing as well as its safety topic', () => {
    expect(needs('I want to end my life')).toEqual([['mental-wellbeing', 1]]);
  });
});

describe('correctText', () => {
  it('swaps only the misspelt words, keeping stopwords, forms and punctuation', () => {
    expect(correctText('addicted to onlin slots', [{ from: 'onlin', to: 'online' }])).toBe('addicted to online slots');
    expect(correctText("my son's councelling, please", [{ from: 'councelling', to: 'counselling' }])).toBe(
      "my son's counselling, please",
    );
    expect(correctText('debt advice', [])).toBe('debt advice');
  });
});

describe('readAudiences', () => {
  it.each([
    ["I'm a bloke and I'm struggling", ['men']],
    ['blokes feeling low', ['men']],
    ["men's mental health", ['men']],
    ['mens mental helth', ['men']],
    ["women's group", ['women']],
    ['ladies walking group', ['women']],
    // A grown man keeping his feelings in reads as men; a boy, or who it is about alone, does not.
    ["my husband won't talk about how he feels", ['men']],
    ['he keeps his feelings to himself', ['men']],
    ["my son won't talk about how he feels", []],
    ['my husband has diabetes', []],
    ['feeling low', []],
    ['counselling for teenagers', ['young']],
    ['my teenage daughter is really anxious', ['young']],
    ["young people's mental health", []],
  ])('"%s" is for %j', (query, audiences) => {
    expect(readAudiences(query)).toEqual(audiences);
  });
});

describe('relatedWords', () => {
  it('reads group words and ages as the words listings use', () => {
    expect(relatedWords('bloke')).toEqual(expect.arrayContaining(['men', 'male']));
    expect(relatedWords('15')).toEqual(expect.arrayContaining(['young', 'youth']));
    expect(relatedWords('85')).toContain('older');
    expect(relatedWords('40')).toEqual([]);
    expect(relatedWords('debt')).toEqual([]);
  });
});
