/**
 * A kind of request a link worker cannot handle, the words that suggest it, and where it should go instead.
 * Matching is advisory: it warns the referrer, it never blocks a referral.
 */
export interface ScopeRule {
  id: string;
  label: string;
  /** Lower-case words or phrases; matched as whole words, a plural "s" allowed. */
  triggers: string[];
  /** What to do instead, as shown to the referrer. */
  route: string;
}

/** A rule that fired and the words in the reason (or need id) that fired it. */
export interface ScopeMatch {
  rule: ScopeRule;
  matched: string;
}

/** Urgent risks first, so the most serious warning shows at the top. */
export const DEFAULT_SCOPE_RULES: ScopeRule[] = [
  {
    id: 'urgent-clinical',
    label: 'Urgent clinical concern',
    triggers: [
      'chest pain',
      'suicidal',
      'suicide',
      'kill myself',
      'kill himself',
      'kill herself',
      'end my life',
      'take my own life',
      'overdose',
      'self harm',
      'harming myself',
      "can't breathe",
      'cannot breathe',
      'struggling to breathe',
    ],
    route:
      'Do not wait for a link worker. If life is at risk call 999; otherwise speak to the duty doctor now. ' +
      'For a mental health crisis, call NHS 111 and choose the mental health option, or Samaritans on 116 123.',
  },
  {
    id: 'safeguarding',
    label: 'Safeguarding concern',
    triggers: [
      'safeguarding',
      'abuse',
      'abused',
      'abusive',
      'domestic violence',
      'coercive control',
      'neglect',
      'neglected',
      'exploitation',
      'exploited',
      'unsafe at home',
    ],
    route:
      'Tell the practice safeguarding lead today and follow the practice safeguarding policy. ' +
      'If someone is in immediate danger, call 999.',
  },
  {
    id: 'repeat-prescriptions',
    label: 'Repeat prescriptions',
    triggers: ['repeat prescription', 'repeat medication', 'repeat meds', 'prescription request'],
    route: "Ask the practice pharmacist or GP: repeat prescriptions are not part of a link worker's role.",
  },
  {
    id: 'medication',
    label: 'Medication query',
    triggers: ['medication', 'medicine', 'meds', 'meds review', 'medication review', 'side effect', 'inhaler'],
    route: 'Ask the practice pharmacist or GP: a link worker cannot advise on medicines.',
  },
  {
    id: 'fit-notes',
    label: 'Fit note (medical certificate)',
    triggers: ['fit note', 'sick note', 'med3', 'medical certificate', 'statement of fitness for work'],
    route: 'Fit notes are issued by a GP or another eligible clinician at the practice, not by a link worker.',
  },
  {
    id: 'appointments',
    label: 'Booking appointments',
    triggers: ['book an appointment', 'book appointment', 'gp appointment', 'see a doctor', 'see the doctor'],
    route: 'Appointments are booked with reception or online, not through a link worker.',
  },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only, so "meds" never fires on "comeds"; any run of spaces, hyphens or apostrophe style matches. */
function triggerPattern(trigger: string): RegExp {
  const words = trigger
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .map(escapeRegExp);
  const body = words.join('[\\s-]+').replace(/'/g, "['\u2019]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu');
}

function firstMatch(rule: ScopeRule, texts: string[]): string | undefined {
  // Longest trigger first, so "meds review" is reported rather than "meds".
  const triggers = [...rule.triggers].sort((a, b) => b.length - a.length);
  for (const trigger of triggers) {
    const pattern = triggerPattern(trigger);
    for (const text of texts) {
      const found = pattern.exec(text);
      if (found) return found[0];
    }
  }
  return undefined;
}

/**
 * Rules whose triggers appear in the reason or in a need id (`repeat-prescription` reads as "repeat prescription"),
 * one match per rule, in rule order. An empty result means nothing looked out of scope.
 */
export function checkScope(reason: string, needIds: string[], rules: ScopeRule[] = DEFAULT_SCOPE_RULES): ScopeMatch[] {
  const texts = [reason, ...needIds.map((id) => id.replace(/[-_]+/g, ' '))];
  return rules.flatMap((rule) => {
    const matched = firstMatch(rule, texts);
    return matched === undefined ? [] : [{ rule, matched }];
  });
}
