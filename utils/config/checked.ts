/**
 * Untrusted input (a settings file, a managed policy, a form) narrowed to a value, or the first problem in plain
 * words. `field` and `index` say which input (and which row of a list) the problem is about, so a form can mark it.
 */
export type Checked<T> = { ok: true; value: T } | Problem;

/** A problem found while checking a setting, in words for whoever typed it. */
export interface Problem {
  ok: false;
  problem: string;
  field?: string;
  index?: number;
}

/** A problem about `field` (and row `index` of a list), for a form to mark. */
export function problemAt(problem: string, field?: string, index?: number): Problem {
  return {
    ok: false,
    problem,
    ...(field === undefined ? {} : { field }),
    ...(index === undefined ? {} : { index }),
  };
}
