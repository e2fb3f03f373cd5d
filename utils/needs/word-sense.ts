interface SenseRule {
  need: string;
  /** The matched words this rule is about. */
  phrase: RegExp;
  /** The clause must also say this for the need to be meant… */
  requires?: RegExp;
  /** …and must not say this. */
  unless?: RegExp;
}

// Words a record uses in more than one sense. Each rule keeps the need only in the sense the vocabulary means.
const RULES: SenseRule[] = [
  // "Served a section 21 notice", "served papers": a landlord or a court, not the armed forces.
  {
    need: 'veterans',
    phrase: /^served$/i,
    requires:
      /\b(?:army|forces|military|navy|raf|marines?|regiment|soldier|tours?|deployed|afghanistan|iraq|falklands)\b/i,
  },
  // A soldier's tour of Afghanistan is service, not asylum.
  {
    need: 'refugees-asylum',
    phrase: /^(?:afghanistan|iraq|syria|falklands|bosnia|kosovo|northern ireland)$/i,
    unless: /\b(?:served|army|forces|military|navy|raf|tours?|deployed|veteran|soldier|regiment)\b/i,
  },
  // "Struggling to pay the bills" is about money; the money need is read from its own words.
  {
    need: 'mental-wellbeing',
    phrase: /^struggl/i,
    unless:
      /\bstruggl\w*\s+(?:to|with)\s+(?:pay|afford|heat|walk|get|climb|the stairs|stairs|bills|money|rent|mobility|breath|reach)/i,
  },
  { need: 'smoking', phrase: /^quit/i, requires: /\b(?:smok\w*|cigar\w*|vap\w*|tobacco|nicotine)\b/i },
  // "Gambling online", "ordered online": the need is help getting online, not doing things there.
  {
    need: 'digital-inclusion',
    phrase: /^online$/i,
    requires: /\b(?:help|learn\w*|can'?t|cannot|unable|struggl\w*|access|skills|get|getting|confidence)\b/i,
  },
  // "Has carers twice daily", "carer visits": the patient is cared for, not a carer.
  {
    need: 'carers',
    phrase: /^carers?$/i,
    unless:
      /\b(?:has|have|with|by|from|her|his|their|paid|agency)\s+(?:a\s+|paid\s+)?carers?\b|\bcarers?\s+(?:visit\w*|call\w*|come|comes|attend\w*|twice|daily|qds|tds|bd)\b/i,
  },
  // "Ms Priya DESAI": a title, not multiple sclerosis (which records write "MS").
  { need: 'long-term-conditions', phrase: /^ms$/i, requires: /\bMS\b|multiple sclerosis/ },
  // "Active" as a problem's status, not activity.
  {
    need: 'physical-activity',
    phrase: /^active$/i,
    requires: /\b(?:more|get|getting|be|stay|staying|keep|keeping|physically|less|becoming)\s+active\b/i,
  },
  // "14 Elm Street": an address, not sleeping on the streets.
  {
    need: 'homelessness',
    phrase: /^streets?$/i,
    requires: /\b(?:on the streets?|street homeless|sleeping|rough|living on)\b/i,
  },
];

/** False when the words that matched `need` are used in another sense in this clause ("served a section 21 notice"). */
export function senseFits(need: string, phrase: string, clause: string): boolean {
  return RULES.every(
    (rule) =>
      rule.need !== need ||
      !rule.phrase.test(phrase.trim()) ||
      ((!rule.requires || rule.requires.test(clause)) && !rule.unless?.test(clause)),
  );
}
