/**
 * An error's message when it is one of ours, written for people; otherwise a plain sentence in its place. Engine
 * messages ("terminated", "Maximum call stack size exceeded", "Cannot create a string longer than…") and stacks
 * are never shown: they say nothing a practice can act on.
 */
export function plainError(error: unknown): string {
  // Our messages are plain Errors (or subclasses named for us); TypeError, RangeError and the like come from the engine.
  if (error instanceof Error && (error.constructor === Error || error.name === 'FeedError') && error.message) {
    return error.message;
  }
  return 'The feed could not be read: it is larger or more complicated than Signpost can handle.';
}
