import { isObject } from '../directory/narrow';
import { safeWebUrl } from './safe-web-url';

/**
 * What reception reads aloud when asked "what is a social prescribing link worker?". There is no national job
 * description, so each PCN edits its own; every field is plain text, never HTML.
 */
export interface RoleText {
  /** The primary care network (or practice) the link workers belong to; empty until the practice sets it. */
  pcnName: string;
  /** A few sentences that say what a link worker is. */
  intro: string;
  whatTheyDo: string[];
  /** What link workers do not do, each with where to go instead: the part that stops misdirected requests. */
  whatTheyDont: { item: string; instead: string }[];
  /** May be empty: the section is then left out. */
  whoTheyHelp: string[];
  /** May be empty when the PCN takes referrals from the practice team only. */
  howToSelfRefer: string;
  contact: { phone?: string; email?: string; selfReferralUrl?: string };
}

/** The field a validation message is about, so a form can mark and focus it. */
export type RoleTextField =
  | 'pcnName'
  | 'intro'
  | 'whatTheyDo'
  | 'whatTheyDont'
  | 'whoTheyHelp'
  | 'howToSelfRefer'
  | 'phone'
  | 'email'
  | 'selfReferralUrl';

/** The outcome of checking role text from an import, a managed policy or the editor. */
export type RoleTextResult = { ok: true; value: RoleText } | { ok: false; message: string; field?: RoleTextField };

/** Modelled on NHS England's description of social prescribing; written to be read aloud. */
export const DEFAULT_ROLE_TEXT: RoleText = {
  pcnName: '',
  intro:
    'A social prescribing link worker is part of the practice team, but is not a doctor or a nurse. They give you ' +
    'time to talk about what matters to you, and help you find local groups, activities and services for the ' +
    'things that affect your health and wellbeing but are not medical, such as loneliness, money worries or housing.',
  whatTheyDo: [
    'Take time to listen and ask “what matters to you?”',
    'Make a plan with you, at your own pace',
    'Connect you with community groups, activities and services near you',
    'Help you get advice on money, benefits, debt, housing or work',
    'Support you to take the first step, such as making the first phone call together',
  ],
  whatTheyDont: [
    {
      item: 'Authorise repeat prescriptions or medicines',
      instead: 'the practice’s prescriptions line or your pharmacy',
    },
    { item: 'Give medical advice, tests or treatment', instead: 'a GP or practice nurse' },
    {
      item: 'Deal with urgent problems or emergencies',
      instead: 'call 999 in an emergency, or NHS 111 for urgent help',
    },
    {
      item: 'Handle safeguarding concerns about a child or adult at risk',
      instead: 'the practice’s safeguarding lead, or 999 if someone is in danger now',
    },
    {
      item: 'Decide benefit claims or housing applications',
      instead: 'they can help you get advice, for example from Citizens Advice, but the decision is not theirs',
    },
  ],
  whoTheyHelp: [
    'People who feel lonely or cut off',
    'People who feel low or stressed',
    'People living with a long-term condition who want support with daily life',
    'Carers',
    'People with money, housing or work worries',
  ],
  howToSelfRefer:
    'Ask at reception, or ask anyone in the practice team to refer you. You do not need to see a GP first.',
  contact: {},
};

const MAX_NAME = 120;
const MAX_INTRO = 2000;
const MAX_LINE = 500;
const MAX_LINES = 20;

type Checked<T> = { ok: true; value: T } | { ok: false; message: string; field?: RoleTextField };

function fail(message: string, field?: RoleTextField): { ok: false; message: string; field?: RoleTextField } {
  return field ? { ok: false, message, field } : { ok: false, message };
}

function checkText(
  value: unknown,
  field: RoleTextField,
  label: string,
  max: number,
  required: boolean,
): Checked<string> {
  if (value === undefined && !required) return { ok: true, value: '' };
  if (typeof value !== 'string') return fail(`${label} must be text.`, field);
  const trimmed = value.trim();
  if (required && trimmed === '') return fail(`${label} is empty. Write a few plain words.`, field);
  if (trimmed.length > max)
    return fail(`${label} is too long: keep it under ${max.toLocaleString('en-GB')} characters.`, field);
  return { ok: true, value: trimmed };
}

/** Blank lines are dropped: they are what an edit or an export leaves behind, not content. */
function checkLines(value: unknown, field: RoleTextField, label: string, required: boolean): Checked<string[]> {
  if (value === undefined && !required) return { ok: true, value: [] };
  if (!Array.isArray(value)) return fail(`“${label}” must be a list of lines.`, field);
  const lines: string[] = [];
  for (const [index, line] of value.entries()) {
    if (typeof line !== 'string') return fail(`Line ${index + 1} of “${label}” is not text.`, field);
    const trimmed = line.trim();
    if (trimmed.length > MAX_LINE)
      return fail(`Line ${index + 1} of “${label}” is too long: keep it under ${MAX_LINE} characters.`, field);
    if (trimmed) lines.push(trimmed);
  }
  if (required && lines.length === 0) return fail(`“${label}” needs at least one line.`, field);
  if (lines.length > MAX_LINES) return fail(`“${label}” has too many lines: keep it to ${MAX_LINES} or fewer.`, field);
  return { ok: true, value: lines };
}

