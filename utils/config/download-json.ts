import { downloadFile } from '../files/download-file';

/** Saves `data` as a pretty-printed JSON file. */
export function downloadJson(filename: string, data: unknown, doc: Document = document): void {
  downloadFile(filename, [`${JSON.stringify(data, null, 2)}\n`], 'application/json;charset=utf-8', doc);
}
