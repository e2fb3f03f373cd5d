// biome-ignore-all format: word lists read better packed than one phrase per line

/** A risk where the GP must act on safety before (not instead of) finding local services. */
export type SafetyTopicId = 'domestic-abuse' | 'suicide-self-harm' | 'safeguarding';

export interface SafetyTopic {
  id: SafetyTopicId;
  label: string;
  /** The need these phrases also name: they are added to its synonyms, so the search reads the need too. */
  need: string;
  /** Every phrase of `need` points at this topic as well (all of domestic abuse is a safety matter). */
  wholeNeed: boolean;
  /** How people disclose it, in first and third person. Matched like synonyms: as whole phrases. */
  phrases: string[];
  /** Words of the services that handle it ("safeguarding partnership"): the search looks for them too. */
  serviceWords?: string[];
  /**
   * Words of the services for one kind of disclosure within the topic, looked for only when the query has one of
   * `queryWords` ("my partner hurts me" → domestic abuse services, not rape crisis ones).
   */
  serviceWordsWhen?: { queryWords: string[]; serviceWords: string[] }[];
  /**
   * The search reads a disclosure as this topic only, not as its need: a safeguarding concern is answered by
   * safeguarding services (its `serviceWords`), not by parenting support. Page-need suggestions still show the need.
   */
  notANeedInSearch?: boolean;
}