function checkDonts(value: unknown): Checked<RoleText['whatTheyDont']> {
  const label = 'They don’t';
  if (!Array.isArray(value)) return fail(`“${label}” must be a list.`, 'whatTheyDont');
  const donts: RoleText['whatTheyDont'] = [];
  for (const [index, entry] of value.entries()) {
    const item = isObject(entry) && typeof entry.item === 'string' ? entry.item.trim() : '';
    const instead = isObject(entry) && typeof entry.instead === 'string' ? entry.instead.trim() : '';
    if (!item || !instead) {
      return fail(
        `Line ${index + 1} of “${label}” needs both what they don’t do and where to go instead.`,
        'whatTheyDont',
      );
    }
    if (item.length + instead.length > MAX_LINE) {
      return fail(`Line ${index + 1} of “${label}” is too long: keep it under ${MAX_LINE} characters.`, 'whatTheyDont');
    }
    donts.push({ item, instead });
  }
  // Without the don'ts, reception has nothing to say when someone asks for a prescription or urgent help.
  if (donts.length === 0) return fail(`“${label}” needs at least one line.`, 'whatTheyDont');
  if (donts.length > MAX_LINES)
    return fail(`“${label}” has too many lines: keep it to ${MAX_LINES} or fewer.`, 'whatTheyDont');
  return { ok: true, value: donts };
}

function checkContact(value: unknown): Checked<RoleText['contact']> {
  if (value === undefined) return { ok: true, value: {} };
  if (!isObject(value)) return fail('The contact details are not in the expected format.');
  const contact: RoleText['contact'] = {};
  const phone = checkText(value.phone, 'phone', 'The phone number', 40, false);
  if (!phone.ok) return phone;
  if (phone.value) {
    const digits = phone.value.replace(/\D/g, '').length;
    if (!/^\+?[\d\s()-]+$/.test(phone.value) || digits < 3) {
      return fail('The phone number can only have digits, spaces, brackets, dashes and a + at the start.', 'phone');
    }
    contact.phone = phone.value;
  }
  const email = checkText(value.email, 'email', 'The email address', 254, false);
  if (!email.ok) return email;
  if (email.value) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value)) {
      return fail('The email address does not look right. It should be like name@nhs.net.', 'email');
    }
    contact.email = email.value;
  }
  const url = checkText(value.selfReferralUrl, 'selfReferralUrl', 'The self-referral address', 2000, false);
  if (!url.ok) return url;
  if (url.value) {
    const safe = safeWebUrl(url.value);
    if (!safe)
      return fail('The self-referral address must be a full web address starting with https://', 'selfReferralUrl');
    contact.selfReferralUrl = safe;
  }
  return { ok: true, value: contact };
}

/**
 * Narrows untrusted role text (a settings import, a managed policy, the editor's form) into a `RoleText`, trimming
 * text and dropping blank lines. Messages are plain enough to show to whoever typed it.
 */
export function validateRoleText(value: unknown): RoleTextResult {
  if (!isObject(value)) return fail('The link worker text could not be read: it is not in the expected format.');
  const pcnName = checkText(value.pcnName, 'pcnName', 'The PCN name', MAX_NAME, false);
  if (!pcnName.ok) return pcnName;
  const intro = checkText(value.intro, 'intro', 'The introduction', MAX_INTRO, true);
  if (!intro.ok) return intro;
  const whatTheyDo = checkLines(value.whatTheyDo, 'whatTheyDo', 'They can help with', true);
  if (!whatTheyDo.ok) return whatTheyDo;
  const whatTheyDont = checkDonts(value.whatTheyDont);
  if (!whatTheyDont.ok) return whatTheyDont;
  const whoTheyHelp = checkLines(value.whoTheyHelp, 'whoTheyHelp', 'Who they can help', false);
  if (!whoTheyHelp.ok) return whoTheyHelp;
  const howToSelfRefer = checkText(value.howToSelfRefer, 'howToSelfRefer', '“How to self-refer”', MAX_INTRO, false);
  if (!howToSelfRefer.ok) return howToSelfRefer;
  const contact = checkContact(value.contact);
  if (!contact.ok) return contact;
  return {
    ok: true,
    value: {
      pcnName: pcnName.value,
      intro: intro.value,
      whatTheyDo: whatTheyDo.value,
      whatTheyDont: whatTheyDont.value,
      whoTheyHelp: whoTheyHelp.value,
      howToSelfRefer: howToSelfRefer.value,
      contact: contact.value,
    },
  };
}
