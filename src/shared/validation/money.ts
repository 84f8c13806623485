import { accept, refuse, type FieldCheck } from './field-check';

/** An amount in dollars: "$1,234.56", "1234.5" or "1234". Kept as 1234.56. */
export function checkMoney(text: string, what: string): FieldCheck {
  const written = text.trim().replace(/^\$\s*/, '');
  if (written === '') return refuse(`Enter the ${what}.`);
  // Commas only where they group thousands, so a slip like "1,2,3,4" is not read as $1,234.
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/.test(written)) {
    return refuse(`Write the ${what} in dollars and cents, like 1,234.56.`);
  }
  const cleaned = written.replace(/,/g, '');
  const amount = Number(cleaned);
  if (amount <= 0) return refuse(`The ${what} must be more than $0.00.`);
  if (amount >= 10_000_000) return refuse(`The ${what} is $10,000,000 or more; check it.`);
  return accept(amount.toFixed(2));
}

/** 1234.56 → $1,234.56 */
export function formatMoney(stored: string): string {
  const amount = Number(stored);
  if (!Number.isFinite(amount)) return stored;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
