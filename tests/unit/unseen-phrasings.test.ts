// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadJudgments, signpostRanker } from '../../scripts/lib/evaluate';

/**
 * Phrasings written for issue 11 (round 6) before the vocabulary was changed, none of them an eval query: first and
 * third person, lay words, misspellings and safety disclosures. Each must be read as its need by the search (as typed,
 * misspelt words corrected) and raise exactly its safety notice, or none. A safeguarding concern is read as its
 * topic, not as a need (`notANeedInSearch`), so its need is `null`.
 */
const PHRASINGS: [query: string, need: string | null, safety?: string][] = [
  ["my mum hasn't spoken to anyone in weeks", 'loneliness'],
  ['I feel so lonley since my wife went into a home', 'loneliness'],
  ['dad sits in the house all day on his own', 'loneliness'],
  ["I've been feeling really anxious lately", 'mental-wellbeing'],
  ['my partner has been really down for months', 'mental-wellbeing'],
  ['I keep having panic attacks at work', 'mental-wellbeing'],
  ['my husband is depresed', 'mental-wellbeing'],
  ["I'm constantly on edge and can't switch off", 'mental-wellbeing'],
  ["my brother won't open up to anyone", 'mental-wellbeing'],
  ['my dad keeps his feelings to himself', 'mental-wellbeing'],
  ['I owe loads on my credit cards', 'debt'],
  ["we can't keep up with the bills", 'debt'],
  ['debt collecters keep phoning me', 'debt'],
  ['how do I apply for PIP', 'benefits'],
  ['my universal credit has been cut', 'benefits'],
  ['help filling in a benifits form', 'benefits'],
  ['our flat is full of damp and mould', 'housing'],
  ["the landlord won't fix the boiler", 'housing'],
  ['my son has been sofa surfing for months', 'homelessness'],
  ["I've got nowhere to sleep tonight", 'homelessness'],
  ["we've run out of food and payday is next week", 'food'],
  ["I can't afford to feed my children", 'food'],
  ["we can't afford to put the heating on", 'fuel-poverty'],
  ["our house is freezing and the meter's run out", 'fuel-poverty'],
  ['I look after my husband who had a stroke', 'carers'],
  ["I'm exhausted from caring for my mum", 'carers'],
  ["my dad died last month and I can't stop crying", 'bereavement'],
  ['struggling since my wife passed', 'bereavement'],
  ['my son is smoking weed every day', 'drugs-alcohol'],
  ["I think I'm drinking too much wine", 'drugs-alcohol'],
  ['my husband keeps betting on the horses', 'gambling'],
  ['I want to quit vaping', 'smoking'],
  ['I got sacked and need a job', 'employment'],
  ['my mum keeps forgetting where she is', 'dementia'],
  ['my dad has alzheimers and gets lost', 'dementia'],
  ['my daughter might be autistic', 'autism'],
  ['my son is on the autistic spectrum', 'autism'],
  ['my son has been diagnosed with ADHD', 'autism'],
  ['my brother has downs syndrome', 'learning-disability'],
  ['living with type 2 diabetes', 'long-term-conditions'],
  ['I have really bad arthritis in my knees', 'long-term-conditions'],
  ['my dad has glaucoma', 'disability-sensory'],
  ["my mum has cataracts and can't read", 'disability-sensory'],
  ['my nan is going deaf', 'disability-sensory'],
  ['I use a wheelchair', 'disability-sensory'],
  ['I need to slim down', 'healthy-eating-weight'],
  ['my BMI is too high', 'healthy-eating-weight'],
  ['I want to eat more healthy', 'healthy-eating-weight'],
  ["I'd like to get more exercise", 'physical-activity'],
  ['I want to start running', 'physical-activity'],
  ['my toddler has terrible tantrums', 'parenting-families'],
  ["I can't cope with the children", 'parenting-families'],
  ['struggling as a new dad', 'parenting-families'],
  ['my grandad is 88 and very frail', 'older-people'],
  ['my 14 year old is really withdrawn', 'young-people'],
  ['support for a teenager with anxiety', 'young-people'],
  ['my adolescent son is struggling', 'young-people'],
  ['I just came to the UK as a refugee', 'refugees-asylum'],
  ['I was in the army for twelve years', 'veterans'],
  ["I don't know how to use the internet", 'digital-inclusion'],
  ['I want to improve my english', 'learning-skills'],
  ["I can't get to my hospital appointments", 'transport'],
  ["I'd like to do some volunteering", 'volunteering'],
  ['my mum would love to do some singing', 'arts-creativity'],
  ['somewhere to do some gardening', 'nature-gardening'],
  // Safety disclosures.
  ['my boyfriend pushes me around', 'domestic-abuse', 'domestic-abuse'],
  ['my husband threatens to hurt me', 'domestic-abuse', 'domestic-abuse'],
  ["my ex won't stop following me", 'domestic-abuse', 'domestic-abuse'],
  ["my partner won't let me have any money", 'domestic-abuse', 'domestic-abuse'],
  ['my ex partner strangled me', 'domestic-abuse', 'domestic-abuse'],
  ['I was sexually assulted', 'domestic-abuse', 'domestic-abuse'],
  ['I keep thinking about killing myself', 'mental-wellbeing', 'suicide-self-harm'],
  ["I've been having suicidle thoughts", 'mental-wellbeing', 'suicide-self-harm'],
  ['my daughter has been cutting her arms', 'mental-wellbeing', 'suicide-self-harm'],
  ['I took too many pills on purpose', 'mental-wellbeing', 'suicide-self-harm'],
  ["he says life isn't worth living", 'mental-wellbeing', 'suicide-self-harm'],
  ['I think the child next door is being neglected', null, 'safeguarding'],
  ["my sister's boyfriend hits her kids", null, 'safeguarding'],
  ['my elderly neighbour is being financially abused', null, 'safeguarding'],
];

describe('unseen phrasings (round 6: written before the vocabulary was changed)', () => {
  const { services } = loadJudgments();
  const { engine } = signpostRanker(services);

  it('covers at least 60 phrasings, 20 needs and 10 safety disclosures', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PHRASINGS.map(([, need]) => need).filter(Boolean)).size).toBeGreaterThanOrEqual(20);
    expect(PHRASINGS.filter(([, , safety]) => safety).length).toBeGreaterThanOrEqual(10);
  });

  it.each(PHRASINGS)('"%s" reads %s (safety: %s)', (query, need, safety) => {
    const read = engine.search(query, {}, 1);
    if (need) expect(read.needs).toContain(need);
    expect(read.safety).toEqual(safety ? [safety] : []);
  });
});
