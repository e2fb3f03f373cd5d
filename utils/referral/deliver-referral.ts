import { browser } from 'wxt/browser';
import { printReferral } from '../config/storage-items';
import { addReferral, addReferralRoute, confirmPasted, updateReferralStatus } from '../db/referrals';
import { sendReferralToFhir } from '../fhir/send-referral';
import { downloadFile } from '../files/download-file';
import { recordReferralGaps } from '../gaps/record-gaps';
import { sendMessage } from '../messaging';
import { composeFhirServiceRequest } from './compose-fhir-service-request';
import { composeMailto } from './compose-mailto';
import { composeRecordText } from './compose-record-text';
import type { DeliveryAction } from './draft-issues';
import { newLogEntry } from './new-log-entry';
import type { ReferralDraft, ReferralRoute } from './referral';
import { snomedLine } from './referral-codes';
import { ukIsoDate } from './uk-dates';

/** What a delivery did, in plain words, and the referral log entry it made (the first delivery of a draft only). */
export interface DeliveryResult {
  ok: boolean;
  message: string;
  loggedId?: string;
}

/**
 * Only the log's minimal facts: NHS number, initials, needs, services, date, route, referrer. `clipboardOnly` marks a
 * delivery that left the referral on the clipboard and nowhere else, so the log shows it until it is confirmed pasted.
 */
async function log(
  draft: ReferralDraft,
  route: ReferralRoute,
  loggedId: string | undefined,
  clipboardOnly = false,
): Promise<string> {
  if (loggedId) {
    await addReferralRoute(loggedId, route);
    // The patient declined after the referral was sent: the log says so rather than keeping "sent".
    if (route === 'declined') await updateReferralStatus(loggedId, 'declined', 'Patient declined social prescribing.');
    // Filled into the page: the referral is in the record now, whatever was copied before.
    if (route === 'fill') await confirmPasted(loggedId);
    return loggedId;
  }
  if (route !== 'declined') void recordReferralGaps(draft);
  return addReferral({
    ...newLogEntry(draft, route, crypto.randomUUID()),
    ...(clipboardOnly ? { awaitingPaste: true as const } : {}),
  });
}

/**
 * Sends a checked draft by one route. Patient details leave the device only here, because the user pressed the
 * button: the clipboard, their email program, the printer, a downloaded file, the configured FHIR endpoint or the
 * page's own field. The first successful delivery adds the referral to the log.
 */
export async function deliverReferral(
  route: DeliveryAction,
  draft: ReferralDraft,
  options: { endpoint: string; loggedId?: string },
): Promise<DeliveryResult> {
  const worker = draft.linkWorker.name || 'the link worker';
  try {
    switch (route) {
      case 'record': {
        await navigator.clipboard.writeText(composeRecordText(draft));
        const loggedId = await log(draft, 'record', options.loggedId, true);
        return {
          ok: true,
          loggedId,
          message: `Copied for the clinical record, with ${snomedLine(false)}. Paste it into the patient’s record, then confirm it in Referrals.`,
        };
      }
      case 'declined': {
        await navigator.clipboard.writeText(composeRecordText({ ...draft, declined: true }));
        const loggedId = await log(draft, 'declined', options.loggedId, true);
        return {
          ok: true,
          loggedId,
          message: `Recorded as declined and copied for the record, with ${snomedLine(true)}.`,
        };
      }
      case 'email': {
        const mail = composeMailto(draft);
        if ('href' in mail) {
          window.open(mail.href, '_blank');
          const loggedId = await log(draft, 'email', options.loggedId);
          return { ok: true, loggedId, message: `Your email program should open with the referral to ${worker}.` };
        }
        await navigator.clipboard.writeText(mail.text);
        const loggedId = await log(draft, 'email', options.loggedId, true);
        return {
          ok: true,
          loggedId,
          message: `The referral is too long for an email link, so it has been copied: paste it into an email to ${draft.linkWorker.email ?? worker} with the subject “${mail.subject}”.`,
        };
      }
      case 'print': {
        await printReferral.setValue(draft);
        await browser.tabs.create({ url: browser.runtime.getURL('/print-referral.html') });
        const loggedId = await log(draft, 'print', options.loggedId);
        return { ok: true, loggedId, message: 'The printable referral opened in a new tab.' };
      }
      case 'fhir': {
        const name = `signpost-referral-${ukIsoDate(new Date(draft.createdAt))}.json`;
        downloadFile(name, [JSON.stringify(composeFhirServiceRequest(draft), null, 2)], 'application/fhir+json');
        const loggedId = await log(draft, 'fhir', options.loggedId);
        return { ok: true, loggedId, message: `Downloaded the FHIR referral as ${name}.` };
      }
      case 'fhir-post': {
        if (!options.endpoint) return { ok: false, message: 'No FHIR endpoint is set: add one in Signpost settings.' };
        const sent = await sendReferralToFhir(draft, options.endpoint, options.loggedId);
        // A referral first copied or emailed and then sent to the server: the log lists both routes.
        if (sent.ok && options.loggedId) await addReferralRoute(options.loggedId, 'fhir');
        return sent;
      }
      case 'fill': {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) return { ok: false, message: 'There is no open page to fill.' };
        const filled = await sendMessage('fillField', { text: composeRecordText(draft) }, tab.id).catch(() => ({
          ok: false as const,
          message: 'Signpost cannot reach this page: reload it and try again.',
        }));
        if (!filled.ok) return { ok: false, message: filled.message };
        const loggedId = await log(draft, 'fill', options.loggedId);
        return { ok: true, loggedId, message: `Filled into “${filled.field}” on the page. Check it before saving.` };
      }
    }
  } catch {
    return { ok: false, message: 'That did not work: the draft is kept. Try again, or use another way to send it.' };
  }
}
