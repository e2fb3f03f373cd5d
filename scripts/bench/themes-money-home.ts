import type { Theme } from './themes';

/** Money, advice, housing, food, work and learning needs. */
export const MONEY_HOME_THEMES: readonly Theme[] = [
  {
    id: 'debt',
    weight: 3,
    taxonomy: { id: '101', name: 'Debt' },
    names: ['Debt Advice', 'Money Advice Drop-in', 'Debt Clinic', 'Money Matters'],
    intros: [
      '{who} gives free, confidential advice to anyone struggling with debt, arrears or bailiffs.',
      '{who} helps people in {town} deal with priority debts such as rent, council tax and energy arrears.',
    ],
    details: [
      'An adviser can look at your budget, talk to creditors for you and explain options like a Debt Relief Order.',
      'We can help with payday loans, credit cards, catalogue debts and court letters.',
    ],
    audiences: ['Low Income', 'Low Income>Unemployed'],
    queries: [
      'debt',
      'debt advice',
      'money worries',
      "can't pay bills",
      'bailiffs',
      'owe money',
      'council tax arrears',
    ],
  },
  {
    id: 'benefits',
    weight: 2,
    taxonomy: { id: '102', name: 'Welfare benefits' },
    names: ['Benefits Advice', 'Welfare Rights Service', 'Benefits Check'],
    intros: [
      '{who} helps people claim the benefits they are entitled to, including Universal Credit, PIP and Attendance Allowance.',
      '{who} offers a free benefits check and help with forms, mandatory reconsiderations and appeals.',
    ],
    details: [
      'Our welfare rights advisers can support you at tribunal.',
      'We can visit you at home if you cannot get to us.',
    ],
    audiences: ['Low Income', 'Disabled People'],
    queries: ['benefits', 'universal credit', 'pip form', 'help with forms', 'benefits check', 'attendance allowance'],
  },
  {
    id: 'money',
    weight: 1,
    taxonomy: { id: '103', name: 'Money management' },
    names: ['Cost of Living Support', 'Money Skills', 'Budgeting Course'],
    intros: ['{who} helps households manage money, budget and cut bills as the cost of living rises.'],
    details: [
      'Sessions cover budgeting, saving, banking and avoiding scams.',
      'We can also help you apply for grants, the Household Support Fund and social tariffs.',
    ],
    audiences: ['Low Income'],
    queries: ['money', 'cost of living', 'budgeting', 'help with bills', 'money worries', 'grants'],
  },
  {
    id: 'advice',
    weight: 2,
    taxonomy: { id: '104', name: 'Information and advice' },
    names: ['Advice Centre', 'Information and Advice', 'Advice Drop-in'],
    intros: [
      '{who} offers free, independent, confidential advice on money, benefits, housing, work and consumer problems.',
    ],
    details: [
      'Bring any letters or forms you need help with.',
      'Advice is available face to face, by phone and by webchat.',
    ],
    audiences: [],
    queries: ['advice', 'citizens advice', 'help with letters', 'advice centre', 'form filling'],
  },
  {
    id: 'housing',
    weight: 3,
    taxonomy: { id: '105', name: 'Housing' },
    names: ['Housing Advice', 'Tenancy Support', 'Housing Options'],
    intros: [
      '{who} gives advice to tenants and homeowners on rent arrears, repairs, eviction and finding somewhere to live.',
      '{who} supports people to keep their tenancy and sort out problems with landlords.',
    ],
    details: [
      'We can help with housing benefit, bidding for council homes and disrepair.',
      'If you have received a section 21 or possession notice, contact us as soon as possible.',
    ],
    audiences: ['Low Income'],
    queries: ['housing', 'housing advice', "can't pay rent", 'eviction', 'landlord problems', 'damp and mould'],
  },
  {
    id: 'homelessness',
    weight: 2,
    taxonomy: { id: '106', name: 'Homelessness' },
    names: ['Homeless Outreach', 'Night Shelter', 'Day Centre for Homeless People'],
    intros: ['{who} supports people who are homeless, sleeping rough or at risk of losing their home.'],
    details: [
      'The day centre offers hot food, showers, laundry and a postal address.',
      'Outreach workers go out early in the morning to meet people sleeping rough in {town}.',
    ],
    audiences: ['Homeless'],
    queries: ['homeless', 'homelessness', 'sleeping rough', 'nowhere to live', 'night shelter', 'sofa surfing'],
  },
  {
    id: 'food',
    weight: 3,
    taxonomy: { id: '107', name: 'Food' },
    names: ['Food Bank', 'Community Pantry', 'Community Fridge', 'Lunch Club'],
    intros: [
      '{who} provides emergency food parcels for people in crisis, referred with a food bank voucher.',
      '{who} is a community pantry where members pay a small weekly amount for a shop worth much more.',
    ],
    details: [
      'Parcels include tinned food, pasta, toiletries and nappies.',
      'Hot meals are served at lunchtime and everyone is welcome to stay for a chat.',
    ],
    audiences: ['Low Income'],
    queries: ['food bank', 'foodbank', 'food parcel', 'hungry', 'free food', "can't afford food", 'lunch club'],
  },
  {
    id: 'fuel',
    weight: 1,
    taxonomy: { id: '108', name: 'Fuel poverty' },
    names: ['Energy Advice', 'Warm Homes Service', 'Warm Space'],
    intros: [
      '{who} helps people keep warm and well at home and cut their energy bills.',
      '{who} is a free warm space where anyone can come in, stay warm and have a hot drink.',
    ],
    details: [
      'Advisers can help with prepayment meters, energy debt and grants for insulation or boilers.',
      'We can add you to the Priority Services Register.',
    ],
    audiences: ['Low Income', 'Older People'],
    queries: ['energy bills', 'fuel poverty', 'heating', 'cold home', 'warm space', 'prepayment meter'],
  },
  {
    id: 'employment',
    weight: 2,
    taxonomy: { id: '109', name: 'Employment' },
    names: ['Employment Support', 'Job Club', 'Into Work', 'Work Coach Service'],
    intros: [
      '{who} helps people who are out of work to build confidence, write a CV and find a job.',
      '{who} offers one-to-one support to find work, training or volunteering that suits you.',
    ],
    details: [
      'We help with job searching, application forms, interview practice and in-work support.',
      'Support is also available for people with health conditions who want to stay in work.',
    ],
    audiences: ['Low Income>Unemployed'],
    queries: ['jobs', 'employment', 'job club', 'cv help', 'unemployed', 'back to work', 'looking for work'],
  },
  {
    id: 'digital',
    weight: 1,
    taxonomy: { id: '110', name: 'Digital inclusion' },
    names: ['Digital Skills', 'Computer Club', 'Tech Help Drop-in', 'Get Online'],
    intros: ['{who} helps people get online and use a smartphone, tablet or computer with confidence.'],
    details: [
      'Volunteers can help you set up email, use the NHS App, shop online and video call family.',
      'Free data SIMs and loan devices are available for people who cannot afford them.',
    ],
    audiences: ['Older People'],
    queries: ['digital skills', 'computer help', 'get online', 'internet', 'smartphone help', 'nhs app'],
  },
  {
    id: 'learning',
    weight: 1,
    taxonomy: { id: '111', name: 'Adult learning' },
    names: ['ESOL Classes', 'English Conversation Club', 'Adult Learning', 'Maths and English'],
    intros: [
      '{who} runs free English classes (ESOL) for adults who speak other languages.',
      '{who} offers friendly adult learning courses in maths, English and everyday skills.',
    ],
    details: [
      'Classes are small and there is a crèche on some mornings.',
      'Courses lead to qualifications if you want them.',
    ],
    audiences: ['Culturally Specific'],
    queries: ['esol', 'english classes', 'learn english', 'adult learning', 'courses', 'college'],
  },
  {
    id: 'legal',
    weight: 1,
    taxonomy: { id: '112', name: 'Legal advice' },
    names: ['Legal Advice Clinic', 'Immigration Advice', 'Law Centre'],
    intros: ['{who} gives free legal advice on housing, employment, family and immigration matters.'],
    details: [
      'Appointments are with qualified solicitors and advisers.',
      'We can help with eviction, discrimination at work and asylum appeals.',
    ],
    audiences: [],
    queries: ['legal advice', 'solicitor', 'immigration advice', 'law centre', 'free legal help'],
  },
];
