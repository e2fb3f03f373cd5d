import type { Page } from 'playwright-core';
import { DEMO_PRACTICE, setUpDemoPractice } from './demo-referral';
import type { DemoServer } from './demo-server';
import type { ExtensionBrowser } from './launch-extension';

/**
 * Points the demo at the in-memory FHIR server and makes this browser's user the demo link worker as well, so one
 * window shows the whole loop: refer in the panel (Send to FHIR endpoint), work it on the Caseload page, and watch
 * the Referrals view follow. Done through the settings page, as a PCN would.
 */
export async function setUpDemoFhir(ext: ExtensionBrowser, server: DemoServer): Promise<Page> {
  const options = await ext.openExtensionPage('options.html');
  await setUpDemoPractice(options);
  const endpoint = options.getByRole('region', { name: 'FHIR endpoint' });
  await endpoint.getByLabel('FHIR endpoint address (optional)').fill(server.fhir.base);
  await endpoint.getByRole('button', { name: 'Save the FHIR endpoint' }).click();
  await endpoint.getByText(/^Saved\./).waitFor();
  const access = options.getByRole('region', { name: 'FHIR server access and caseload' });
  await access.getByLabel('I am a link worker: my NHSmail address (optional)').fill(DEMO_PRACTICE.linkWorkerEmail);
  await access.getByRole('button', { name: 'Save the caseload addresses' }).click();
  await access.getByText(/^Saved\./).waitFor();
  await options.close();
  return ext.openExtensionPage('caseload.html');
}
