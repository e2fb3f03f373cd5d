import { type FhirStore, hasIdentifier, type Resource } from './fhir-store';
import { FhirError } from './fhir-validate';

const PAGE_DEFAULT = 20;
const PAGE_MAX = 100;

type Test = (resource: Resource) => boolean;

/** `_lastUpdated=gt2026-01-01T00:00:00Z`: the prefixes FHIR defines for dates (eq when none). */
function lastUpdatedTest(value: string): Test {
  const match = /^(eq|gt|ge|lt|le)?(.+)$/.exec(value);
  const at = Date.parse(match?.[2] ?? '');
  if (!match || Number.isNaN(at)) throw FhirError.of(400, 'invalid', `_lastUpdated: "${value}" is not a date`);
  const prefix = match[1] ?? 'eq';
  return (r) => {
    const t = Date.parse(r.meta?.lastUpdated ?? '');
    if (prefix === 'gt') return t > at;
    if (prefix === 'ge') return t >= at;
    if (prefix === 'lt') return t < at;
    if (prefix === 'le') return t <= at;
    return t === at;
  };
}

/** `owner:identifier=system|value`: a reference element that carries a logical identifier. */
function referenceIdentifierTest(element: string, token: string): Test {
  return (r) => {
    const ref = r[element] as { identifier?: { system?: string; value?: string } } | undefined;
    return ref?.identifier !== undefined && hasIdentifier({ resourceType: '', identifier: [ref.identifier] }, token);
  };
}

function testFor(name: string, value: string): Test {
  if (name === '_lastUpdated') return lastUpdatedTest(value);
  if (name === 'identifier') return (r) => value.split(',').some((token) => hasIdentifier(r, token));
  if (name === 'status') return (r) => value.split(',').includes(String(r.status));
  if (name === 'owner:identifier') return referenceIdentifierTest('owner', value);
  if (name === 'owner' || name === 'focus' || name === 'based-on') {
    const element = name === 'based-on' ? 'basedOn' : name;
    return (r) => {
      const refs = ([] as unknown[]).concat(r[element] ?? []) as { reference?: string }[];
      return refs.some((ref) => ref.reference === value);
    };
  }
  // A real server refuses what it does not understand rather than silently returning everything.
  throw FhirError.of(400, 'not-supported', `Unknown search parameter "${name}"`);
}

/**
 * `GET [base]/Type?params`: a searchset Bundle, oldest change first, one page at a time with a `next` link while
 * there is more. Supports `_lastUpdated`, `identifier`, `status`, `owner`, `owner:identifier`, `focus`,
 * `based-on`, `_count` and `_offset` (the paging cursor this server puts in its `next` links).
 */
export function searchFhir(store: FhirStore, type: string, params: URLSearchParams, base: string): Resource {
  const tests: Test[] = [];
  for (const [name, value] of params) {
    if (name === '_count' || name === '_offset' || name === '_sort') continue;
    tests.push(testFor(name, value));
  }
  const count = Math.min(PAGE_MAX, Math.max(1, Number(params.get('_count')) || PAGE_DEFAULT));
  const offset = Math.max(0, Number(params.get('_offset')) || 0);
  const found = store
    .all(type)
    .filter((r) => tests.every((test) => test(r)))
    .sort((a, b) => String(a.meta?.lastUpdated).localeCompare(String(b.meta?.lastUpdated)));
  const page = found.slice(offset, offset + count);
  const link = (at: number) => {
    const next = new URLSearchParams(params);
    next.set('_count', String(count));
    next.set('_offset', String(at));
    return `${base}/${type}?${next}`;
  };
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: found.length,
    link: [
      { relation: 'self', url: link(offset) },
      ...(offset + count < found.length ? [{ relation: 'next', url: link(offset + count) }] : []),
    ],
    // FHIR forbids empty arrays: an empty page has no `entry` at all.
    ...(page.length > 0
      ? {
          entry: page.map((resource) => ({
            fullUrl: `${base}/${type}/${resource.id}`,
            resource,
            search: { mode: 'match' },
          })),
        }
      : {}),
  };
}
