import type { Theme } from './themes';

/** Loneliness, caring, loss, identity and creative or green activities. */
export const CONNECTION_THEMES: readonly Theme[] = [
  {
    id: 'loneliness',
    weight: 3,
    taxonomy: { id: '201', name: 'Loneliness and isolation' },
    names: ['Befriending Service', 'Telephone Befriending', 'Friendship Group', 'Good Neighbours', 'Chatty Café'],
    intros: [
      '{who} matches lonely and isolated people with a friendly volunteer who visits or phones every week.',
      '{who} is a friendship group for anyone who feels lonely or would like to meet new people.',
    ],
    details: [
      'Many of our members live alone, have been bereaved or have recently moved to {town}.',
      'A volunteer can come with you the first time if you feel nervous.',
    ],
    audiences: ['Older People', 'Isolated'],
    queries: ['loneliness', 'lonely', 'befriending', 'isolated', 'no one to talk to', 'make friends', 'live alone'],
  },
  {
    id: 'carers',
    weight: 2,
    taxonomy: { id: '202', name: 'Carers' },
    names: ['Carers Support', 'Carers Café', 'Young Carers', 'Carers Hub'],
    intros: [
      '{who} supports unpaid carers who look after a relative, partner or friend.',
      '{who} is a monthly café where carers can take a break and meet others in the same situation.',
    ],
    details: [
      'We can help you get a carer’s assessment, Carer’s Allowance and respite breaks.',
      'Replacement care can be arranged so you can attend.',
    ],
    audiences: ['Carers', 'Carers>Young Carers'],
    queries: ['carers', 'carer support', 'caring for mum', 'young carers', 'respite', 'carers allowance'],
  },
  {
    id: 'bereavement',
    weight: 2,
    taxonomy: { id: '203', name: 'Bereavement' },
    names: ['Bereavement Support', 'Grief Café', 'Bereavement Counselling', 'Widowed Friends'],
    intros: [
      '{who} offers support to anyone who has been bereaved, however long ago.',
      '{who} is a drop-in grief café where bereaved people can talk and share experiences.',
    ],
    details: [
      'Trained volunteers provide one-to-one bereavement support over six to eight sessions.',
      'We also support people bereaved by suicide and children who have lost a parent.',
    ],
    audiences: ['Bereaved'],
    queries: ['bereavement', 'grief', 'bereaved', 'lost my husband', 'death of partner', 'grieving'],
  },
  {
    id: 'older-people',
    weight: 3,
    taxonomy: { id: '213', name: 'Older people' },
    names: ['Older People’s Service', 'Lunch Club', 'Day Centre', 'Age Well', 'Over 50s Club'],
    intros: [
      '{who} helps older people in {town} stay independent, active and connected.',
      '{who} is a day centre offering activities, a hot lunch and a bath service for older people.',
    ],
    details: [
      'Our information and advice service covers pensions, care, housing options and staying safe from scams.',
      'Transport can be arranged for people who cannot get out easily.',
    ],
    audiences: ['Older People'],
    queries: ['older people', 'elderly', 'over 60s', 'day centre', 'pensioners', 'retired'],
    ages: { min: 55 },
  },
  {
    id: 'lgbtq',
    weight: 1,
    taxonomy: { id: '218', name: 'LGBTQ+' },
    names: ['LGBTQ+ Group', 'Pride Youth Group', 'Trans Support Group'],
    intros: ['{who} is a safe, friendly space for lesbian, gay, bisexual, trans and queer people.'],
    details: ['We run socials, peer support and signposting to LGBTQ+ friendly services.'],
    audiences: ['LGBTQ+'],
    queries: ['lgbt', 'lgbtq', 'gay', 'trans', 'queer', 'coming out'],
  },
  {
    id: 'mens-groups',
    weight: 1,
    taxonomy: { id: '219', name: 'Men’s groups' },
    names: ['Men’s Shed', 'Men’s Talking Group', 'Men’s Mental Health Group'],
    intros: [
      '{who} is a men’s shed where men come together to make, mend and chat shoulder to shoulder.',
      '{who} is a talking group for men every Monday evening, with no pressure to speak.',
    ],
    details: ['Members work on woodwork, bike repairs and community projects.'],
    audiences: ['Men'],
    queries: ['mens shed', "men's group", 'men talking', 'mens mental health'],
  },
  {
    id: 'womens-groups',
    weight: 1,
    taxonomy: { id: '220', name: 'Women’s groups' },
    names: ['Women’s Group', 'Women’s Centre', 'Sisters Together'],
    intros: ['{who} is a women-only space offering activities, courses and support.'],
    details: ['Free childcare is available while you attend.'],
    audiences: ['Women'],
    queries: ["women's group", 'womens centre', 'women only', 'ladies group'],
  },
  {
    id: 'gardening',
    weight: 2,
    taxonomy: { id: '221', name: 'Gardening and green spaces' },
    names: ['Community Garden', 'Allotment Project', 'Green Gym', 'Therapeutic Gardening'],
    intros: [
      '{who} is a community garden where people grow fruit and vegetables together.',
      '{who} offers therapeutic gardening for people recovering from illness or living with stress.',
    ],
    details: [
      'No experience is needed and tools, gloves and tea are provided.',
      'Sessions take place outdoors all year round at {venue}.',
    ],
    audiences: [],
    queries: ['gardening', 'allotment', 'community garden', 'outdoors', 'nature', 'green space'],
  },
  {
    id: 'arts',
    weight: 2,
    taxonomy: { id: '222', name: 'Arts and crafts' },
    names: ['Arts and Crafts Group', 'Art Class', 'Creative Writing Group', 'Knit and Natter', 'Photography Club'],
    intros: [
      '{who} is a friendly arts and crafts group where you can try painting, drawing, knitting and more.',
      '{who} runs creative workshops to improve wellbeing through art.',
    ],
    details: [
      'All materials are provided and no artistic skill is needed.',
      'Finished work is shown at an exhibition each summer.',
    ],
    audiences: [],
    queries: ['art', 'arts and crafts', 'craft', 'knitting', 'painting', 'creative writing', 'art class'],
  },
  {
    id: 'music',
    weight: 1,
    taxonomy: { id: '223', name: 'Music and singing' },
    names: ['Community Choir', 'Singing Group', 'Ukulele Group', 'Drumming Circle'],
    intros: ['{who} is a community choir with no auditions and no need to read music.'],
    details: [
      'Singing together is good for breathing, mood and making friends.',
      'We sing pop, folk, gospel and songs from the shows.',
    ],
    audiences: [],
    queries: ['choir', 'singing', 'music', 'sing', 'ukulele', 'singing group'],
  },
];
