/**
 * `npm start`: builds the extension, serves the real Bristol directory feed and a demo clinical record on
 * 127.0.0.1, and opens Chromium with Signpost loaded in a fresh profile, pointed at the local feed.
 *
 *   npm start                       a Chromium window (falls back to headless when there is no display)
 *   npm start -- --headless         the same without a window
 *   npm start -- --headless --check start, check the import, the patient read, the OAuth sign-in and a referral
 *                                   sent to the FHIR server reaching the Caseload; print them, stop
 *   npm start -- --no-build         use the existing .output/chrome-mv3
 */
import { spawnSync } from 'node:child_process';
import { DEMO_CLIENT_ID, setUpDemoFhir } from './lib/demo-fhir';
import { DEMO_PRACTICE, fillDemoReferral } from './lib/demo-referral';
import { startDemoServer } from './lib/demo-server';
import { launchExtension } from './lib/launch-extension';
import { openDemo } from './lib/open-demo';

const args = new Set(process.argv.slice(2));
const wantsWindow = !args.has('--headless');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = !wantsWindow || !hasDisplay;
if (wantsWindow && !hasDisplay) console.log('No display found: running Chromium headless.');

if (!args.has('--no-build')) {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(1);
  }
}

const server = await startDemoServer(Number(process.env.PORT) || 0);
const ext = await launchExtension({ headless });
let stopping = false;

async function stop(code = 0): Promise<never> {
  if (!stopping) {
    stopping = true;
    await ext.close();
    await server.close();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
ext.process.once('exit', () => {
  if (!stopping) {
    console.log('Chromium was closed: stopping the demo server.');
    void stop();
  }
});

try {
  const { caseload, signedIn } = await setUpDemoFhir(ext, server);
  const { imported, panel } = await openDemo(ext, server);

  console.log(`
Signpost demo is running.
  Directory feed  ${server.feedUrl}  (the real Bristol ORUK v1 feed, paged)
  Demo record     ${server.recordUrl}
  FHIR R4 server  ${server.fhir.base}  (in memory; referrals go here with "Send to FHIR endpoint")
  OAuth 2         ${server.origin}/oauth/authorize and /oauth/token  (PKCE; client id ${DEMO_CLIENT_ID})
  Sign-in         ${signedIn}
  Caseload        ${caseload.url()}  (the demo link worker, ${DEMO_PRACTICE.linkWorkerEmail})
  Extension       chrome-extension://${ext.extensionId}/sidepanel.html
  Chromium        ${headless ? 'headless' : 'window'}, fresh profile in ${ext.profileDir}
  Import          ${imported}`);

  if (args.has('--check')) {
    await panel.getByRole('button', { name: 'Read patient from page' }).click();
    const patient = panel.getByTestId('patient-status').filter({ hasText: /NHS number|No patient|cannot/ });
    await patient.waitFor({ timeout: 10_000 });
    await panel.getByRole('searchbox', { name: 'Search services' }).fill('lonely');
    const count = panel.getByTestId('result-count').filter({ hasText: /match/ });
    await count.waitFor({ timeout: 10_000 });
    console.log(`  Patient read    ${await patient.textContent()}`);
    console.log(`  Search "lonely" ${await count.textContent()}`);
    // The loop: a referral sent with the signed-in token, then found on the link worker's Caseload.
    await panel.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Refer', exact: true }).click();
    await fillDemoReferral(panel);
    const form = panel.getByRole('form', { name: 'Referral' });
    await form.getByRole('button', { name: 'Send to FHIR endpoint', exact: true }).click();
    const sent = form.locator('.refer__status').filter({ hasText: /Sent to|Waiting|Not sent|Already/ });
    await sent.waitFor({ timeout: 15_000 });
    await caseload.getByRole('button', { name: 'Refresh' }).click();
    const card = caseload.getByRole('heading', { name: 'NHS 999 007 9196' });
    const onCaseload = await card.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    const used = [...(server.fhir.oauth?.accessTokens.values() ?? [])].reduce((sum, token) => sum + token.used, 0);
    console.log(`  FHIR send       ${await sent.textContent()}`);
    console.log(`  Link worker     ${onCaseload ? 'sees it on the Caseload' : 'does NOT see it on the Caseload'}`);
    console.log(`  OAuth token     carried by ${used} FHIR requests`);
    const ok =
      /^Imported/.test(imported) &&
      /NHS number/.test((await patient.textContent()) ?? '') &&
      /^Signed in\./.test(signedIn) &&
      /^Sent to /.test((await sent.textContent()) ?? '') &&
      onCaseload &&
      used > 0;
    console.log(ok ? '\nCheck passed; stopping.' : '\nCheck FAILED; stopping.');
    await stop(ok ? 0 : 1);
  }
  console.log('\nStop it with Ctrl+C (or close the Chromium window).');
} catch (error) {
  console.error(`The demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
