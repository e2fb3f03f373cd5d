// biome-ignore-all format: word lists read better packed than one phrase per line
import type { Need } from './need-vocabulary';

/** Health conditions, disability and healthy habits. */
export const vocabularyConditions: Need[] = [
  {
    id: 'dementia',
    label: 'Dementia',
    description: 'Memory problems or dementia, for the person and the people who support them.',
    synonyms: [
      'dementia', "alzheimer's", 'alzheimers', 'memory problems', 'memory loss', 'forgetful', 'forgetting things',
      'confused', 'confusion', 'getting confused', 'memory', 'vascular dementia',
    ],
    keywords: [
      'dementia', 'alzheimer*', 'memory cafe*', 'memory loss', 'memory problem*', 'memory clinic*', 'memory support',
      'memory group*', 'singing for the brain', 'cognitive impairment', 'mild cognitive', 'young onset',
    ],
    weakKeywords: ['memory', 'reminiscence', 'confusion', 'cognitive'],
    exclude: ['in memory of', 'memory stick*'],
    esd: [],
  },
  {
    id: 'learning-disability',
    label: 'Learning disability',
    description: 'Support, activities and advocacy for people with a learning disability.',
    synonyms: [
      'learning disability', 'learning disabilities', 'learning difficulty', 'learning difficulties', 'down syndrome',
      "down's syndrome", 'special needs', 'send', 'global developmental delay',
    ],
    keywords: [
      'learning disabilit*', 'learning difficult*', 'learning disabled', 'down syndrome', "down's syndrome",
      'special needs', 'special educational needs', 'mencap', 'intellectual disabilit*', 'pmld',
      'profound and multiple', 'global developmental delay', 'fragile x', 'additional learning needs',
    ],
    weakKeywords: ['additional needs', 'supported living', 'day opportunities', 'day service*', 'easy read'],
    // Dyslexia and the like ("specific learning difficulties") are not a learning disability.
    exclude: ['specific learning difficult*'],
    esd: [],
  },
  {
    id: 'autism',
    label: 'Autism',
    description: 'Support for autistic and other neurodivergent people and their families.',
    synonyms: [
      'autism', 'autistic', 'asd', 'asc', "asperger's", 'aspergers', 'asperger', 'on the spectrum', 'neurodivergent',
      'neurodiverse', 'adhd',
    ],
    keywords: ['autis*', 'asperger*', 'asd', 'autism spectrum', 'neurodivers*', 'neurodivergen*', 'on the spectrum'],
    weakKeywords: ['adhd', 'sensory processing', 'sensory friendly', 'relaxed performance*', 'quiet hour*'],
    esd: [],
  },
  {
    id: 'long-term-conditions',
    label: 'Long-term conditions',
    description: 'Living well with a long-term illness such as diabetes, COPD, heart disease, pain or cancer.',
    synonyms: [
      'long term condition', 'chronic illness', 'chronic pain', 'diabetes', 'diabetic', 'copd', 'asthma',
      'heart failure', 'heart disease', 'heart attack', 'stroke', 'arthritis', 'cancer', 'fibromyalgia', 'ms',
      'multiple sclerosis', "parkinson's", 'parkinsons', 'epilepsy', 'long covid', 'chronic fatigue', 'me/cfs',
      'kidney disease', 'hiv', 'pain', 'breathless', 'lung condition', 'high blood pressure', "crohn's", 'ibs',
    ],
    keywords: [
      'long term condition*', 'long term health condition*', 'long term illness*', 'long term health problem*',
      'chronic condition*', 'chronic illness*', 'chronic pain', 'persistent pain', 'pain management', 'diabet*', 'copd',
      'lung condition*', 'lung disease', 'lung health', 'breathe easy', 'asthma', 'heart condition*', 'heart disease',
      'heart failure', 'cardiac', 'stroke*', 'arthritis', 'fibromyalgia', 'multiple sclerosis', 'ms society',
      'parkinson*', 'epilep*', 'cancer*', 'long covid', 'chronic fatigue', 'me cfs', 'kidney*', 'renal', 'hiv',
      'motor neurone', 'huntington*', 'crohn*', 'colitis', 'lupus', 'sickle cell', 'cystic fibrosis', 'brain injur*',
      'headway', 'macmillan', 'hospice*', 'palliative', 'self management', 'expert patient*', 'pulmonary rehab*',
      'cardiac rehab*', 'osteoporosis', 'continence', 'incontinence', 'stoma', 'ostomy', 'lymphoedema', 'endometriosis',
      'hypertension', 'high blood pressure', 'dialysis',
    ],
    weakKeywords: [
      'condition*', 'illness*', 'pain', 'health condition*', 'medical condition*', 'rehabilitation', 'breathing',
      'chronic',
    ],
    exclude: [
      'air conditioning', 'conditioning', 'conditioned', 'weather condition*', 'terms and conditions',
      'conditions apply', 'condition* of', 'good condition', 'working conditions', 'living conditions',
      'mental health condition*',
    ],
    esd: ['esdServiceType:202'],
  },
  {
    id: 'disability-sensory',
    label: 'Disability',
    description: 'Physical disability, sight or hearing loss: equipment, adaptations, support and activities.',
    synonyms: [
      'disabled', 'disability', 'wheelchair', 'mobility', 'blind', 'sight loss', 'visually impaired',
      'partially sighted', 'deaf', 'hard of hearing', 'hearing loss', 'hearing aid', 'hearing aid repair*', 'wheelchair repair*', 'tinnitus', 'bsl', 'sign language',
      'deafblind', "can't see", "can't hear", 'walking aid', 'mobility scooter', 'adaptations', 'stairlift',
      'grab rails',
    ],
    keywords: [
      'disabled people', 'disabled adults', 'disabled children', 'disabled person', 'disabled young people',
      'with disabilities', 'with a disability', 'with physical disabilit*', 'people with disabilit*',
      'disability support', 'disability advice', 'disability service*', 'disability sport*', 'pan disability',
      'disability rights', 'disability equipment', 'disability football', 'physical disabilit*', 'physically disabled',
      'wheelchair user*', 'blind', 'partially sighted', 'visually impaired', 'visual impairment*', 'sight loss',
      'sight impair*', 'low vision', 'deaf*', 'hard of hearing', 'hearing loss', 'hearing impair*', 'hearing aid*',
      'tinnitus', 'bsl', 'british sign language', 'sign language', 'sensory impair*', 'sensory loss', 'mobility aid*',
      'mobility scooter*', 'mobility equipment', 'disabled facilities grant', 'occupational therap*', 'rnib',
      'guide dog*', 'adaptations', 'wheelchair services', 'amputee*', 'spinal injur*',
      'glaucoma', 'cataract*', 'macular*', 'eye condition*', 'sight condition*', 'eye health', 'registered blind',
    ],
    weakKeywords: [
      'accessible', 'mobility', 'impairment*', 'wheelchair*', 'equipment', 'independence', 'disabled', 'adapted',
      'disabilit*',
    ],
    exclude: [
      'wheelchair accessible', 'wheelchair access', 'disabled access', 'disabled toilet*', 'disabled parking',
      'accessible toilet*', 'disability access', 'disabled facilities', 'step free', 'hearing loop*', 'induction loop*',
      'disabled friendly', 'disability friendly', 'disabled parking bay*',
    ],
    esd: ['esdServiceType:178', 'esdServiceType:204', 'esdServiceType:205', 'esdServiceType:180', 'esdServiceType:137'],
  },
  {
    id: 'healthy-eating-weight',
    label: 'Healthy eating',
    description: 'Eating well, cooking on a budget, and reaching a healthier weight.',
    synonyms: [
      'weight', 'lose weight', 'losing weight', 'overweight', 'obese', 'obesity', 'diet', 'dieting', 'healthy eating',
      'eat healthier', 'eating better', 'nutrition', 'bmi', 'slimming', 'cooking', 'learn to cook', 'weight management',
      'pre-diabetes', 'prediabetes',
    ],
    keywords: [
      'healthy eating', 'eat well', 'eating well', 'eat healthily', 'eating healthily', 'healthy diet', 'nutritionist*',
      'nutrition advice', 'nutritional advice', 'nutrition support', 'nutrition course*', 'weight loss', 'lose weight',
      'losing weight', 'weight management', 'healthy weight', 'obesity', 'overweight', 'slimming',
      'cooking on a budget', 'healthy cooking', 'dietitian*', 'dietician*', 'weight watchers', 'slimming world',
      'man v fat', 'manage your weight', 'managing your weight', 'manage their weight', 'eating habits',
    ],
    weakKeywords: [
      // Cooking alone is a skill or a hobby: it needs a second clue (healthy, diet, budget) to be about eating well.
      'cook*', 'cookery', 'cook and eat', 'cooking class*', 'cooking course*', 'cooking skills', 'learn to cook',
      'learning to cook', 'recipes', 'healthy', 'diet', 'nutrition*', 'fruit and veg*', 'vegetables', 'portion*', 'weight',
      'healthy meals', 'nutritious',
      // A healthy lifestyle covers eating, activity, smoking and drink: it needs a second clue to be about eating.
      'healthy lifestyle*',
    ],
    exclude: [
      'dietary requirement*', 'dietary needs', 'special diets', 'weight bearing', 'weight training', 'cookie*',
      'weights and measures',
    ],
    esd: [],
  },
  {
    id: 'physical-activity',
    label: 'Physical activity',
    description: 'Getting more active: walking, sport, exercise classes, dance and swimming.',
    synonyms: [
      'exercise', 'get fit', 'fitness', 'get active', 'more active', 'inactive', 'sedentary', 'walking', 'walk', 'gym',
      'swimming', 'swim', 'sport', 'football', 'dance', 'dancing', 'yoga', 'pilates', 'tai chi', 'cycling', 'bike',
      'running', 'keep fit', 'chair exercise', 'move more', 'movement', 'exercise class*', 'fitness class*',
      'dance class*', 'yoga class*', 'keep fit class*',
    ],
    keywords: [
      'exercise*', 'physical activit*', 'physically active', 'keep fit', 'get fit', 'fitness', 'gym', 'gyms',
      'walking group*', 'walking football', 'walking netball', 'health walk*', 'wellbeing walk*', 'nordic walking',
      'guided walk*', 'swim*', 'aquafit', 'aqua aerobics', 'yoga', 'pilates', 'tai chi', 'qigong', 'zumba', 'aerobics',
      'dance class*', 'dancing', 'sport*', 'football', 'cricket', 'tennis', 'badminton', 'netball', 'basketball',
      'boccia', 'bowls', 'cycling', 'cycle ride*', 'bike ride*', 'parkrun', 'jogging', 'couch to 5k',
      'strength and balance', 'falls prevention', 'chair based exercise', 'seated exercise', 'climbing', 'rowing',
      'martial arts', 'boxing', 'karate', 'judo', 'golf', 'table tennis', 'rambl*', 'hiking', 'get active',
      'getting active', 'stay active', 'staying active', 'keep active', 'keeping active', 'be more active',
      'leisure centre*', 'circuit training', 'weight training', 'stretch and tone', 'dance fitness', 'movement class*',
    ],
    weakKeywords: [
      'walk*', 'active', 'movement', 'stretch*', 'balance', 'outdoor*', 'dance', 'running', 'physical', 'fit',
    ],
    exclude: [
      'mindfulness exercise*', 'breathing exercise*', 'relaxation exercise*', 'writing exercise*',
      'grounding exercise*', 'sports massage', 'sports therap*', 'sports injur*', 'walking distance', 'walk in',
      'short walk', 'minutes walk', 'minute walk', 'sport relief', 'sports hall', 'walking aid*', 'walking frame*',
      'walking stick*', 'up and running', 'running costs', 'running since', 'running for', 'been running',
      'running the', 'active member*', 'active citizen*', 'active role', 'balance sheet', 'physical disabilit*',
      'physically disabled', 'physical and mental health', 'physical and mental wellbeing',
      'physical and mental well being',
    ],
    esd: [
      'esdServiceType:641', 'esdServiceType:451', 'esdServiceType:885', 'esdServiceType:1674', 'esdServiceType:456',
    ],
  },
];
