import ts from 'typescript';

/**
 * The names of the tests a file declares, read with TypeScript's own parser rather than a regular expression, so a
 * title split over lines, a title with quotes in it or a test inside a helper function is still found exactly.
 *
 * Each name is the list of titles from the outermost `describe` to the `it`/`test`, e.g.
 * `['referring a patient from the real side panel', 'copies the referral for the record, …']`.
 * Titles are kept as written in the source: an `it.each` title keeps its `$page` or `%s` placeholder.
 * A title that is not a plain string (a variable, a template with `${…}`) cannot be named from a document and is
 * left out, and so is a test marked `skip` or `todo` (inside a skipped `describe` too): a test that does not run
 * proves nothing.
 */
export function listTestNames(fileName: string, source: string): string[][] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const names: string[][] = [];
  const visit = (node: ts.Node, outer: string[]): void => {
    const call = ts.isCallExpression(node) ? testCall(node) : undefined;
    if (!call) {
      ts.forEachChild(node, (child) => visit(child, outer));
      return;
    }
    if (call.skipped) return;
    const inside = call.title === undefined ? outer : [...outer, call.title];
    if (call.kind === 'test' && call.title !== undefined) names.push(inside);
    // The callback (and anything else in the call) is walked with this call's title in front.
    for (const argument of call.node.arguments) visit(argument, inside);
  };
  visit(file, []);
  return names;
}

/**
 * The tests a reference names: those whose name ends with `segments`, each segment equal to a title exactly (case,
 * spaces and punctuation included). `['copies the referral …']` names a test by its own title; adding the titles of
 * the describe blocks around it in front, outermost first, tells apart tests that share a title.
 */
export function testsNamed(names: string[][], segments: string[]): string[][] {
  return names.filter(
    (name) => name.length >= segments.length && segments.every((s, i) => name[name.length - segments.length + i] === s),
  );
}

const SUITE = new Set(['describe', 'suite']);
const TEST = new Set(['it', 'test']);
const MODIFIERS = new Set(['skip', 'only', 'concurrent', 'sequential', 'todo', 'fails', 'skipIf', 'runIf']);

interface TestCall {
  kind: 'suite' | 'test';
  title?: string;
  /** Marked `skip` or `todo`: it does not run. */
  skipped: boolean;
  node: ts.CallExpression;
}

/** `it(...)`, `it.skip(...)`, `it.each(table)(...)`, `describe(...)` and the like; undefined for any other call. */
function testCall(node: ts.CallExpression): TestCall | undefined {
  const kind = calleeKind(node.expression);
  if (!kind) return undefined;
  const first = node.arguments[0];
  const title =
    first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
  return { kind, title, skipped: isSkipped(node.expression), node };
}

/** `it.skip`, `it.todo`, `it.skip.each(rows)`, `describe.skip`: only the callee's names, never a table's text. */
function isSkipped(callee: ts.Expression): boolean {
  if (ts.isPropertyAccessExpression(callee)) {
    return callee.name.text === 'skip' || callee.name.text === 'todo' || isSkipped(callee.expression);
  }
  return ts.isCallExpression(callee) ? isSkipped(callee.expression) : false;
}

function calleeKind(callee: ts.Expression): 'suite' | 'test' | undefined {
  if (ts.isIdentifier(callee)) {
    if (SUITE.has(callee.text)) return 'suite';
    if (TEST.has(callee.text)) return 'test';
    return undefined;
  }
  // it.skip / describe.only / it.skipIf(cond) …
  if (ts.isPropertyAccessExpression(callee) && MODIFIERS.has(callee.name.text)) return calleeKind(callee.expression);
  // it.each(table)(title, fn) and it.skipIf(cond)(title, fn): the title is in the outer call.
  if (ts.isCallExpression(callee) && ts.isPropertyAccessExpression(callee.expression)) {
    const { name, expression } = callee.expression;
    if (name.text === 'each' || name.text === 'for' || MODIFIERS.has(name.text)) return calleeKind(expression);
  }
  return undefined;
}
