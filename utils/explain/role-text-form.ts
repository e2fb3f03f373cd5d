import { formatDontLines, parseDontLines } from './dont-lines';
import type { RoleText, RoleTextResult } from './role-text';
import { validateRoleText } from './role-text';

/** The editor's fields as typed: lists are one item per line. */
export interface RoleTextForm {
  pcnName: string;
  intro: string;
  whatTheyDo: string;
  whatTheyDont: string;
  whoTheyHelp: string;
  howToSelfRefer: string;
  phone: string;
  email: string;
  selfReferralUrl: string;
}

/** Fills the editor's fields from saved role text. */
export function roleTextToForm(text: RoleText): RoleTextForm {
  return {
    pcnName: text.pcnName,
    intro: text.intro,
    whatTheyDo: text.whatTheyDo.join('\n'),
    whatTheyDont: formatDontLines(text.whatTheyDont),
    whoTheyHelp: text.whoTheyHelp.join('\n'),
    howToSelfRefer: text.howToSelfRefer,
    phone: text.contact.phone ?? '',
    email: text.contact.email ?? '',
    selfReferralUrl: text.contact.selfReferralUrl ?? '',
  };
}

/** Turns the editor's fields back into checked role text; the same checks as an import, so both say the same. */
export function formToRoleText(form: RoleTextForm): RoleTextResult {
  const donts = parseDontLines(form.whatTheyDont);
  if (!donts.ok) return { ok: false, message: donts.message, field: 'whatTheyDont' };
  const contact = { phone: form.phone, email: form.email, selfReferralUrl: form.selfReferralUrl };
  return validateRoleText({
    pcnName: form.pcnName,
    intro: form.intro,
    whatTheyDo: form.whatTheyDo.split(/\r?\n/),
    whatTheyDont: donts.value,
    whoTheyHelp: form.whoTheyHelp.split(/\r?\n/),
    howToSelfRefer: form.howToSelfRefer,
    contact,
  });
}
