import { type FhirAnswer, fhirFetch } from './fhir-fetch';

const MOST_PAGES = 100;

/** A searchset's resources and its `next` link. */
function pageOf(body: unknown): { resources: unknown[]; next?: string } {
  const bundle = body as { entry?: { resource?: unknown }[]; link?: { relation?: string; url?: string }[] } | undefined;
  return {
    resources: (bundle?.entry ?? []).map((e) => e.resource).filter(Boolean),
    next: bundle?.link?.find((l) => l.relation === 'next')?.url,
  };
}

/**
 * Every resource a FHIR search finds, following `next` links page by page. A next link to another origin is not
 * followed: the bearer token must only ever go to the configured server.
 */
export async function searchAllPages(
  url: string,
  token: string | undefined,
  fetchFn: typeof fetch = fetch,
): Promise<{ ok: true; resources: unknown[] } | { ok: false; answer: Exclude<FhirAnswer, { kind: 'ok' }> }> {
  const origin = new URL(url).origin;
  const resources: unknown[] = [];
  let next: string | undefined = url;
  for (let page = 0; next && page < MOST_PAGES; page += 1) {
    const answer = await fhirFetch(next, { method: 'GET', token }, fetchFn);
    if (answer.kind !== 'ok') return { ok: false, answer };
    const found = pageOf(answer.body);
    resources.push(...found.resources);
    next = found.next && new URL(found.next, url).origin === origin ? new URL(found.next, url).href : undefined;
  }
  return { ok: true, resources };
}
