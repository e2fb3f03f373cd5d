/**
 * The only links feed text may become, checked again where they are drawn (a directory saved by an older version may
 * hold values today's import would refuse): http(s) without a user name, mailto: with an address and nothing else,
 * tel: with digits. Anything else answers undefined and is shown as text.
 */
export function websiteHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.username || url.password ? undefined : url.href;
  } catch {
    return undefined;
  }
}

// One @, no headers (?cc=, ?subject=), no spaces, quotes or brackets.
const ADDRESS = /^[^\s@<>()[\]\\,;:"?&=%/#]+@[^\s@<>()[\]\\,;:"?&=%/#]+$/;

export function mailtoHref(value: string | undefined): string | undefined {
  return value && ADDRESS.test(value) ? `mailto:${value}` : undefined;
}

export function telHref(value: string | undefined): string | undefined {
  const digits = value?.replace(/[^\d+]/g, '');
  return digits && /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}
