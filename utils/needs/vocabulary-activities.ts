// biome-ignore-all format: word lists read better packed than one phrase per line
import type { Need } from './need-vocabulary';

/** Work, learning and things to do. */
export const vocabularyActivities: Need[] = [
  {
    id: 'employment',
    label: 'Work & jobs',
    description: 'Finding, keeping or getting back to work.',
    synonyms: [
      'job', 'jobs', 'work', 'unemployed', 'out of work', 'lost my job', 'looking for work', 'job hunting', 'cv',
      'interview', 'back to work', 'career', 'redundant', 'redundancy', 'employment', 'jobcentre', 'job centre',
      "can't find work", 'fit note', 'sick note', 'return to work',
    ],
    keywords: [
      'employment support', 'employment advice', 'employment service*', 'employability', 'job search*', 'jobsearch',
      'job club*', 'jobs club*', 'work club*', 'cv', 'cvs', 'interview skills', 'interview practice', 'back to work',
      'back into work', 'return to work', 'returning to work', 'into work', 'find work', 'finding work', 'find a job',
      'finding a job', 'get a job', 'getting a job', 'into employment', 'job opportunit*', 'careers advice',
      'career advice', 'careers guidance', 'supported employment', 'work placement*', 'work experience',
      'apprenticeship*', 'traineeship*', 'jobcentre*', 'job centre*', 'access to work', 'job coach*',
      'employment coach*', 'job seekers', 'jobseekers', 'looking for work', 'job applications', 'job application',
      'unemployed people', 'out of work', 'paid work', 'skills for work',
    ],
    weakKeywords: ['employment', 'unemploy*', 'job*', 'career*', 'workplace', 'employers', 'redundan*'],
    exclude: [
      'odd jobs', 'little jobs', 'small jobs', 'jobs around the', 'job done', 'employment law firm*',
      'in employment or',
    ],
    esd: [
      'esdServiceType:343', 'esdServiceType:299', 'esdServiceType:239', 'esdServiceType:887', 'esdServiceType:1394',
      'esdServiceType:345',
    ],
  },
  {
    id: 'learning-skills',
    label: 'Learning & skills',
    description: 'Courses and classes for adults: English, maths, reading and writing, qualifications and new skills.',
    synonyms: [
      'learn', 'learning', 'course', 'courses', 'classes', 'qualification*', 'gcse', 'english classes', 'esol',
      'reading', 'writing', 'maths', 'numeracy', 'literacy', "can't read", "can't write", 'adult education', 'college',
      'learn english', 'improve my english', 'study', 'training', 'skills',
    ],
    keywords: [
      'adult learning', 'adult education', 'adult learners', 'adult learner', 'community learning', 'esol',
      'english classes', 'english class', 'english lessons', 'english language class*', 'english conversation',
      'conversation club*', 'learn english', 'learning english', 'improve your english', 'literacy', 'numeracy',
      'basic skills', 'functional skills', 'maths', 'gain qualification*', 'gain a qualification', 'get qualification*',
      'nationally recognised qualification*', 'accredited qualification*', 'gcse*', 'learning centre*',
      'skills training', 'vocational', 'further education', 'accredited course*', 'free course*', 'reading group*',
      'book club*', 'lifelong learning', 'evening class*', 'adult courses', 'courses for adults',
    ],
    weakKeywords: [
      'course*', 'tuition', 'tutor*', 'study', 'studying', 'education', 'accredited', 'certificate*', 'college',
      'learners', 'qualification*', 'learn new skills', 'learning new skills', 'reading', 'writing',
    ],
    exclude: ['learning disabilit*', 'learning difficult*', 'e learning', 'online learning platform', 'of course'],
    esd: ['esdServiceType:27', 'esdServiceType:1493'],
  },
  {
    id: 'digital-inclusion',
    label: 'Getting online',
    description: 'Devices, data and help to use computers, phones and the internet with confidence.',
    synonyms: [
      'computer', 'computers', 'internet', 'online', 'get online', 'going online', 'laptop', 'tablet', 'ipad',
      'smartphone', 'mobile phone', 'email', 'wifi', 'wi-fi', 'data', 'digital', 'apps', 'zoom', 'video call',
      'online forms', 'nhs app', 'not online', 'no internet', "can't use a computer",
    ],
    keywords: [
      'digital inclusion', 'digital skills', 'digital support', 'digital champion*', 'digital help',
      'digital exclusion', 'digitally excluded', 'get online', 'getting online', 'go online', 'going online',
      'computer class*', 'computer course*', 'computer skills', 'computer club*', 'computer help', 'it skills',
      'internet access', 'free wifi', 'free wi fi', 'free internet', 'computer access', 'access to computers',
      'use of computers', 'learn to use', 'online safety', 'data bank*', 'device loan*', 'tablet loan*', 'free sim*',
      'tech support', 'tech help', 'digital buddy', 'digital buddies', 'using technology',
    ],
    weakKeywords: [
      'digital', 'computer*', 'internet', 'online', 'wifi', 'wi fi', 'technology', 'tech', 'device*', 'charging points',
      'phone charging', 'apps', 'smartphone*', 'tablet*', 'laptop*', 'ipad*',
    ],
    exclude: [
      'book online', 'booking online', 'online booking', 'apply online', 'refer online', 'online referral*',
      'find us online', 'visit us online', 'online form', 'donate online', 'online shop', 'our online',
      'digital hate', 'online hate', 'online abuse', 'online harm*', 'online harassment',
    ],
    esd: ['esdServiceType:442'],
  },
  {
    id: 'arts-creativity',
    label: 'Arts & creativity',
    description: 'Art, craft, music, singing, writing, theatre and other creative activities.',
    synonyms: [
      'art', 'arts', 'painting', 'drawing', 'crafts', 'craft', 'knitting', 'sewing', 'music', 'singing', 'choir',
      'creative', 'creativity', 'writing', 'poetry', 'theatre', 'drama', 'photography', 'pottery', 'museum', 'gallery',
    ],
    keywords: [
      'art', 'arts', 'art class*', 'art group*', 'arts and crafts', 'art and craft*', 'craft', 'crafts', 'crafty',
      'painting', 'sketch*', 'pottery', 'ceramics', 'knit*', 'crochet', 'sewing', 'quilting', 'textile*', 'embroidery',
      'choir*', 'singing', 'sing', 'sing along', 'singers', 'song*', 'music*', 'musician*', 'ukulele*', 'guitar*',
      'drumming', 'samba', 'orchestra*', 'theatre*', 'drama', 'creative writing', 'poetry', 'storytelling',
      'photography', 'film making', 'filmmaking', 'creativ*', 'museum*', 'gallery', 'galleries', 'arts on prescription',
      'drawing class*', 'life drawing', 'woodwork*', 'woodturning', 'printmaking', 'needlework', 'crafting',
      'handicraft*',
    ],
    weakKeywords: ['danc*', 'perform*', 'instrument*', 'band', 'heritage', 'drawing', 'colouring', 'making', 'paint'],
    exclude: [
      'state of the art', 'art of', 'martial arts', 'tight knit', 'close knit', 'drawing on', 'drawing up',
      'painting and decorating',
    ],
    esd: ['esdServiceType:884', 'esdServiceType:838', 'esdServiceType:620'],
  },
  {
    id: 'nature-gardening',
    label: 'Nature & gardening',
    description: 'Time outdoors: gardening, growing food, conservation and green spaces.',
    synonyms: [
      'garden', 'gardening', 'allotment', 'outdoors', 'outside', 'nature', 'green space', 'parks', 'wildlife',
      'fresh air', 'growing', 'grow vegetables', 'farm', 'animals', 'conservation', 'bird watching',
    ],
    keywords: [
      'community garden*', 'gardening', 'gardener*', 'allotment*', 'horticultur*', 'grow your own', 'growing food',
      'food growing', 'nature', 'nature reserve*', 'nature walk*', 'wildlife', 'conservation', 'green space*',
      'green gym', 'forest school*', 'woodland*', 'community farm*', 'city farm*', 'care farm*', 'ecotherapy',
      'birdwatching', 'bird watching', 'beekeeping', 'orchard*', 'tree planting', 'growing project*',
      'therapeutic garden*', 'market garden*', 'greenhouse*', 'polytunnel*', 'outdoor volunteering',
    ],
    weakKeywords: [
      'garden*', 'outdoor*', 'outside', 'park', 'parks', 'fresh air', 'countryside', 'grow', 'growing', 'plants',
      'trees', 'animals', 'farm', 'green', 'wild',
    ],
    exclude: [
      'car park*', 'business park*', 'park and ride', 'retail park*', 'nature of', 'by nature', 'second nature',
      'beer garden*', 'green light',
    ],
    esd: ['esdServiceType:510', 'esdServiceType:1540', 'esdServiceType:746', 'esdServiceType:750'],
  },
  {
    id: 'volunteering',
    label: 'Volunteering',
    description: 'Giving time to help others, for purpose, skills, confidence and company.',
    synonyms: [
      'volunteer', 'volunteering', 'give something back', 'giving back', 'help others', 'helping others',
      'something to do', 'feel useful', 'purpose',
    ],
    keywords: [
      'volunteering', 'volunteering opportunit*', 'volunteer opportunit*', 'become a volunteer', 'becoming a volunteer',
      'volunteer with us', 'volunteer for us', 'join our volunteers', 'join our team of volunteers', 'volunteer role*',
      'volunteers wanted', 'volunteers needed', 'need volunteers', 'looking for volunteers', 'recruiting volunteers',
      'volunteer centre*', 'time bank*', 'timebank*', 'would like to volunteer', 'want to volunteer',
      'interested in volunteering', 'can volunteer',
    ],
    weakKeywords: ['volunteer*', 'get involved', 'help out', 'giving back', 'give back'],
    exclude: [
      'run by volunteers', 'run entirely by volunteers', 'volunteer led', 'led by volunteers', 'staffed by volunteers',
      'our volunteers', 'trained volunteers', 'our team of volunteers', 'volunteer run', 'run by a volunteer',
      'dedicated volunteers', 'friendly volunteers', 'volunteers will',
    ],
    esd: ['esdServiceType:1113', 'esdServiceType:629', 'esdServiceType:750'],
  },
];
