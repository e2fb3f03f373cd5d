import { outcomeWords } from './outcome-words';

/** What a FHIR server answered, sorted by what the caller should do about it. */
export type FhirAnswer =
  | { kind: 'ok'; status: number; body: unknown; etag?: string }
  /** No answer at all (offline, server down, DNS): try again later. */
  | { kind: 'unreachable'; message: string }
  /** 5xx, 429, 408: the server is there but cannot take it now; try again later. */
  | { kind: 'busy'; status: number; message: string }
  /** 401 or 403: the token is missing, expired or not allowed; nothing is wrong with the request itself. */
  | { kind: 'auth'; status: number; message: string }
  /** 412: the resource changed since it was read (If-Match). */
  | { kind: 'conflict'; status: number; message: string }
  /** Any other 4xx: the server refused this request; sending it again will not help. */
  | { kind: 'refused'; status: number; message: string };

export interface FhirRequest {
  method: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  ifMatch?: string;
  /** A bearer token; sent only to the configured server, never logged. */
  token?: string;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** One request to a FHIR server, its answer sorted into {@link FhirAnswer}. Never throws. */
export async function fhirFetch(url: string, request: FhirRequest, fetchFn: typeof fetch = fetch): Promise<FhirAnswer> {
  const headers: Record<string, string> = { accept: 'application/fhir+json' };
  if (request.body !== undefined) headers['content-type'] = 'application/fhir+json';
  if (request.ifMatch) headers['if-match'] = request.ifMatch;
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      cache: 'no-store',
    });
  } catch {
    return { kind: 'unreachable', message: 'The FHIR server could not be reached (offline, or the server is down).' };
  }
  const body = await readBody(response);
  const status = response.status;
  if (response.ok) return { kind: 'ok', status, body, etag: response.headers.get('etag') ?? undefined };
  const said = outcomeWords(body);
  const words = (fallback: string) => (said ? `${fallback}: ${said}` : fallback);
  if (status === 401 || status === 403) {
    return {
      kind: 'auth',
      status,
      message: words(
        status === 401
          ? 'The FHIR server needs you to sign in (401): check the access token or sign in again in Signpost settings'
          : 'The FHIR server does not allow this account to do that (403)',
      ),
    };
  }
  if (status === 412 && request.ifMatch)
    return { kind: 'conflict', status, message: words('Someone changed it since it was read (412)') };
  if (status >= 500 || status === 429 || status === 408) {
    return { kind: 'busy', status, message: words(`The FHIR server could not take it just now (${status})`) };
  }
  return { kind: 'refused', status, message: words(`The FHIR server refused it (${status})`) };
}
