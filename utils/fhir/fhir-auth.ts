import { fhirToken } from '../config/storage-items';

export { fhirToken };

/** The token to send, or undefined for a server that needs none. */
export async function currentFhirToken(): Promise<string | undefined> {
  const token = (await fhirToken.getValue()).trim();
  return token || undefined;
}
