import type { Page } from 'playwright-core';

/** The demo practice as the settings page stores it: referrals need a referrer, a practice and a link worker. */
export const DEMO_PRACTICE = {
  practice: 'Riverside Medical Practice',
  referrer: 'Dr Asha Patel',
  linkWorker: 'Sam Okafor',
  linkWorkerEmail: 'sam.okafor@nhs.net',
} as const;

/**
 * Enters the demo practice's details and its link worker on the settings page, as a practice manager would, and
 * waits for each save to be confirmed.
 */
export async function setUpDemoPractice(options: Page): Promise<void> {
  const practice = options.getByRole('region', { name: 'Practice and PCN' });
  await practice.getByLabel('Practice name').fill(DEMO_PRACTICE.practice);
  await practice.getByLabel('Your name').fill(DEMO_PRACTICE.referrer);
  await practice.getByRole('button', { name: 'Save practice details' }).click();
  await practice.getByText('Saved.').waitFor();

  const workers = options.getByRole('region', { name: 'Link workers' });
  await workers.getByRole('button', { name: 'Add a link worker' }).click();
  await workers.getByLabel('Name').fill(DEMO_PRACTICE.linkWorker);
  await workers.getByLabel('NHSmail address').fill(DEMO_PRACTICE.linkWorkerEmail);
  await workers.getByRole('button', { name: 'Save link workers' }).click();
  await workers.getByText('Saved.').waitFor();
}

/**
 * Fills the Refer view for the demo patient: read from the open record, the needs the record suggests,
 * a reason, consent and a way to contact. The panel must be on the Refer view, with the demo record the active tab.
 */
export async function fillDemoReferral(panel: Page): Promise<void> {
  const form = panel.getByRole('form', { name: 'Referral' });
  // The panel's one patient block reads the page, above whichever view is open.
  await panel.getByRole('region', { name: 'Patient' }).getByRole('button', { name: 'Read patient from page' }).click();
  const nhsNumber = form.getByLabel('NHS number');
  // The read answers through the content script a moment later; the field fills when it does.
  await panel.waitForFunction(
    (input) => (input as HTMLInputElement).value.replace(/\D/g, '') === '9990079196',
    await nhsNumber.elementHandle(),
  );
  const suggestions = form.getByRole('button', { name: 'Add', exact: true });
  if (await suggestions.isVisible()) await suggestions.click();
  else await form.getByRole('button', { name: 'Loneliness' }).click();
  await form
    .getByLabel('Reason for referral')
    .fill('Lonely since her husband died in March and worried about rent arrears. Would like to meet people locally.');
  await form.getByLabel(/^Patient consents/).check();
  await form.getByRole('checkbox', { name: 'Phone', exact: true }).check();
}
