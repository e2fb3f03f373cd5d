/**
 * Resolves on a later turn of the event loop, so work waiting there (a page's body streaming in, IndexedDB
 * callbacks) runs between slices of a long job. A message channel, not a timer: nested timers are clamped to 4 ms
 * in browsers, and Node's `setImmediate` when there is one (the command line, tests).
 */
export function nextTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((done) => setImmediate(done));
  return new Promise((done) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      done();
    };
    port2.postMessage(null);
  });
}
