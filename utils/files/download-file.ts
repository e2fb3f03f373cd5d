/**
 * Saves a file through a temporary `<a download>`, which needs no `downloads` permission. Used for the referral log's
 * CSV, the settings file and the FHIR referral: each is an explicit user action.
 */
export function downloadFile(filename: string, parts: BlobPart[], type: string, doc: Document = document): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new Blob(parts, { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; the next task is late enough.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}
