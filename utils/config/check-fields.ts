import type { Checked } from './checked';
import { problemAt } from './checked';

/** Limits for typed text: long enough for any real value, short enough that a pasted document is refused. */
export const MAX_SHORT = 120;
export const MAX_LONG = 1000;

/**
 * Trimmed text. Missing text is empty unless `required`. `label` starts the sentence: "Name must be text."
 */
export function checkText(
  value: unknown,
  label: string,
  options: { max?: number; required?: boolean; field?: string; index?: number } = {},
): Checked<string> {
  const { max = MAX_SHORT, required = false, field, index } = options;
  if (value === undefined && !required) return { ok: true, value: '' };
  if (value !== undefined && typeof value !== 'string') return problemAt(`${label} must be text.`, field, index);
  const trimmed = (value ?? '').trim();
  if (required && trimmed === '') return problemAt(`${label} is empty.`, field, index);
  if (trimmed.length > max) {
    return problemAt(`${label} is too long: keep it under ${max.toLocaleString('en-GB')} characters.`, field, index);
  }
  return { ok: true, value: trimmed };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits, spaces, brackets and dashes, with a + only at the start: every way a UK number is written, nothing else.
const PHONE = /^\+?[\d\s()-]+$/;

/** An email address, or empty when not `required`. */
export function checkEmail(
  value: unknown,
  label: string,
  options: { required?: boolean; field?: string; index?: number } = {},
): Checked<string> {
  const text = checkText(value, label, { ...options, max: 254 });
  if (!text.ok || text.value === '') return text;
  if (!EMAIL.test(text.value)) {
    return problemAt(`${label} does not look right: it should be like name@nhs.net.`, options.field, options.index);
  }
  return text;
}

/** A phone number as people write it, or empty. */
export function checkPhone(
  value: unknown,
  label: string,
  options: { field?: string; index?: number } = {},
): Checked<string> {
  const text = checkText(value, label, { ...options, max: 40 });
  if (!text.ok || text.value === '') return text;
  if (!PHONE.test(text.value) || text.value.replace(/\D/g, '').length < 3) {
    return problemAt(
      `${label} can only have digits, spaces, brackets, dashes and a + at the start.`,
      options.field,
      options.index,
    );
  }
  return text;
}

/** True for an NHSmail address: the secure service referrals with patient details should go to. */
export function isNhsMail(email: string): boolean {
  return /@nhs\.net$/i.test(email.trim());
}

/** One of a fixed set of numbers, as a select offers: "refreshHours must be one of 1, 6, 12, 24, 72, 168." */
export function checkChoice(value: unknown, label: string, choices: readonly number[]): Checked<number> {
  if (typeof value === 'number' && choices.includes(value)) return { ok: true, value };
  return problemAt(`${label} must be one of ${choices.join(', ')}.`);
}

/** A list of at most `max` entries. */
export function checkList(value: unknown, label: string, max: number): Checked<unknown[]> {
  // The label may start mid-sentence ("the trigger words of …"); the message is a sentence of its own.
  const subject = label.charAt(0).toUpperCase() + label.slice(1);
  if (!Array.isArray(value)) return problemAt(`${subject} must be a list.`);
  if (value.length > max) return problemAt(`${subject} has too many entries: keep it to ${max} or fewer.`);
  return { ok: true, value };
}

/** Text lines for a list field: trimmed, blank lines dropped. */
export function checkLines(
  value: unknown,
  label: string,
  options: { max: number; maxLine: number },
): Checked<string[]> {
  const list = checkList(value, label, options.max);
  if (!list.ok) return list;
  const lines: string[] = [];
  for (const [position, line] of list.value.entries()) {
    const text = checkText(line, `Line ${position + 1} of ${label}`, { max: options.maxLine });
    if (!text.ok) return text;
    if (text.value) lines.push(text.value);
  }
  return { ok: true, value: lines };
}
