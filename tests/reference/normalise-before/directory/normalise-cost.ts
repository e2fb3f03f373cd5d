import { isObject, type JsonObject, list, num, text } from '../../../../utils/directory/narrow';
import type { Service } from '../../../../utils/directory/service';
import { normaliseText } from './normalise-text';

const SAYS_FREE = /^(free\b|no (charge|cost)\b)/i;
const MENTIONS_FREE = /\bfree\b|\bno (charge|cost)\b/i;
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

interface Option {
  amount?: number;
  free: boolean;
  text?: string;
}

function money(amount: number, currency: string | undefined): string {
  if (currency && currency.toUpperCase() !== 'GBP') return `${amount} ${currency}`;
  return (Number.isInteger(amount) ? WHOLE_POUNDS : POUNDS).format(amount);
}

/** One `cost_options[]` entry: "Under 18s and Over 60s: £35 per 1 hour session". */
function option(entry: JsonObject): Option {
  const amount = num(entry.amount);
  const label = normaliseText(entry.option);
  const detail = normaliseText(entry.amount_description);
  const free = amount === 0 || MENTIONS_FREE.test(label ?? '') || MENTIONS_FREE.test(detail ?? '');
  const price = amount === undefined ? undefined : amount === 0 ? 'Free' : money(amount, text(entry.currency));
  const what = [price, detail].filter(Boolean).join(' ');
  return { amount, free, text: [label, what].filter(Boolean).join(': ') || undefined };
}

/**
 * Cost as text (the feed's `fees`, else its cost options spelled out) and whether it is free: true when the fees
 * say so or every cost option is free, false when any option has a price, unknown otherwise.
 */
export function normaliseCost(record: JsonObject): Service['cost'] {
  const fees = normaliseText(record.fees) ?? normaliseText(record.fees_description);
  const options = list(record.cost_options).filter(isObject).map(option);
  const cost: Service['cost'] = {};
  const costText = fees ?? options.flatMap((o) => (o.text ? [o.text] : [])).join('; ');
  if (costText) cost.text = costText;
  // A price for anyone means "not free", even when the fees open with "Free for carers".
  if (options.some((o) => o.amount !== undefined && o.amount > 0)) cost.free = false;
  else if ((fees && SAYS_FREE.test(fees)) || (options.length > 0 && options.every((o) => o.free))) cost.free = true;
  return cost;
}
