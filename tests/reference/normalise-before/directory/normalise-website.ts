import { count, quoted, type ReportProblem } from '../../../../utils/directory/normalise-report';
import { text } from './narrow';

/** Longer than any real website address; such a value is broken. */
const MAX_URL = 2048;

// A scheme, but not "host:port" ("www.example.org:8080/x" has no scheme).
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
// A bare host ("example.org/path"): a dot, no spaces. Feeds put names ("Warmley Community Centre") in `url`.
const BARE_HOST = /^[^\s/.]+(\.[^\s/.]+)+(?:[/?#]\S*)?$/;

/**
 * A plain address that the URL parser would give back unchanged (but for the slash after a bare host): lower-case
 * http(s), a host of letters, digits and hyphens whose last label starts with a letter (not an IP address), no
 * punycode, a path of unreserved characters with no dot segments, no port, user, query or fragment. Most feed
 * websites are this; parsing them with `URL` was the slowest step of normalising a service.
 */
const PLAIN_URL = /^https?:\/\/(?!xn--)[a-z0-9-]+(?:\.(?!xn--)[a-z0-9-]+)*\.[a-z][a-z0-9-]*(\/[A-Za-z0-9\-_~/.]*)?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

function plainUrl(raw: string): string | undefined {
  const match = PLAIN_URL.exec(raw);
  if (!match || raw.length > MAX_URL - 1 || (match[1] && DOT_SEGMENT.test(match[1]))) return undefined;
  return match[1] ? raw : `${raw}/`;
}

/**
 * The service's website: http(s) only, a bare "example.org" read as https. Anything else (javascript:, ftp:,
 * a name instead of an address) is reported and left out, since the panel turns it into a link.
 */
export function normaliseWebsite(value: unknown, report: ReportProblem): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const plain = plainUrl(raw);
  if (plain) return plain;
  if (!HAS_SCHEME.test(raw) && !BARE_HOST.test(raw)) {
    report('url', `The website ${quoted(raw)} is not a web address, so it was left out.`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(HAS_SCHEME.test(raw) ? raw : `https://${raw}`);
  } catch {
    report('url', `The website ${quoted(raw)} is not a web address, so it was left out.`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    report('url', `The website ${quoted(raw)} is not an http(s) address, so it was left out.`);
    return undefined;
  }
  // "https://trusted.example@other.example" goes to other.example: the part before @ only disguises it.
  if (url.username || url.password) {
    report('url', `The website ${quoted(raw)} hides its real address behind a user name, so it was left out.`);
    return undefined;
  }
  if (url.href.length > MAX_URL) {
    report('url', `The website address is ${count(url.href.length)} characters long, so it was left out.`);
    return undefined;
  }
  return url.href;
}
