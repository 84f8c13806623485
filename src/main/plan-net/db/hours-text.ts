import { fieldOf, listOf } from '../resolve-references';

const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const dayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * Opening hours said plainly, one line per rule: "Mon–Thu 9:00 AM–12:00 PM", "Every day, all
 * day". Reads a role's or service's `availableTime` and a location's `hoursOfOperation`, which
 * name their times differently.
 */
export function hoursText(rules: unknown): string[] {
  return listOf(rules).flatMap((rule) => {
    const dayText = daysText(listOf(fieldOf(rule, 'daysOfWeek')));
    if (fieldOf(rule, 'allDay') === true) return [`${dayText ?? 'Every day'}, all day`];
    const start = timeText(fieldOf(rule, 'availableStartTime') ?? fieldOf(rule, 'openingTime'));
    const end = timeText(fieldOf(rule, 'availableEndTime') ?? fieldOf(rule, 'closingTime'));
    const times = start !== null && end !== null ? `${start}–${end}` : (start ?? end);
    const line = [dayText, times].filter((part) => part !== null).join(' ');
    return line === '' ? [] : [line];
  });
}

function daysText(given: readonly unknown[]): string | null {
  const indexes = days.flatMap((day, index) => (given.includes(day) ? [index] : []));
  if (indexes.length === 0) return null;
  if (indexes.length === days.length) return 'Every day';
  const first = indexes[0] as number;
  const last = indexes[indexes.length - 1] as number;
  if (indexes.length >= 3 && last - first === indexes.length - 1) {
    return `${dayNames[first]}–${dayNames[last]}`;
  }
  return indexes.map((index) => dayNames[index]).join(', ');
}

/** "09:00:00" → "9:00 AM"; null when not a FHIR time. */
function timeText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (match === null) return null;
  const hour = Number(match[1]);
  if (hour > 23) return null;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${match[2]} ${hour < 12 ? 'AM' : 'PM'}`;
}
