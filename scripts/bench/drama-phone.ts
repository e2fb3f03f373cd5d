import type { Random } from './random';
import type { Town } from './towns';

/**
 * A UK phone number from Ofcom's ranges reserved for drama and examples, so generated data can never ring a real
 * person: the town's geographic drama range, or a mobile (07700 900xxx) or freephone (0808 157 0xxx) one.
 */
export function dramaPhone(random: Random, town: Town): string {
  const digits = String(random.int(0, 999)).padStart(3, '0');
  const kind = random.next();
  if (kind < 0.15) return `07700 900${digits}`;
  if (kind < 0.2) return `0808 157 0${digits}`;
  return `${town.phone}${digits}`;
}
