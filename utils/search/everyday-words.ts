// biome-ignore-all format: word lists read better packed than one word per line

/**
 * Everyday English words patients use that service listings rarely do. A query word on this list, or in the need
 * vocabulary, is a word in its own right and is never "corrected" to a look-alike from the directory ("betting is
 * ruining my life" must not become "running"). Only real words, never common misspellings.
 */
export const everydayWords: readonly string[] = [
  'ruin', 'ruining', 'ruined', 'ruins', 'wreck', 'wrecking', 'wrecked', 'destroying', 'destroyed', 'hurt', 'hurts',
  'hurting', 'hit', 'hits', 'hitting', 'cry', 'cries', 'cried', 'crying', 'bottle', 'bottles', 'bottled', 'bottling',
  'bloke', 'blokes', 'lad', 'lads', 'mate', 'mates', 'feel', 'feels', 'feeling', 'felt', 'rubbish', 'awful',
  'terrible', 'horrible', 'miserable', 'gutted', 'stressed', 'stress', 'scared', 'frightened', 'afraid', 'worried',
  'worrying', 'lonely', 'alone', 'herself', 'himself', 'myself', 'yourself', 'themselves', 'granny', 'grandma',
  'grandpa', 'grandad', 'nan', 'nana', 'mum', 'mom', 'dad', 'stepdad', 'stepmum', 'husband', 'wife', 'partner',
  'boyfriend', 'girlfriend', 'son', 'daughter', 'baby', 'newborn', 'toddler', 'kids', 'struggle', 'struggles',
  'struggling', 'cope', 'coping', 'manage', 'managing', 'end', 'ending', 'life', 'lives', 'living', 'die', 'dying',
  'dead', 'kill', 'killing', 'want', 'wants', 'wanted', 'won', 'wont', 'refuses', 'refusing', 'school', 'stay',
  'staying', 'sleep', 'sleeping', 'eating', 'drinking', 'betting', 'gambling', 'losing', 'lost', 'lose', 'owe',
  'owing', 'skint', 'broke', 'poor', 'cold', 'freezing', 'hungry', 'starving', 'tired', 'exhausted', 'low', 'down',
  'sad', 'upset', 'angry', 'cross', 'moody', 'quiet', 'withdrawn', 'shy', 'bored', 'stuck', 'trapped', 'talk',
  'talking', 'talks', 'speak', 'speaking', 'appointments', 'appointment', 'getting', 'going', 'doctors', 'hospital',
  'lift', 'lifts', 'bus', 'taxi', 'ringing', 'calling', 'shouting', 'screaming', 'bullied', 'bullying', 'picked',
  'teenage', 'teenager', 'teen', 'rough', 'anymore', 'worn', 'conscious', 'moving', 'neighbour', 'born', 'poorly', 'unwell', 'ill', 'sick', 'pain', 'aching', 'sore',
  // Round 6: everyday words the Bristol directory lacks or rarely uses, each once "corrected" to a look-alike
  // ("bruises" → Blaise, "cremation" → creation, "truanting" → training).
  'ache', 'aches', 'adopted', 'adoption', 'adoptive', 'anyway', 'apart', 'arguing', 'argue', 'argument', 'awake', 'bairn', 'bedwetting',
  'bitten', 'bleeding', 'booze', 'boozing', 'boss', 'broken', 'bruise', 'bruised', 'bruises', 'bully', 'burn', 'burned', 'burnt',
  'chips', 'chores', 'clever', 'coat', 'coke', 'cough', 'count', 'crash', 'cream', 'cremation', 'dark', 'dear', 'desperate',
  'dinner', 'drag', 'drove', 'dyspraxia', 'dyspraxic', 'dyscalculia', 'eaten', 'excuse', 'expelled', 'expensive', 'fail',
  'failed', 'fell', 'fella', 'fellas', 'finally', 'flashback', 'flashbacks', 'forget', 'forgot', 'forgotten', 'gave', 'geezer',
  'gents', 'grave', 'grey', 'guess', 'honest', 'hubby', 'inside', 'joke', 'jump', 'knew', 'lager', 'lame', 'late', 'leak',
  'leaking', 'leaks', 'loud', 'married', 'mess', 'missus', 'mouth', 'nightmare', 'nightmares', 'nine', 'nose', 'pocket',
  'pray', 'pretty', 'promise', 'proper', 'pull', 'punch', 'punched', 'rain', 'rude', 'scam', 'scammed', 'scream', 'shame',
  'skunk', 'slept', 'smell', 'snow', 'sold', 'stammer', 'stepson', 'stepdaughter', 'stick', 'stillborn', 'stomach', 'stupid',
  'stutter', 'swear', 'sweet', 'tall', 'tantrum', 'tantrums', 'meltdown', 'meltdowns', 'tears', 'thin', 'throat', 'tidy', 'tight', 'truant',
  'truanting', 'useless', 'weak', 'woke', 'wonder', 'worst', 'wrist', 'wrists', 'arms', 'legs', 'pills', 'tablets', 'wine',
  'horses', 'pushes', 'shoves', 'shoved', 'slim', 'glaucoma', 'cataract', 'cataracts', 'macular', 'sacked',
];

/**
 * Real words typed for a need word that sounds the same ("partially sited", "loosing weight"). Each is read as the
 * need word, like a correction; any other real word keeps its meaning. Only words that are almost never meant as
 * themselves in a search for help.
 */
export const soundsLike: Readonly<Record<string, string>> = {
  sited: 'sighted',
  loosing: 'losing',
  loose: 'lose',
  heroine: 'heroin',
  elicit: 'illicit',
};
