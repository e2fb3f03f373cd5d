import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '@/utils/messaging';
import { findPatient } from '@/utils/patient/find-patient';

export default defineContentScript({
  // Clinical systems live on any origin. The script only listens: it reads the page when the side panel asks,
  // never on its own, and sends nothing anywhere else.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    onMessage('getPatientContext', () => findPatient(document));
  },
});
