// @vitest-environment node
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFhirServer } from './fhir-server';
import { FhirStore } from './fhir-store';

const server = await startFhirServer();
afterAll(() => server.close());
beforeEach(() => {
  server.store = new FhirStore();
  server.token = undefined;
  server.down = false;
});

const JSON_TYPE = { 'content-type': 'application/fhir+json' };

function transaction(identifier: string, taskStatus = 'requested') {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:0b7c1bb9-8a07-4e4b-9d0c-1f8a2d0c7a11',
        resource: {
          resourceType: 'ServiceRequest',
          identifier: [{ system: 'urn:ietf:rfc:3986', value: identifier }],
          status: 'active',
          intent: 'order',
          subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990079196' } },
        },
        request: { method: 'POST', url: 'ServiceRequest', ifNoneExist: `identifier=urn:ietf:rfc:3986|${identifier}` },
      },
      {
        fullUrl: 'urn:uuid:5f0d3f0e-7b0e-4d43-8f43-3e1f5c9f4b22',
        resource: {
          resourceType: 'Task',
          identifier: [{ system: 'urn:ietf:rfc:3986', value: identifier }],
          status: taskStatus,
          intent: 'order',
          basedOn: [{ reference: 'urn:uuid:0b7c1bb9-8a07-4e4b-9d0c-1f8a2d0c7a11' }],
          focus: { reference: 'urn:uuid:0b7c1bb9-8a07-4e4b-9d0c-1f8a2d0c7a11' },
        },
        request: { method: 'POST', url: 'Task', ifNoneExist: `identifier=urn:ietf:rfc:3986|${identifier}` },
      },
    ],
  };
}

async function post(body: unknown, path = '') {
  const response = await fetch(`${server.base}${path}`, {
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('the in-memory FHIR R4 server', () => {
  it('runs a transaction, turning urn:uuid references into server addresses', async () => {
    const { status, body } = await post(transaction('urn:uuid:11111111-1111-4111-8111-111111111111'));
    expect(status).toBe(200);
    expect(body.type).toBe('transaction-response');
    expect(body.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual([
      '201 Created',
      '201 Created',
    ]);
    const [request] = server.store.all('ServiceRequest');
    const [task] = server.store.all('Task');
    expect(task?.focus).toEqual({ reference: `ServiceRequest/${request?.id}` });
    expect(task?.meta).toMatchObject({ versionId: '1' });
  });

  it('makes nothing twice when the same transaction is retried (conditional create)', async () => {
    const bundle = transaction('urn:uuid:22222222-2222-4222-8222-222222222222');
    await post(bundle);
    const again = await post(bundle);
    expect(again.body.entry.map((e: { response: { status: string } }) => e.response.status)).toEqual([
      '200 OK',
      '200 OK',
    ]);
    expect(server.store.all('ServiceRequest')).toHaveLength(1);
    expect(server.store.all('Task')).toHaveLength(1);
  });

  it('refuses an invalid resource with an OperationOutcome and writes nothing of the Bundle', async () => {
    const { status, body } = await post(transaction('urn:uuid:33333333-3333-4333-8333-333333333333', 'pending'));
    expect(status).toBe(400);
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue[0].diagnostics).toMatch(/Task\.status: Code "pending" not found/);
    expect(server.store.all('ServiceRequest')).toEqual([]);
  });

  it('refuses unknown elements, as the validator library finds them', async () => {
    const { status, body } = await post(
      { resourceType: 'Task', status: 'requested', intent: 'order', owner: 'x', colour: 1 },
      '/Task',
    );
    expect(status).toBe(400);
    expect(body.issue.map((i: { diagnostics: string }) => i.diagnostics).join(' ')).toMatch(
      /Task\.colour: Unexpected property/,
    );
  });

  it('versions updates: ETag and If-Match, 412 on a stale version', async () => {
    const created = await post({ resourceType: 'Task', status: 'requested', intent: 'order' }, '/Task');
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('W/"1"');
    const url = `${server.base}/Task/${created.body.id}`;
    const put = (status: string, ifMatch: string) =>
      fetch(url, {
        method: 'PUT',
        headers: { ...JSON_TYPE, 'if-match': ifMatch },
        body: JSON.stringify({ ...created.body, status }),
      });
    const accepted = await put('accepted', 'W/"1"');
    expect([accepted.status, accepted.headers.get('etag')]).toEqual([200, 'W/"2"']);
    const stale = await put('rejected', 'W/"1"');
    expect(stale.status).toBe(412);
    expect((await stale.json()).issue[0].code).toBe('conflict');
    expect((await (await fetch(url)).json()).status).toBe('accepted');
  });

  it('pages a _lastUpdated search with next links', async () => {
    for (let i = 0; i < 5; i += 1) await post({ resourceType: 'Task', status: 'requested', intent: 'order' }, '/Task');
    const first = server.store.all('Task')[0]?.meta?.lastUpdated;
    const seen: string[] = [];
    let next: string | undefined = `${server.base}/Task?_lastUpdated=gt${first}&_count=2`;
    let pages = 0;
    while (next) {
      const page = await (await fetch(next)).json();
      pages += 1;
      expect(page.type).toBe('searchset');
      expect(page.total).toBe(4);
      for (const entry of page.entry ?? []) seen.push(entry.resource.id);
      next = page.link.find((l: { relation: string }) => l.relation === 'next')?.url;
    }
    expect(pages).toBe(2);
    expect(new Set(seen).size).toBe(4);
  });

  it('refuses unknown search parameters rather than returning everything', async () => {
    const response = await fetch(`${server.base}/Task?colour=blue`);
    expect(response.status).toBe(400);
  });

  it('answers 401 without the bearer token and keeps the token out of its request log', async () => {
    server.token = 'secret-token';
    const refused = await fetch(`${server.base}/Task`);
    expect(refused.status).toBe(401);
    expect((await refused.json()).issue[0].code).toBe('login');
    const allowed = await fetch(`${server.base}/Task`, { headers: { authorization: 'Bearer secret-token' } });
    expect(allowed.status).toBe(200);
    expect(JSON.stringify(server.requests)).not.toContain('secret-token');
  });

  it('drops connections while down', async () => {
    server.down = true;
    await expect(fetch(`${server.base}/metadata`)).rejects.toThrow();
  });
});
