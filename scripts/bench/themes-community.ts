import type { Theme } from './themes';

/** Safety, family, community and belonging needs. */
export const COMMUNITY_THEMES: readonly Theme[] = [
  {
    id: 'transport',
    weight: 1,
    taxonomy: { id: '113', name: 'Transport' },
    names: ['Community Transport', 'Dial-a-Ride', 'Volunteer Car Scheme'],
    intros: [
      '{who} provides door-to-door transport for people who find it hard to use buses.',
      '{who} is a volunteer car scheme taking people to GP and hospital appointments and shopping.',
    ],
    details: [
      'Vehicles are wheelchair accessible and drivers are DBS checked.',
      'Journeys must be booked at least two days ahead.',
    ],
    audiences: ['Wheelchair Users', 'Disabled People'],
    queries: ['transport', 'community transport', 'lift to hospital', 'dial a ride', "can't get to appointments"],
  },
  {
    id: 'domestic-abuse',
    weight: 2,
    taxonomy: { id: '114', name: 'Domestic abuse' },
    names: ['Domestic Abuse Support', 'Freedom Programme', 'IDVA Service', 'Safe Steps'],
    intros: [
      '{who} supports anyone experiencing domestic abuse, including controlling behaviour, violence and financial abuse.',
      '{who} offers safe, confidential support to people affected by domestic violence.',
    ],
    details: [
      'Our advocates help with safety planning, refuge, legal protection and the courts.',
      'The Freedom Programme is a 12-week course for women who have experienced abuse.',
    ],
    audiences: ['Women', 'Men'],
    queries: ['domestic abuse', 'domestic violence', 'abusive relationship', 'refuge', 'coercive control'],
  },
  {
    id: 'veterans',
    weight: 1,
    taxonomy: { id: '115', name: 'Armed forces' },
    names: ['Veterans Breakfast Club', 'Armed Forces Support', 'Veterans Hub'],
    intros: [
      '{who} is a friendly meeting place for armed forces veterans and their families.',
      '{who} helps ex-service personnel with housing, benefits, employment and wellbeing.',
    ],
    details: [
      'Come along for a full English and a chat with people who understand military life.',
      'We can refer to Op COURAGE for veterans’ mental health.',
    ],
    audiences: ['Veterans'],
    queries: ['veterans', 'armed forces', 'ex forces', 'military', 'ptsd'],
  },
  {
    id: 'refugees',
    weight: 1,
    taxonomy: { id: '116', name: 'Refugees and asylum seekers' },
    names: ['Refugee Support', 'Asylum Seeker Drop-in', 'Welcome Project', 'Sanctuary Hub'],
    intros: [
      '{who} welcomes refugees and people seeking asylum in {town}.',
      '{who} offers practical help, advice and friendship to refugees and migrants.',
    ],
    details: [
      'We help with asylum support, bus passes, clothing, English classes and registering with a GP.',
      'Interpreters for Arabic, Farsi, Kurdish, Pashto and Tigrinya are usually available.',
    ],
    audiences: ['Refugees', 'Asylum Seekers', 'Culturally Specific'],
    queries: ['refugee', 'asylum seeker', 'refugees', 'migrant', 'sanctuary'],
  },
  {
    id: 'volunteering',
    weight: 2,
    taxonomy: { id: '117', name: 'Volunteering' },
    names: ['Volunteer Centre', 'Volunteering Opportunities', 'Time Bank'],
    intros: [
      '{who} helps people find volunteering that fits their interests, skills and time.',
      '{who} is a time bank where members swap skills and an hour given is an hour earned.',
    ],
    details: [
      'Volunteering can build confidence, experience and friendships.',
      'Roles include gardening, befriending, driving, helping in charity shops and at events.',
    ],
    audiences: [],
    queries: ['volunteering', 'volunteer', 'time bank', 'give something back', 'charity work'],
  },
  {
    id: 'community',
    weight: 2,
    taxonomy: { id: '118', name: 'Community groups' },
    names: ['Community Group', 'Coffee Morning', 'Community Café', 'Residents Association'],
    intros: [
      '{who} brings local people together to tackle issues, voice concerns and improve the neighbourhood.',
      '{who} runs a weekly coffee morning and community café open to everyone.',
    ],
    details: [
      'There are quizzes, bingo, craft tables and day trips through the year.',
      'New faces are always welcome, so just drop in.',
    ],
    audiences: [],
    queries: ['community group', 'coffee morning', 'community cafe', 'things to do', 'social group', 'meet people'],
  },
  {
    id: 'early-years',
    weight: 2,
    taxonomy: { id: '119', name: 'Early years' },
    names: ['Stay and Play', 'Baby and Toddler Group', 'Baby Massage', 'Rhyme Time'],
    intros: ['{who} is a relaxed stay-and-play session for babies and toddlers with their parents and carers.'],
    details: [
      'Activities include messy play, songs, stories and snack time.',
      'Health visitors attend once a month to answer questions on feeding and sleep.',
    ],
    audiences: ['Parents', 'Parents>Grandparents'],
    queries: ['baby group', 'toddler group', 'stay and play', 'mums and babies', 'under 5s', 'rhyme time'],
    ages: { min: 0, max: 5 },
  },
  {
    id: 'parenting',
    weight: 2,
    taxonomy: { id: '120', name: 'Parenting' },
    names: ['Parenting Support', 'Family Support', 'Parenting Course', 'Dads Group'],
    intros: [
      '{who} supports parents and carers with the ups and downs of family life.',
      '{who} runs free parenting courses for families with children aged 2 to 12.',
    ],
    details: [
      'Topics include routines, behaviour, sleep, teenagers and looking after yourself as a parent.',
      'Family support workers can also visit at home.',
    ],
    audiences: ['Parents'],
    queries: ['parenting', 'parenting course', 'family support', 'child behaviour', 'single parent'],
  },
  {
    id: 'young-people',
    weight: 2,
    taxonomy: { id: '121', name: 'Young people' },
    names: ['Youth Club', 'Young People’s Service', 'Youth Mentoring'],
    intros: [
      '{who} is a youth club for young people aged 11 to 19 with sports, games, cooking and trips.',
      '{who} offers one-to-one mentoring for young people who are finding life hard.',
    ],
    details: [
      'Youth workers can talk about school, relationships, staying safe and mental health.',
      'Sessions are free and young people can come on their own or with friends.',
    ],
    audiences: ['Young People', 'Students'],
    queries: ['youth club', 'young people', 'teenagers', 'mentoring', 'things for teens'],
    ages: { min: 11, max: 19 },
  },
];
