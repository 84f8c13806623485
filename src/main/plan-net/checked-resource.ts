import type { FhirResource } from './fhir-resource';
import { otherFhirVersion } from './fhir-version';
import { refusePlanNet, type SourcePlace } from './plan-net-refused-error';

/** A parsed JSON value taken as an R4 resource, or refused saying why. */
export function checkedResource(value: unknown, place: SourcePlace): FhirResource {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !hasResourceType(value)) {
    throw refusePlanNet(
      place,
      'is not a FHIR resource: it has no resourceType. Check that this is Plan-Net data.',
    );
  }
  const version = otherFhirVersion(value);
  if (version !== null) {
    throw refusePlanNet(
      place,
      `holds a FHIR ${version} ${value.resourceType}; Provider Desk reads Plan-Net data in FHIR R4 only. Ask the plan for its FHIR R4 (Plan-Net) directory.`,
    );
  }
  return value;
}

function hasResourceType(value: object): value is FhirResource {
  return 'resourceType' in value && typeof value.resourceType === 'string' && value.resourceType !== '';
}

/** JSON.parse, refused with the parser's reason. */
export function parsedJson(text: string, place: SourcePlace): unknown {
  try {
    // Windows tools often start a UTF-8 file with a byte-order mark, which JSON does not allow.
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw refusePlanNet(place, `is not valid JSON (${reason}). The file may be damaged: get it again.`);
  }
}
