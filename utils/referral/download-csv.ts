/**
 * Saves `csv` as a file through a temporary `<a download>`, which needs no `downloads` permission. A byte-order mark
 * goes first so Excel reads the file as UTF-8 ("Émile", "O’Neil") rather than the Windows code page.
 */
export function downloadCsv(filename: string, csv: string, doc: Document = document): void {
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
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
