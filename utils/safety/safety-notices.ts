import { checkText, MAX_LONG } from '../config/check-fields';
import type { Checked } from '../config/checked';
import { problemAt } from '../config/checked';
import { isObject } from '../directory/narrow';
import { type SafetyTopicId, safetyTopics } from '../needs/vocabulary-safety';

/** What the side panel says above the results when a search or a consultation note points at a safety topic. */
export interface SafetyNoticeText {
  /** One short line: what to check first. */
  heading: string;
  /** The routes, one per line: who to call, the practice's own safeguarding lead. Plain text, never HTML. */
  text: string;
}

/** The PCN's wording for each topic; the defaults until it edits them. */
export type SafetyNotices = Record<SafetyTopicId, SafetyNoticeText>;

/** National routes that hold anywhere in England; a PCN adds its own safeguarding lead and local teams. */
export const DEFAULT_SAFETY_NOTICES: SafetyNotices = {
  'domestic-abuse': {
    heading: 'Possible domestic abuse: check they are safe now',
    text: [
      'In immediate danger: call 999 (from a mobile, if they cannot speak, press 55 when asked).',
      'National Domestic Abuse Helpline, free, 24 hours: 0808 2000 247.',
      'Tell the practice safeguarding lead, and ask before contacting anyone at home.',
    ].join('\n'),
  },
  'suicide-self-harm': {
    heading: 'Possible risk of suicide or self-harm: assess risk now',
    text: [
      'Life at risk now: call 999 or go to A&E.',
      'Urgent mental health help: NHS 111, option 2.',
      'Samaritans, free, 24 hours: 116 123.',
      'Tell the duty doctor or the practice safeguarding lead today.',
    ].join('\n'),
  },
  safeguarding: {
    heading: 'Possible safeguarding concern: a child or adult may be at risk',
    text: [
      'Someone in immediate danger: call 999.',
      'Tell the practice safeguarding lead today, and follow the practice safeguarding procedure.',
      'NSPCC helpline for adults worried about a child: 0808 800 5000.',
    ].join('\n'),
  },
};

/** Checks notices from a settings file, a managed policy or the settings form; a missing topic keeps its default. */
export function validateSafetyNotices(value: unknown): Checked<SafetyNotices> {
  if (!isObject(value)) return problemAt('The safety notices must be an object with one entry per topic.');
  const notices = { ...DEFAULT_SAFETY_NOTICES };
  for (const key of Object.keys(value)) {
    if (!safetyTopics.some((topic) => topic.id === key)) {
      return problemAt(`“${key}” is not a safety topic: use ${safetyTopics.map((t) => t.id).join(', ')}.`);
    }
  }
  for (const topic of safetyTopics) {
    const entry = value[topic.id];
    if (entry === undefined) continue;
    if (!isObject(entry)) return problemAt(`The ${topic.label.toLowerCase()} notice must have a heading and a text.`);
    const heading = checkText(entry.heading, `The ${topic.label.toLowerCase()} notice heading`, {
      required: true,
      field: `${topic.id}-heading`,
    });
    if (!heading.ok) return heading;
    const text = checkText(entry.text, `The ${topic.label.toLowerCase()} notice text`, {
      required: true,
      max: MAX_LONG,
      field: `${topic.id}-text`,
    });
    if (!text.ok) return text;
    notices[topic.id] = { heading: heading.value, text: text.value };
  }
  return { ok: true, value: notices };
}
