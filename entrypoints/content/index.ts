import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '@/utils/messaging';
import { fillField, trackLastField } from '@/utils/patient/fill-field';
import { DRAW_WAIT_MS, readPageWhenShown } from '@/utils/patient/read-page';

export default defineContentScript({
  // Clinical systems live on any origin. The script only listens: it reads the page when the side panel asks (a
  // read, or the match guard's check after a tab or page change while a referral is bound), never on its own, and
  // sends nothing anywhere else. It remembers which text field was last focused (not its
  // content) so a referral can be filled into it.
  matches: ['http://*/*', 'https://*/*'],
  allFrames: false,
  runAt: 'document_idle',
  main() {
    const lastField = trackLastField(document);
    onMessage('readPage', ({ data }) =>
      readPageWhenShown(data.profiles, document, data.waitForPatient ? DRAW_WAIT_MS : 0),
    );
    onMessage('fillField', ({ data }) => fillField(lastField(), data.text));
  },
});
