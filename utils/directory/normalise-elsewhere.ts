import type { FeedNormaliser } from './import-directory';
import { type FeedJob, type NormalisedFeedResult, normaliseFeed } from './normalise-feed';
import { plainError } from './plain-error';
import type { Service } from './service';
import { serviceJson } from './service-json';

/**
 * Normalising a feed beside the background. The background's own thread has plenty to do during an import
 * (counting, indexing and writing each page's services to IndexedDB); fetching, parsing and normalising the next
 * pages — the larger half — run meanwhile in a worker, and the services come back page by page over a
 * MessageChannel (structured clone). Chrome's MV3 service worker cannot start a worker, so it opens an offscreen
 * document (`entrypoints/offscreen/`) that starts one and hands it the channel. Elsewhere (Firefox, tests, the
 * command line) the same `normaliseFeed` runs in the background itself.
 */

/** The message the background sends the offscreen document, with the channel's port. */
export const NORMALISE_FEED = 'signpost:normalise-feed';
/**
 * The offscreen document holds an extension port to the background for each job: when the browser stops the
 * background mid-import the port disconnects and the document ends the worker at once, so no more pages are asked for.
 */
export const IMPORT_PORT = 'signpost:import';

/** Pages the worker may send ahead of the background's acknowledgements: memory stays bounded. */
const AHEAD = 2;
/** With no acknowledgement for this long the background has gone (the browser stopped it): the worker gives up. */
const ACK_TIMEOUT_MS = 60_000;

export type ToWorker = { type: 'ack' } | { type: 'stop' };
export type FromWorker =
  | { type: 'page'; json: string[] }
  | { type: 'done'; result: NormalisedFeedResult }
  | { type: 'error'; message: string };

/** Worker side: runs one job, posting each page's services and waiting when it is too far ahead. */
export async function serveFeedJob(port: MessagePort, job: FeedJob, fetchFn: typeof fetch = fetch): Promise<void> {
  let sent = 0;
  let acked = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  port.onmessage = (event: MessageEvent<ToWorker>) => {
    if (event.data.type === 'ack') acked++;
    else stopped = true;
    wake?.();
  };
  const post = (message: FromWorker) => port.postMessage(message);
  const onPage = async (services: Service[]) => {
    if (stopped) throw new Error('The import was stopped.');
    // Strings cross the channel far cheaper than objects are cloned, and the background stores them as they are.
    post({ type: 'page', json: services.map(serviceJson) });
    sent++;
    const deadline = Date.now() + ACK_TIMEOUT_MS;
    while (sent - acked >= AHEAD && !stopped) {
      if (Date.now() > deadline) throw new Error('The import was stopped.');
      await new Promise<void>((done) => {
        wake = done;
        setTimeout(done, 1000);
      });
    }
  };
  try {
    post({ type: 'done', result: await normaliseFeed(job, onPage, fetchFn) });
  } catch (error) {
    post({ type: 'error', message: plainError(error) });
  } finally {
    port.close();
  }
}

/** Background side: sends the job over a new channel with `send`, and takes the pages as they come, in order. */
export function runFeedJob(
  send: (message: { type: typeof NORMALISE_FEED; job: FeedJob }, port: MessagePort) => void,
  job: FeedJob,
  onPage: (services: Service[], json: string[]) => Promise<void>,
): Promise<NormalisedFeedResult> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    let queue = Promise.resolve();
    const finish = (outcome: () => void) => {
      port1.close();
      outcome();
    };
    const handle = async (message: FromWorker) => {
      if (message.type === 'page') {
        try {
          await onPage(
            message.json.map((text) => JSON.parse(text) as Service),
            message.json,
          );
          port1.postMessage({ type: 'ack' } satisfies ToWorker);
        } catch (error) {
          port1.postMessage({ type: 'stop' } satisfies ToWorker);
          finish(() => reject(error));
        }
      } else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(new Error(message.message)));
    };
    port1.onmessage = (event: MessageEvent<FromWorker>) => {
      queue = queue.then(() => handle(event.data));
    };
    send({ type: NORMALISE_FEED, job }, port2);
  });
}

/** What the background needs of Chrome's offscreen API and service worker clients (typed here, Chrome only). */
interface ChromeRuntime {
  getURL(path: string): string;
  onConnect: { addListener(listener: (port: { name: string }) => void): void };
}
interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface WorkerClients {
  matchAll(options: {
    includeUncontrolled: boolean;
  }): Promise<{ url: string; postMessage(m: unknown, t: Transferable[]): void }[]>;
}

const OFFSCREEN_PAGE = 'offscreen.html';
let portsAccepted = false;

/**
 * A FeedNormaliser that runs in a worker of an offscreen document, in Chrome; undefined where there is no offscreen
 * API (Firefox's background page, tests), so the import normalises in the background itself. If the document cannot
 * be opened, this import normalises in the background too.
 */
export function offscreenNormaliser(): FeedNormaliser | undefined {
  const scope = globalThis as unknown as {
    chrome?: { offscreen?: ChromeOffscreen; runtime?: ChromeRuntime };
    clients?: WorkerClients;
  };
  const offscreen = scope.chrome?.offscreen;
  const clients = scope.clients;
  const runtime = scope.chrome?.runtime;
  if (!offscreen || !clients || !runtime) return undefined;
  if (!portsAccepted) {
    // A listener must exist for the document's port to stay connected; the port itself carries nothing.
    runtime.onConnect.addListener(() => undefined);
    portsAccepted = true;
  }
  return async (job, onPage) => {
    const url = runtime.getURL(OFFSCREEN_PAGE);
    let client: Awaited<ReturnType<WorkerClients['matchAll']>>[number] | undefined;
    try {
      await offscreen
        .createDocument({
          url,
          reasons: ['WORKERS'],
          justification: 'Normalises a directory feed in a worker while the background saves it.',
        })
        .catch(() => undefined); // Already open.
      client = (await clients.matchAll({ includeUncontrolled: true })).find((c) => c.url === url);
    } catch {
      client = undefined;
    }
    if (!client) return normaliseFeed(job, onPage);
    const target = client;
    try {
      return await runFeedJob((message, port) => target.postMessage(message, [port]), job, onPage);
    } finally {
      await offscreen.closeDocument().catch(() => undefined);
    }
  };
}
