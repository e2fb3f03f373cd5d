const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Digits only, or null when the text is not ten digits in the usual groupings. */
export function normaliseNhsNumber(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}

/**
 * True when `text` is a ten-digit NHS number whose mod-11 check digit is right.
 * Accepts "999 123 4567", "9991234567" and "999-123-4567".
 */
export function isValidNhsNumber(text: string): boolean {
  const digits = normaliseNhsNumber(text);
  if (!digits) return false;
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) sum += Number(digits[i]) * weight;
  const check = 11 - (sum % 11);
  // A remainder giving 10 means the number was never issued; 11 means a check digit of 0.
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** "9991234567" → "999 123 4567", the way NHS numbers are shown to people. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
