import type { PageReading } from '../messaging';
import { detectPatient, readConsultationText } from './detect-patient';
import { pageDocuments } from './frame-documents';
import { readRecordEntries } from './record-entries';
import { recordNeeds } from './record-needs';
import { matchingProfile, type SiteProfile } from './site-profile';

/**
 * What the side panel asks of the page: the patient, and the needs the visible record suggests. The record is read
 * here, in the page, so only need ids, short phrases and where they are go to the panel; nothing is kept.
 */
export function readPage(profiles: SiteProfile[], doc: Document = document, now: Date = new Date()): PageReading {
  const url = new URL(doc.URL);
  const detection = detectPatient(doc, profiles, doc.URL);
  // A page of several patients mixes their records: needs are suggested for one patient's record only.
  const entries = detection.status === 'several' ? [] : readRecordEntries(pageDocuments(doc));
  const profiled = matchingProfile(profiles, doc.URL)?.selectors.note ? readConsultationText(doc, profiles) : '';
  if (profiled) entries.push({ text: profiled, section: "today's note", current: true });
  return { detection, suggestedNeeds: recordNeeds(entries, now), page: `${url.origin}${url.pathname}` };
}

/** How long to watch a page that shows no patient yet: long enough for a system to draw its banner, no longer. */
export const DRAW_WAIT_MS = 1500;
// Changes come in bursts while a page draws; reading once the burst settles reads each state once.
const SETTLE_MS = 60;

/** Every open shadow root under `root`, so changes inside web components are seen too. */
function shadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) => {
    const shadow = element.shadowRoot;
    return shadow ? [shadow, ...shadowRoots(shadow)] : [];
  });
}

/**
 * Reads the page now; if it shows no patient yet (a system still drawing its record), watches it for changes for
 * at most `waitMs` and reads again when they settle, answering as soon as a patient shows. Never polls.
 */
export function readPageWhenShown(
  profiles: SiteProfile[],
  doc: Document = document,
  waitMs: number = DRAW_WAIT_MS,
): Promise<PageReading> {
  const first = readPage(profiles, doc);
  if (first.detection.status !== 'none' || waitMs <= 0) return Promise.resolve(first);
  return new Promise((resolve) => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const finish = (reading: PageReading) => {
      observer.disconnect();
      clearTimeout(settle);
      clearTimeout(deadline);
      resolve(reading);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        const reading = readPage(profiles, doc);
        if (reading.detection.status !== 'none') finish(reading);
        else observeShadows();
      }, SETTLE_MS);
    });
    const options: MutationObserverInit = { subtree: true, childList: true, characterData: true, attributes: true };
    const watched = new Set<Node>();
    const observeShadows = () => {
      for (const root of [doc, ...shadowRoots(doc)]) {
        if (watched.has(root)) continue;
        watched.add(root);
        observer.observe(root, options);
      }
    };
    observeShadows();
    const deadline = setTimeout(() => finish(readPage(profiles, doc)), waitMs);
  });
}
