import { downloadFile } from '../files/download-file';

/**
 * Saves `csv` as a file. A byte-order mark goes first so Excel reads the file as UTF-8 ("Émile", "O’Neil") rather
 * than the Windows code page.
 */
export function downloadCsv(filename: string, csv: string, doc: Document = document): void {
  downloadFile(filename, ['\uFEFF', csv], 'text/csv;charset=utf-8', doc);
}
