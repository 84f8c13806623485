import type { AcceptingPatients } from '../../../shared/plan-net';
import { fieldOf } from '../resolve-references';
import { codingsOf, extensionsOf } from './fhir-values';

const newPatientsUrl = 'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients';

/** Plan-Net's AcceptingPatientsCS codes, said plainly. */
const answers: Readonly<Record<string, AcceptingPatients>> = {
  newpt: 'yes',
  nopt: 'no',
  existptonly: 'existing-only',
  existptofm: 'existing-and-family',
};

/** What a resource's own `newpatients` extension says; null when it says nothing known. */
export function acceptingPatientsOf(resource: unknown): AcceptingPatients | null {
  for (const extension of extensionsOf(resource, newPatientsUrl)) {
    for (const part of extensionsOf(extension, 'acceptingPatients')) {
      for (const { code } of codingsOf(fieldOf(part, 'valueCodeableConcept'))) {
        const answer = code === null ? undefined : answers[code];
        if (answer !== undefined) return answer;
      }
    }
  }
  return null;
}
