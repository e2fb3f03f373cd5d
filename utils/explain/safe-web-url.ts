/**
 * The address as typed when it is a full https:// web address, else undefined. Only https is accepted: the address
 * becomes a link and a QR code that patients follow to type their own details into a form.
 */
export function safeWebUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^https:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    // A user name in the address can disguise where it really goes (https://nhs.uk@example.com).
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined;
    return trimmed;
  } catch {
    return undefined;
  }
}
