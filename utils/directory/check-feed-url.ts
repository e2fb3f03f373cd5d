/** A plain-words reason the address cannot be a feed, or undefined when it can. */
export function checkFeedUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter the full address of the feed, starting with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'The feed address must start with https:// or http://';
  return undefined;
}
