// biome-ignore-all format: word lists read better packed than one phrase per line

/**
 * How patients say it in a consultation, in first and third person: feelings and symptoms in lay words, family
 * situations, money in everyday terms. Added to each need's synonyms, so they are matched only in typed text and
 * notes (never in service text) and always as whole phrases. Single common words ("help", "feel", "my") are left
 * out on purpose: they would name a need in nearly every sentence.
 */
export const laySynonyms: Record<string, string[]> = {
  housing: ['damp', 'mould', 'my landlord', 'the landlord', 'landlord wants me out', 'section 21', 'behind on my rent', 'served notice'],
  homelessness: ['living in my car', 'sleeping in my car', 'kicked out', 'thrown out', 'threw her out', 'threw him out', 'threw me out', 'nowhere to go', 'nowhere to stay', 'sofa surf*'],
  debt: ['bailiffs', 'bailiff', 'owe money', 'in arrears', 'credit card*', 'drowning in debt', "can't pay my bills", 'cant pay the bills', 'loan shark*', 'catalogue debt', 'payday loan*', 'final demand*'],
  benefits: ['pip', 'pip form', 'manage on my pension', 'claim universal credit', 'entitled to', 'sanctioned', 'benefits stopped'],
  food: ['feed my kids', 'feed the kids', 'no food in the house', 'skipping meals', 'going hungry', 'hungry'],
  'fuel-poverty': ['the electric', 'electric bill*', 'electricity bill*', 'gas bill*', 'energy bill*', 'gas meter', 'electric meter', 'prepayment meter', 'top up the meter', 'meter has run out', 'heating on', 'put the heating on', "can't afford the electric", 'cold flat'],
  loneliness: ['no one', 'nobody', 'never leaves the house', "doesn't see anyone", 'has no one', 'since i retired', 'lives on her own', 'lives on his own', 'lives alone', 'on her own all the time', 'on his own all the time', "don't have any friends", 'no friends'],
  'mental-wellbeing': ['feel low', 'really low', 'so low', 'feeling rubbish', 'feel rubbish', 'can\'t stop worrying', 'worrying all the time', "can't sleep", 'not sleeping', 'tearful', 'crying all the time', 'no motivation', 'not myself', 'down in the dumps', 'fed up', 'on edge', 'feels like', 'struggling mentally', 'how he feels', 'how she feels', 'talk about his feelings', 'talk about how he feels', 'bloke', 'blokes', 'feeling low', 'feels low', 'feels rubbish', 'bottles everything up', 'bottles it up', 'bottling it up', 'bottled up', 'bottles things up', "won't talk about", "doesn't talk about", "won't open up", "hasn't been herself", "hasn't been himself", 'not been herself', 'not been himself', 'not herself', 'not himself', 'cries a lot', 'crying a lot', 'keeps crying', 'really stressed', 'so stressed', 'stressed out', 'feel like crying'],
  bereavement: ['passed away', 'lost her baby', 'lost his wife', 'lost her husband'],
  carers: ['look after my', 'looks after my', 'looks after her', 'looks after his', 'looks after me', 'cares for', 'care for my', 'caring for my', 'full time carer', 'look after mum', 'look after dad', 'looking after mum', 'looking after dad', 'looking after my', 'caring for'],
  'drugs-alcohol': ['drinking every day', 'drinking', 'using drugs', 'cocaine', 'heroin', 'cannabis', 'weed', 'addicted to'],
  gambling: ['betting', 'bet', 'online slots', 'slots', 'bookies', 'gambled', 'betting is ruining', 'gambling is ruining'],
  employment: ['lost my job', 'out of work', 'find a job', 'back into work', 'unemployed', 'made redundant'],
  dementia: ['keeps forgetting', 'getting lost', 'getting confused', 'repeating herself', 'repeating himself', 'forgetful'],
  'physical-activity': ['get fitter', 'out of breath', 'move more', 'more exercise', 'get active', 'unfit'],
  'older-people': ['elderly', 'pensioner*', 'my nan', 'my grandad', 'my gran', 'old age', '85', '90 and', 'my granny', 'granny', '80 and', '80 year old', 'in her 80s', 'in his 80s'],
  'young-people': ["won't go to school", 'wont go to school', 'not going to school', 'school refusal', 'refusing school', 'teenage', 'my teenager', '14 year old', '15 year old', '16 year old', 'after school', 'on his xbox', 'school holidays', 'in the holidays', 'half term', 'refuses to go to school', "doesn't want to go to school", "i'm 13", "i'm 14", "i'm 15", "i'm 16", "i'm 17", 'at school', 'exam stress'],
  'parenting-families': ['since having my baby', 'had a baby', 'just had a baby', 'my baby', 'struggling with my kids', 'my kids', "my child's behaviour", 'behaviour is really difficult', 'special needs', 'adhd', 'send support', 'parent carer*', 'bumps and babies', 'new parents', 'had a baby and', 'since the baby', 'since the baby was born', 'new baby', 'new mum', 'new mums', 'baby blues', 'post natal', 'postnatal depression', 'post natal depression'],
  autism: ['on the spectrum', 'autistic'],
  'learning-disability': ['learning difficulties', 'down syndrome', "down's syndrome"],
  'long-term-conditions': ['diabetes', 'copd', 'arthritis', 'chronic pain', 'asthma', 'heart condition', 'ms', 'parkinsons', 'cancer'],
  'nature-gardening': ['outdoors', 'outside', 'no garden', 'gardening', 'in nature'],
  'arts-creativity': ['painting', 'choir', 'knit', 'knitting', 'sew', 'sewing', 'creative'],
  transport: ["can't get to", "don't drive", 'the bus', 'a lift', 'get out to the shops', 'get to the shops', 'get to appointments', 'get to the doctors', 'get to hospital', 'no way to get', 'getting to appointments', 'get to my appointments', 'getting to my appointments', 'help getting to', 'getting to the doctors', 'getting to hospital', 'lift to appointments'],
  volunteering: ['help others', 'give something back', 'volunteer', 'do something useful', 'something useful to do', 'give back'],
  'digital-inclusion': ['use a computer', 'use her phone', 'use his phone', 'smartphone', 'online', 'the internet'],
  'refugees-asylum': ['arrived in the uk', 'seeking asylum', 'fled the war', 'fled'],
  veterans: ['ex forces', 'ex-forces', 'the army', 'in the army', 'the navy', 'the raf', 'served in'],
  'disability-sensory': ['losing my sight', 'going blind', 'macular degeneration', 'partially sighted', 'losing my hearing', "can't hear", 'hearing aid*', 'lip reading'],
  smoking: ['cigarettes', 'give up cigarettes', 'stop smoking', "can't stop smoking"],
  'healthy-eating-weight': ['overweight', 'obese', 'lose weight', 'weight loss'],
};
