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