const POSSESSIVES = ['my', 'her', 'his', 'their', 'our'];
const PARTNERS = ['partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'ex partner', 'ex husband', 'ex wife', 'fiance'];
const RELATIVES = [
  'dad', 'mum', 'stepdad', 'stepmum', 'step dad', 'step mum', 'father', 'mother', 'mom', 'uncle', 'auntie', 'aunt', 'parents',
  "mum's boyfriend", "mum's partner", "dad's girlfriend", "dad's partner", 'grandad', 'grandpa', 'brother', 'sister',
  'cousin', 'babysitter', 'foster carer', 'foster dad', 'foster mum',
];
/** Verbs that are only abuse with a person after them ("my mum hurt her hip" is not). */
const HARM_WITH_OBJECT = ['hits', 'hit', 'hurts', 'hurt', 'beat', 'beats', 'touched', 'touches', 'abuses', 'abused', 'pushes', 'pushed', 'shoves', 'shoved', 'grabs', 'grabbed', 'smacks', 'smacked'];
// "her", "his" and "my" are left out: they are also possessives ("hurt her hip").
const OBJECTS = ['me', 'him', 'them', 'us', 'the kids', 'the children'];
const HARM = ['punches', 'punched', 'kicks', 'kicked', 'slaps', 'slapped', 'chokes', 'strangled', 'threatens', 'threatened', 'controls', 'is violent', 'is abusive', 'gets violent', 'raped', 'assaulted',
  // Economic abuse: "my partner controls all my money" is not a debt.
  'controls my money', 'controls all my money', 'controls our money', 'controls all our money', 'takes my money',
  'takes all my money', 'takes my wages', 'controls everything', 'controls what i do'];
const FEAR = ['scared of', 'afraid of', 'frightened of', 'terrified of'];

/** "my husband hits", "scared of her partner": each person word with each verb and each fear word. */
function disclosures(people: string[]): string[] {
  const phrases: string[] = [];
  for (const owner of POSSESSIVES) {
    for (const person of people) {
      for (const verb of HARM) phrases.push(`${owner} ${person} ${verb}`);
      for (const verb of HARM_WITH_OBJECT) for (const object of OBJECTS) phrases.push(`${owner} ${person} ${verb} ${object}`);
      for (const fear of FEAR) phrases.push(`${fear} ${owner} ${person}`);
    }
  }
  return phrases;
}

/** "hits her kids", "hurt my son": anyone harming a child is a safeguarding concern, whoever the person is. */
function harmToChild(): string[] {
  const owners = ['my', 'her', 'his', 'their', 'the'];
  const children = ['kids', 'children', 'child', 'son', 'daughter', 'baby', 'grandson', 'granddaughter'];
  const verbs = ['hits', 'hit', 'hurts', 'beats', 'beat', 'slaps', 'slapped', 'punches', 'punched', 'kicks', 'kicked', 'smacks', 'abuses', 'abused', 'touches', 'touched', 'shakes', 'shook'];
  return verbs.flatMap((verb) => owners.flatMap((owner) => children.map((child) => `${verb} ${owner} ${child}`)));
}

/** "my grandson is being abused", "the kids are not safe": a child with what is happening to them. */
function childAtRisk(): string[] {
  const children = ['child', 'children', 'kid', 'kids', 'son', 'daughter', 'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'niece', 'nephew', 'baby', 'toddler'];
  const what = ['is being abused', 'are being abused', 'is being hurt', 'are being hurt', 'is being hit', 'are being hit', 'is being neglected', 'are being neglected', 'is not safe', 'are not safe', "isn't safe", "aren't safe", 'is unsafe'];
  return children.flatMap((child) => what.map((happening) => `${child} ${happening}`));
}

/**
 * The safety topics. Phrases are deliberately specific ("kill myself", not "kill"): a notice on every search would
 * soon be ignored. Ambiguous single words are left out on purpose.
 */
export const safetyTopics: readonly SafetyTopic[] = [
  {
    id: 'domestic-abuse',
    label: 'Domestic abuse',
    need: 'domestic-abuse',
    wholeNeed: true,
    phrases: [
      ...disclosures(PARTNERS), 'hits me', 'frightened to go home', 'scared to go home',
      'afraid to go home', 'not safe at home', "don't feel safe at home", 'unsafe at home', 'controls my money',
      'controls all my money', 'takes my money', "won't let me see my friends", "won't let me go out",
      'checks my phone', 'sexual abuse', 'sexually abused', 'sexually assaulted', 'sexual violence',
      'i was assaulted', 'she was assaulted', 'he was assaulted', 'been assaulted', 'i was raped', 'been raped',
      "won't stop following me", 'keeps following me', 'follows me everywhere', 'been following me', 'stalking me',
      "won't leave me alone", 'keeps turning up at my', 'pushes me around', 'pushed me around', 'knocks me about',
      'knocked me about', "won't let me have any money", "won't let me have money", "won't give me any money",
      "won't let me work", "won't let me leave", "won't let me see my family", 'keeps me short of money',
    ],
    // Abuse by a partner or at home is domestic abuse: its services say so ("domestic abuse services"), while a
    // rape crisis service, in the same need, does not.
    serviceWordsWhen: [{ queryWords: [...PARTNERS.filter((word) => !word.includes(' ')), 'home'], serviceWords: ['domestic'] }],
  },
  {
    id: 'suicide-self-harm',
    label: 'Suicide or self-harm risk',
    need: 'mental-wellbeing',
    wholeNeed: false,
    phrases: [
      'suicid*', 'suicide', 'suicidal', 'self harm', 'self harming', 'self harmed', 'self injury', 'kill myself', 'killing myself', 'kill himself', 'killing himself', 'kill herself', 'killing herself',
      'kill themselves', 'killing themselves', 'end my life', 'end his life', 'end her life', 'end their life',
      'end it all', 'take my own life', 'taking my own life', 'take his own life', 'take her own life',
      'want to die', 'wants to die', 'wanting to die', "don't want to be here", "doesn't want to be here",
      "don't want to live", "doesn't want to live", 'better off dead', 'no reason to live', 'not worth living',
      'self harm*', 'self injur*', 'cutting myself', 'cutting herself', 'cutting himself', 'cuts herself',
      'cuts himself', 'cut myself', 'hurting myself', 'hurting herself', 'hurting himself', 'overdose', 'overdosed',
      "don't want to be alive", "doesn't want to be alive", 'ending my life', 'ending his life', 'ending her life',
      'ending it all', 'thought about ending it', 'thinking about ending it', 'thinking of ending it',
      "can't go on any more", "can't go on anymore", 'wish i was dead', 'wish i were dead', 'wishes she was dead',
      'wishes he was dead', 'better off without me', 'better off without him', 'better off without her',
      'no point in living', 'no point living', 'point in living', 'not worth living', 'hang myself', 'hanging myself',
      'go to sleep and not wake up', 'never wake up again',
      "isn't worth living", 'is not worth living', 'life is pointless', 'no point going on', 'no point in going on',
      'cutting her arms', 'cutting his arms', 'cutting my arms', 'cutting her legs', 'cutting his legs', 'cutting my legs',
      'cut her arms', 'cut his arms', 'cut my arms', 'cuts her arms', 'cuts his arms', 'cutting her wrists',
      'cutting his wrists', 'cutting my wrists', 'cut my wrists', 'burning herself', 'burning himself', 'burning myself',
      'took too many pills', 'taken too many pills', 'took too many tablets', 'taken too many tablets',
      'took all my pills', 'took all my tablets', 'took an overdose', 'taken an overdose',
    ],
    serviceWords: ['suicide', 'suicidal', 'crisis', 'samaritans', 'distress'],
  },
  {
    id: 'safeguarding',
    label: 'Safeguarding',
    need: 'parenting-families',
    wholeNeed: false,
    phrases: [
      ...disclosures(RELATIVES).filter((phrase) => !phrase.startsWith('our ')), 'child protection', 'safeguarding',
      'safeguarding concern*', 'child abuse', 'child is being abused', 'children are being abused',
      'child being abused', 'kids are being abused', 'abused child*', 'child neglect', 'being neglected',
      'are neglected', 'is neglected', 'neglecting', 'child at risk', 'children at risk', 'child is at risk',
      "child's safety", 'child sexual exploitation', 'being groomed', 'was groomed', 'adult at risk',
      'vulnerable adult', 'elder abuse', 'financial abuse', 'being exploited', 'being hurt at home', 'is being hurt',
      'are being hurt', 'being harmed', 'being hit at home', 'being beaten', ...childAtRisk(),
      'worried about a child', 'worried about the child', 'worried about the children', 'concerned about a child',
      'concerns about a child', 'concern about a child', 'concern for a child', 'left home alone', 'left alone all the time',
      'left on their own', 'kids are left alone', 'children are left alone', 'touched inappropriately',
      'inappropriately touched', 'they are being hit', 'is being hit', 'are being hit',
      'financially abused', 'financially abusing', 'financially exploited', ...harmToChild(),
    ],
    serviceWords: ['safeguarding', 'safe', 'protect', 'protection', 'abuse', 'neglect'],
    notANeedInSearch: true,
  },
];

const byId = new Map(safetyTopics.map((topic) => [topic.id, topic]));

/** The topic with this id, if there is one. */
export function findSafetyTopic(id: string): SafetyTopic | undefined {
  return byId.get(id as SafetyTopicId);
}
