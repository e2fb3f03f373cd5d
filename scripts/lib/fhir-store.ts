import { randomUUID } from 'node:crypto';
import { FhirError, validateFhirResource } from './fhir-validate';

/** A FHIR resource as JSON. */
export interface Resource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string; [key: string]: unknown };
  [element: string]: unknown;
}

/** What a write did: the stored resource and the HTTP status a server answers (201 created, 200 existing/updated). */
export interface WriteResult {
  status: 200 | 201;
  resource: Resource;
}

/**
 * An in-memory FHIR R4 store with the behaviour a real server (HAPI, Azure, AWS, Google) has and clients must cope
 * with: server-assigned ids, a version per write with `meta.versionId` and `meta.lastUpdated`, conditional create,
 * version-aware updates (412 on a stale If-Match), and validation of every resource it is given.
 */
export class FhirStore {
  /** Every version of every resource, oldest first, by `Type/id`. */
  private readonly history = new Map<string, Resource[]>();
  /** Strictly increasing so `_lastUpdated` orders writes made in the same millisecond. */
  private lastTime = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  private stamp(): string {
    this.lastTime = Math.max(this.clock(), this.lastTime + 1);
    return new Date(this.lastTime).toISOString();
  }

  private store(resource: Resource, id: string): Resource {
    const key = `${resource.resourceType}/${id}`;
    const versions = this.history.get(key) ?? [];
    const stored: Resource = {
      ...resource,
      id,
      meta: { ...resource.meta, versionId: String(versions.length + 1), lastUpdated: this.stamp() },
    };
    versions.push(stored);
    this.history.set(key, versions);
    return structuredClone(stored);
  }

  /** The current version, or undefined when there is none. */
  read(type: string, id: string): Resource | undefined {
    const versions = this.history.get(`${type}/${id}`);
    const current = versions?.[versions.length - 1];
    return current ? structuredClone(current) : undefined;
  }

  /** Every current resource of a type. */
  all(type: string): Resource[] {
    const found: Resource[] = [];
    for (const [key, versions] of this.history) {
      const current = versions[versions.length - 1];
      if (key.startsWith(`${type}/`) && current) found.push(structuredClone(current));
    }
    return found;
  }

  /** Ids of the resources of `type` that an `If-None-Exist` query (`identifier=system|value`) matches. */
  matching(type: string, query: string): Resource[] {
    const params = new URLSearchParams(query);
    const identifier = params.get('identifier');
    if (!identifier || [...params.keys()].some((key) => key !== 'identifier')) {
      throw FhirError.of(400, 'not-supported', `Conditional create supports identifier=system|value only: ${query}`);
    }
    return this.all(type).filter((r) => hasIdentifier(r, identifier));
  }

  /** POST: a new resource, or with `ifNoneExist` the one already there (200), so a retry never makes a second. */
  create(resource: Resource, ifNoneExist?: string, id: string = randomUUID()): WriteResult {
    validateFhirResource(resource);
    if (ifNoneExist) {
      const found = this.matching(resource.resourceType, ifNoneExist);
      if (found.length > 1) {
        throw FhirError.of(412, 'duplicate', `${found.length} ${resource.resourceType} resources match ${ifNoneExist}`);
      }
      if (found[0]) return { status: 200, resource: found[0] };
    }
    return { status: 201, resource: this.store(resource, id) };
  }

  /** PUT: a new version. `ifMatch` (an ETag, `W/"3"`) must name the current version, else 412 and nothing changes. */
  update(resource: Resource, id: string, ifMatch?: string): WriteResult {
    this.checkUpdate(resource, id, ifMatch);
    const current = this.read(resource.resourceType, id);
    return { status: current ? 200 : 201, resource: this.store({ ...resource, id }, id) };
  }

  /** Everything {@link update} checks, without writing: a transaction checks every entry before writing any. */
  checkUpdate(resource: Resource, id: string, ifMatch?: string): void {
    if (resource.id !== undefined && resource.id !== id) {
      throw FhirError.of(400, 'invalid', `The resource's id "${resource.id}" is not the id in the address "${id}"`);
    }
    validateFhirResource(resource);
    const current = this.read(resource.resourceType, id);
    if (ifMatch !== undefined) {
      const wanted = /^(?:W\/)?"?([^"]+)"?$/.exec(ifMatch.trim())?.[1];
      if (!current) throw FhirError.of(404, 'not-found', `${resource.resourceType}/${id} does not exist`);
      if (wanted !== current.meta?.versionId) {
        throw FhirError.of(
          412,
          'conflict',
          `${resource.resourceType}/${id} has changed: it is at version ${current.meta?.versionId}, not ${wanted}`,
        );
      }
    }
  }
}

/** Whether a resource has the identifier `system|value` (or `value` alone, any system). */
export function hasIdentifier(resource: Resource, token: string): boolean {
  const [system, value] = token.includes('|') ? token.split('|', 2) : [undefined, token];
  const list = Array.isArray(resource.identifier) ? (resource.identifier as { system?: string; value?: string }[]) : [];
  return list.some((id) => id.value === value && (system === undefined || id.system === system));
}
