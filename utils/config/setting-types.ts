/** The practice and the person referring, as referrals and the leaflet name them. Every field may be empty. */
export interface PracticeDetails {
  name: string;
  /** The practice's ODS code, e.g. A81001. */
  odsCode: string;
  pcnName: string;
  phone: string;
  email: string;
  /** Who is referring from this browser, and their role ("Care navigator"). */
  referrerName: string;
  referrerRole: string;
}

/** Nothing set yet: the settings page asks for it. */
export const EMPTY_PRACTICE: PracticeDetails = {
  name: '',
  odsCode: '',
  pcnName: '',
  phone: '',
  email: '',
  referrerName: '',
  referrerRole: '',
};

/** A social prescribing link worker the practice refers to. */
export interface LinkWorker {
  name: string;
  /** Where referrals go: an NHSmail address keeps patient details on the secure service. */
  email: string;
  phone: string;
  /** Who employs them: the PCN, a council, a charity. */
  organisation: string;
}

/** A directory source besides the main feed: another feed address, or a file the practice imports by hand. */
export interface DirectorySource {
  /** Prefix of its services' ids; stable so practice notes stay attached across refreshes. */
  id: string;
  /** What the settings page calls it: the feed's host or the file's name. */
  name: string;
  kind: 'url' | 'file';
  url?: string;
}
