import { randomUUID } from 'node:crypto';
import type { FhirStore, Resource, WriteResult } from './fhir-store';
import { FhirError, validateFhirResource } from './fhir-validate';

interface TransactionEntry {
  fullUrl?: string;
  resource?: Resource;
  request?: { method?: string; url?: string; ifNoneExist?: string; ifMatch?: string };
}

interface Planned {
  entry: TransactionEntry;
  resource: Resource;
  method: 'POST' | 'PUT';
  id: string;
  /** A conditional create that found its resource already there: nothing is written. */
  existing?: Resource;
}

/** Replaces every `reference` that names a Bundle entry's fullUrl with the resource's server address. */
function rewriteReferences(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteReferences(item, ids));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === 'reference' && typeof item === 'string' ? (ids.get(item) ?? item) : rewriteReferences(item, ids);
  }
  return out;
}

function plan(store: FhirStore, entry: TransactionEntry, index: number): Planned {
  const { resource, request } = entry;
  if (!resource || !request?.method || !request.url) {
    throw FhirError.of(400, 'invalid', `Bundle.entry[${index}] needs a resource and a request with method and url`);
  }
  if (request.method === 'POST' && request.url === resource.resourceType) {
    const existing = request.ifNoneExist ? store.matching(resource.resourceType, request.ifNoneExist) : [];
    if (existing.length > 1) {
      throw FhirError.of(412, 'duplicate', `Bundle.entry[${index}]: ${existing.length} resources match the condition`);
    }
    const found = existing[0];
    return { entry, resource, method: 'POST', id: found?.id ?? randomUUID(), ...(found ? { existing: found } : {}) };
  }
  const put = /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(request.url);
  if (request.method === 'PUT' && put?.[1] === resource.resourceType && put[2]) {
    store.checkUpdate({ ...resource, id: put[2] }, put[2], request.ifMatch);
    return { entry, resource, method: 'PUT', id: put[2] };
  }
  throw FhirError.of(400, 'not-supported', `Bundle.entry[${index}]: ${request.method} ${request.url} is not supported`);
}

function responseEntry(result: WriteResult): Record<string, unknown> {
  const { resource } = result;
  const version = resource.meta?.versionId;
  return {
    fullUrl: `${resource.resourceType}/${resource.id}`,
    resource,
    response: {
      status: result.status === 201 ? '201 Created' : '200 OK',
      location: `${resource.resourceType}/${resource.id}/_history/${version}`,
      etag: `W/"${version}"`,
      lastModified: resource.meta?.lastUpdated,
    },
  };
}

/**
 * `POST [base]` with a transaction Bundle: all entries or none. Every entry is validated and every condition and
 * version checked before anything is written; `urn:uuid:` references between entries become server addresses;
 * conditional creates that match return the existing resource, so sending the same Bundle twice changes nothing.
 */
export function runTransaction(store: FhirStore, input: object): Resource {
  const bundle = input as Resource;
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'transaction') {
    throw FhirError.of(400, 'invalid', 'Expected a Bundle of type "transaction"');
  }
  validateFhirResource(bundle);
  const entries = (bundle.entry ?? []) as TransactionEntry[];
  const planned = entries.map((entry, index) => plan(store, entry, index));
  const ids = new Map<string, string>();
  for (const p of planned) if (p.entry.fullUrl) ids.set(p.entry.fullUrl, `${p.resource.resourceType}/${p.id}`);
  const results = planned.map((p): WriteResult => {
    if (p.existing) return { status: 200, resource: p.existing };
    const resource = rewriteReferences(p.resource, ids) as Resource;
    return p.method === 'POST'
      ? store.create(resource, undefined, p.id)
      : store.update({ ...resource, id: p.id }, p.id, p.entry.request?.ifMatch);
  });
  return { resourceType: 'Bundle', type: 'transaction-response', entry: results.map(responseEntry) };
}
