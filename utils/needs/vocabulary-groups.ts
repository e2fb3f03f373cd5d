// biome-ignore-all format: word lists read better packed than one phrase per line
import type { Need } from './need-vocabulary';

/** Life stages and groups of people with services of their own. */
export const vocabularyGroups: Need[] = [
  {
    id: 'parenting-families',
    label: 'Parents & families',
    description: 'Support for parents, carers and families with babies, children and teenagers.',
    synonyms: [
      'parenting', 'parent', 'parents', 'mum', 'mums', 'dad', 'dads', 'baby', 'toddler', 'new baby', 'new mum',
      'pregnant', 'pregnancy', 'kids', 'children', 'my son', 'my daughter', 'family', 'families', 'childcare',
      'behaviour problems', 'single parent', 'lone parent', 'grandparent*', 'kinship carer', 'postnatal',
    ],
    keywords: [
      'parenting', 'for parents', 'support for parents', 'parent support', 'parents support', 'new parent*',
      'expectant parent*', 'parent group*', 'parents group*', 'family support', 'family centre*', 'family hub*',
      'childrens centre*', 'stay and play', 'parent and toddler', 'toddler*', 'baby group*', 'baby and toddler', 'mums',
      'dads', 'new mums', 'new dads', 'pregnan*', 'antenatal', 'postnatal', 'breastfeeding', 'home start',
      'grandparent*', 'kinship', 'single parent*', 'lone parent*', 'sure start', 'under 5s', 'under fives', 'under 5',
      'early years', 'young families', 'families with children', 'families with young children', 'family learning',
      'family activit*', 'young parents', 'baby massage',
      // A parent carer is a parent of a disabled child or a child with special needs: parenting support too.
      'parent carer*', 'parents of disabled children', 'parents of children with',
    ],
    weakKeywords: [
      'parent*', 'famil*', 'child*', 'kids', 'bab*', 'mother*', 'father*', 'mum', 'dad', 'young children',
      'school holiday*', 'half term', 'holiday activit*',
    ],
    exclude: [
      'familiar*', 'parent company', 'parent organisation', 'parent charity', 'family run', 'family friendly',
      'family members', 'friends and family', 'friends or family', 'family or friends', 'family and friends',
      'mother tongue', 'their families',
    ],
    esd: ['esdServiceType:53', 'esdServiceType:831', 'esdServiceType:1579'],
  },
  {
    id: 'older-people',
    label: 'Older people',
    description: 'Activities, support and advice for people in later life.',
    synonyms: [
      'older', 'elderly', 'old age', 'pensioner', 'retired', 'retirement', 'over 60', 'over 65', 'over 70', 'over 50',
      'later life', 'frail', 'frailty', 'older person',
    ],
    keywords: [
      'older people', 'older person', 'older adults', 'older adult', 'older residents', 'older men', 'older women',
      'elderly', 'pensioner*', 'retired', 'retirement', 'later life', 'over 50s', 'over 55s', 'over 60s', 'over 65s',
      'over 70s', 'over 75s', 'over 80s', 'aged 50', 'aged 55', 'aged 60', 'aged 65', 'aged 70', 'aged 75',
      'over the age of 50', 'over the age of 55', 'over the age of 60', 'over the age of 65', 'people over 50',
      'people over 55', 'people over 60', 'people over 65', 'people over 70', 'adults over 50', 'adults over 55',
      'adults over 60', 'adults over 65', 'age uk', 'u3a', 'university of the third age', 'seniors', 'senior citizen*',
      'frail*', 'age concern', 'young at heart', 'golden years', 'silver sunday',
    ],
    weakKeywords: ['older', 'later years', 'age related', 'sheltered housing', 'care home*', 'grandparent*'],
    exclude: [
      'older children', 'older siblings', 'older kids', 'older teens', 'older brother*', 'older sister*',
      'older young people',
    ],
    esd: ['esdServiceType:640', 'esdServiceType:230'],
  },
  {
    id: 'young-people',
    label: 'Young people',
    description: 'Support and activities for teenagers and young adults, including care leavers.',
    synonyms: [
      'young person', 'young people', 'teenager', 'teenagers', 'teen', 'teens', 'youth', 'adolescent', 'student',
      'care leaver', 'neet', 'young adult', 'young carer',
    ],
    keywords: [
      'young people', 'young person', 'young persons', 'young adults', 'young adult', 'youth', 'youths', 'youth club*',
      'youth work*', 'youth group*', 'teenager*', 'teens', 'teen', 'adolescen*', 'care leaver*', 'leaving care',
      '11 to 18', '11 18', '11 to 19', '11 19', '13 to 19', '13 19', '14 to 25', '14 25', '16 to 25', '16 25',
      '16 to 24', '16 24', '18 to 25', '18 25', 'under 25s', 'under 25', 'young carer*', 'neet', 'not in education',
      'young men', 'young women', 'young parents', 'school leavers', 'sixth form', 'college students',
      'transition to adulthood',
    ],
    weakKeywords: ['students', 'pupils', 'school*', 'college', 'youngsters', 'under 18s', 'secondary school*'],
    exclude: [
      'young at heart', 'young children', 'young families', 'young onset', 'youth hostel*', 'young and old',
      'young or old', 'old and young',
    ],
    esd: [
      'esdServiceType:700', 'esdServiceType:642', 'esdServiceType:643', 'esdServiceType:918', 'esdServiceType:300',
      'esdServiceType:1394',
    ],
  },
  {
    id: 'refugees-asylum',
    label: 'Refugees & asylum',
    description: 'Help for refugees, asylum seekers and other people new to the UK.',
    synonyms: [
      'refugee', 'refugees', 'asylum', 'asylum seeker', 'seeking asylum', 'migrant', 'immigrant', 'newly arrived',
      'new to the uk', 'fled', 'no recourse to public funds', 'nrpf', 'home office', 'leave to remain', 'ukrainian',
      'afghan', 'resettlement', 'interpreter', "don't speak english", 'no english',
    ],
    keywords: [
      'refugee*', 'asylum*', 'sanctuary seeker*', 'seeking sanctuary', 'city of sanctuary', 'migrant*', 'resettlement',
      'resettled', 'newly arrived', 'new arrivals', 'no recourse to public funds', 'nrpf', 'ukrainian*',
      'homes for ukraine', 'afghan*', 'displaced', 'trafficking', 'trafficked', 'modern slavery', 'new to the uk',
      'new to the country', 'new to this country', 'arrived in the uk',
    ],
    weakKeywords: ['interpret*', 'translation', 'esol', 'english as a second language', 'culturally specific'],
    esd: ['esdServiceType:77'],
  },
  {
    id: 'veterans',
    label: 'Veterans',
    description: 'Support for people who served in the armed forces and their families.',
    synonyms: [
      'veteran', 'veterans', 'ex-forces', 'ex-services', 'ex-military', 'served in the army', 'army', 'navy', 'raf',
      'royal navy', 'armed forces', 'military', 'soldier', 'service leaver', 'forces',
    ],
    keywords: [
      'veteran*', 'ex forces', 'ex service*', 'ex military', 'ex serving', 'armed forces', 'forces community',
      'service leaver*', 'royal british legion', 'ssafa', 'help for heroes', 'combat stress', 'op courage',
      'military families', 'forces families',
    ],
    weakKeywords: ['military', 'army', 'navy', 'raf', 'forces', 'served'],
    exclude: [
      'salvation army', 'army of volunteers', 'join forces', 'joined forces', 'joining forces', 'police force*',
    ],
    esd: ['esdServiceType:1654'],
  },
];
