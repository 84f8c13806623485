import type { NetworkAddress } from '../../../shared/plan-net';
import { fieldOf, listOf } from '../resolve-references';

/**
 * Plain values read out of a resource's JSON, which is only known to be JSON: anything may be
 * missing or of another type, and any text may be huge. Text is cut to a length a card can show,
 * so hostile data cannot make the directory file grow without bound.
 */
const longestText = 500;

export function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text.slice(0, longestText);
}

export function textsOf(value: unknown): string[] {
  const texts: string[] = [];
  for (const item of listOf(value)) {
    const text = textOf(item);
    if (text !== null) texts.push(text);
  }
  return texts;
}

/** Each coding of a CodeableConcept, as system and code with its display. */
export function codingsOf(
  concept: unknown,
): { system: string | null; code: string | null; display: string | null }[] {
  return listOf(fieldOf(concept, 'coding')).map((coding) => ({
    system: textOf(fieldOf(coding, 'system')),
    code: textOf(fieldOf(coding, 'code')),
    display: textOf(fieldOf(coding, 'display')),
  }));
}

/** What a CodeableConcept says, in words: a coding's display, else its text, else a code. */
export function conceptText(concept: unknown): string | null {
  const codings = codingsOf(concept);
  return (
    codings.find((coding) => coding.display !== null)?.display ??
    textOf(fieldOf(concept, 'text')) ??
    codings.find((coding) => coding.code !== null)?.code ??
    null
  );
}

/** Phone and fax numbers of a `telecom` list, as the data writes them. */
export function telecomOf(resource: unknown): { phones: string[]; faxes: string[] } {
  const phones: string[] = [];
  const faxes: string[] = [];
  for (const point of listOf(fieldOf(resource, 'telecom'))) {
    const value = textOf(fieldOf(point, 'value'));
    if (value === null) continue;
    const system = fieldOf(point, 'system');
    if (system === 'phone') phones.push(value);
    if (system === 'fax') faxes.push(value);
  }
  return { phones, faxes };
}

/** An address with something to send a patient to, or null. */
export function addressOf(value: unknown): NetworkAddress | null {
  const address: NetworkAddress = {
    lines: textsOf(fieldOf(value, 'line')),
    city: textOf(fieldOf(value, 'city')),
    state: textOf(fieldOf(value, 'state')),
    postalCode: textOf(fieldOf(value, 'postalCode')),
  };
  if (address.lines.length === 0 && address.city === null && address.postalCode === null) {
    const text = textOf(fieldOf(value, 'text'));
    return text === null ? null : { ...address, lines: [text] };
  }
  return address;
}

/** The 5-digit ZIP of a postal code ("064732129" → "06473"), or null. */
export function zipOf(postalCode: string | null): string | null {
  const digits = (postalCode ?? '').replace(/\D/g, '');
  return digits.length >= 5 ? digits.slice(0, 5) : null;
}

/** "NEW BRITAIN, CT 06052": where a result line says a location is. */
export function placeOf(address: NetworkAddress | null): string | null {
  if (address === null) return null;
  const stateZip = [address.state, zipOf(address.postalCode)].filter((part) => part !== null).join(' ');
  const place = [address.city, stateZip].filter((part) => part !== null && part !== '').join(', ');
  return place === '' ? null : place;
}

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The date part of meta.lastUpdated, or null when it is not a real ISO date. */
export function lastUpdatedOf(resource: unknown): string | null {
  const instant = fieldOf(fieldOf(resource, 'meta'), 'lastUpdated');
  if (typeof instant !== 'string') return null;
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(instant);
  if (date === null) return null;
  // What the contract's z.iso.date() takes, checked by hand (zod's cost showed per resource):
  // Date.parse takes 2021-02-29, which neither does.
  const year = Number(date[1]);
  const month = Number(date[2]);
  const day = Number(date[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (daysInMonth[month - 1] ?? 0);
  return day >= 1 && day <= last ? instant.slice(0, 10) : null;
}

/** Extensions of a resource (or of an extension) with this URL. */
export function extensionsOf(value: unknown, url: string): unknown[] {
  return listOf(fieldOf(value, 'extension')).filter((extension) => fieldOf(extension, 'url') === url);
}
