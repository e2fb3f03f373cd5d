/**
 * Saves `data` as a pretty-printed JSON file through a temporary `<a download>`, which needs no `downloads`
 * permission (as `downloadCsv` does for the referral log).
 */
export function downloadJson(filename: string, data: unknown, doc: Document = document): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(
    new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json;charset=utf-8' }),
  );
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
