import type { FhirResource } from './fhir-resource';

export const npiSystem = 'http://hl7.org/fhir/sid/us-npi';

/** A Location a front desk could send a patient to: a street line, city, ZIP or address text. */
export function hasAddress(location: FhirResource): boolean {
  const address = location['address'];
  if (typeof address !== 'object' || address === null) return false;
  return ['line', 'city', 'postalCode', 'text'].some((field) => {
    const value: unknown = Reflect.get(address, field);
    return Array.isArray(value)
      ? value.some((line) => typeof line === 'string' && line.trim() !== '')
      : typeof value === 'string' && value.trim() !== '';
  });
}

/** An identifier in the NPI system, with a value. */
export function hasNpi(practitioner: FhirResource): boolean {
  const identifiers = practitioner['identifier'];
  return (
    Array.isArray(identifiers) &&
    identifiers.some(
      (identifier: unknown) =>
        typeof identifier === 'object' &&
        identifier !== null &&
        Reflect.get(identifier, 'system') === npiSystem &&
        typeof Reflect.get(identifier, 'value') === 'string' &&
        Reflect.get(identifier, 'value') !== '',
    )
  );
}
