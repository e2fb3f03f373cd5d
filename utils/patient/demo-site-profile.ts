import type { SiteProfile } from './site-profile';

/**
 * The profile for Signpost's own demo record (scripts/demo/record.html, served on 127.0.0.1 by `npm start`): the
 * worked example of a site profile, and what the demo's patient read relies on.
 */
export const DEMO_SITE_PROFILE: SiteProfile = {
  id: 'signpost-demo-record',
  label: 'Signpost demo record (Riverside Medical Practice)',
  urlPattern: 'http://127.0.0.1:*/record*',
  selectors: {
    nhsNumber: '#patient-nhs',
    name: '#patient-name',
    dateOfBirth: '#patient-dob',
    address: '#patient-address',
    phone: '#patient-phone',
    note: '#consultation-note',
  },
};
