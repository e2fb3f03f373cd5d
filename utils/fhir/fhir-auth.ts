import { storage } from 'wxt/utils/storage';

/**
 * The bearer token for the FHIR server, typed in settings, set by policy (`fhirToken`) or got by signing in with
 * OAuth. Kept apart from the other settings on purpose: the settings file never exports it and nothing logs it.
 */
export const fhirToken = storage.defineItem<string>('local:fhirToken', { fallback: '', version: 1 });

/** The token to send, or undefined for a server that needs none. */
export async function currentFhirToken(): Promise<string | undefined> {
  const token = (await fhirToken.getValue()).trim();
  return token || undefined;
}
