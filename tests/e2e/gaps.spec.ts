import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { ReferralDesk } from './pages/referral-desk';

/** The demo patient's postcode (scripts/demo/record.html), where the debt advice centre below is. */
const PATIENT_POSTCODE = 'BS5 6XX';
const CENTRE = { latitude: 51.4625, longitude: -2.5625 };

/** A service `km` north of the patient's postcode (a degree of latitude is 111.195 km). */
function service(id: string, description: string, km: number, postcode: string) {
  const location = { latitude: CENTRE.latitude + km / 111.195, longitude: CENTRE.longitude };
  return {
    id,
    name: `Service ${id}`,
    description,
    status: 'active',
    service_at_locations: [{ location: { ...location, physical_addresses: [{ postal_code: postcode }] } }],
  };
}

const LONELY = 'A friendly group for people who feel lonely or isolated.';
const DEBT = 'Free debt advice and help with money worries and arrears.';

/**
 * The gaps counts in real Chromium, against a small directory: loneliness groups 0.5 and 3 km from the patient,
 * debt advice at their postcode and 1.5 and 2 km away. A referral counts around the patient's postcode at the
 * distance in settings (5 km); a search counts at the Find filters' postcode and distance.
 */
describe('gaps in local services, counted in the panel', () => {
  let h: Harness;
  let desk: ReferralDesk;

  beforeAll(async () => {
    h = await startHarness();
    h.server.services = [
      service('debt-here', DEBT, 0, PATIENT_POSTCODE),
      service('debt-1', DEBT, 1.5, 'BS5 7AA'),
      service('debt-2', DEBT, 2, 'BS5 8AA'),
      service('lonely-1', LONELY, 0.5, 'BS5 9AA'),
      service('lonely-2', LONELY, 3, 'BS2 0AA'),
    ];
    expect(await h.importDemoFeed()).toMatch(/^Imported 5 services/);
    desk = await ReferralDesk.open(h);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  /** The Gaps table's counts for a need: searched none, searched few, referred none, referred few. */
  async function gaps(need: string): Promise<number[]> {
    const panel = desk.panel.page;
    await desk.log.open();
    const row = panel.getByRole('region', { name: 'Gaps in local services' }).getByRole('row', { name: need });
    await row.waitFor();
    return (await row.getByRole('cell').allTextContents()).slice(1).map(Number);
  }

  it('counts a referral for loneliness as "few": 2 live groups within 5 km of the patient’s postcode', async () => {
    await desk.referPatientOn('/record');
    expect(await desk.refer.chosenNeeds()).toContain('Loneliness');
    expect(await desk.refer.field('Postcode').inputValue()).toBe(PATIENT_POSTCODE);
    expect(await desk.refer.deliver('Copy for record')).toMatch(/^Copied/);
    await expect.poll(() => gaps('Loneliness'), { timeout: 10_000 }).toEqual([0, 0, 0, 1]);
  });

  it('counts a search by the Find filters’ postcode and distance, need by need', async () => {
    const panel = desk.panel.page;
    await desk.panel.show('Find');
    await panel.getByText(/^Filters/).click();
    await panel.getByLabel('Near postcode').fill(PATIENT_POSTCODE);
    await panel.getByLabel('Distance').selectOption('1');
    await desk.panel.search('lonely');
    await desk.panel.search('debt');
    // Within 1 km: one loneliness group and one debt service, so both are "few".
    await expect.poll(() => gaps('Loneliness'), { timeout: 10_000 }).toEqual([0, 1, 0, 1]);
    expect(await gaps('Debt')).toEqual([0, 1, 0, 0]);
  });
});
