import { accept, refuse, type FieldCheck } from './field-check';

/**
 * Dates as the date inputs give them (YYYY-MM-DD) or as people type them (MM/DD/YYYY), kept as
 * YYYY-MM-DD. `today` is passed in so the rules can be tested on any day.
 */
export interface DateRules {
  today: string;
  /** Refuse dates after today (a date of service, a birth date). */
  notInFuture?: boolean;
  /** Refuse dates more than this many years before today (an update's effective date, a birth date). */
  maxYearsInPast?: number;
  /** Refuse dates more than this many years after today (an update's effective date). */
  maxYearsInFuture?: number;
}

export function checkDate(text: string, what: string, rules: DateRules): FieldCheck {
  const value = text.trim();
  if (value === '') return refuse(`Enter the ${what}.`);
  const iso = toIsoDate(value);
  if (iso === null) return refuse(`The ${what} is not a real date. Use MM/DD/YYYY, like 03/14/2026.`);
  if (rules.notInFuture && iso > rules.today) return refuse(`The ${what} cannot be after today.`);
  if (rules.maxYearsInFuture !== undefined && iso > yearsBefore(rules.today, -rules.maxYearsInFuture)) {
    return refuse(`The ${what} is more than ${rules.maxYearsInFuture} years ahead. Check the year.`);
  }
  if (rules.maxYearsInPast !== undefined && iso < yearsBefore(rules.today, rules.maxYearsInPast)) {
    const span = rules.maxYearsInPast === 1 ? 'a year' : `${rules.maxYearsInPast} years`;
    return refuse(`The ${what} is more than ${span} in the past. Check the year.`);
  }
  return accept(iso);
}

function toIsoDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

function yearsBefore(isoDate: string, years: number): string {
  return `${String(Number(isoDate.slice(0, 4)) - years).padStart(4, '0')}${isoDate.slice(4)}`;
}

/** YYYY-MM-DD in the desk's own time zone: "today" for date rules is the clinic's today. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
