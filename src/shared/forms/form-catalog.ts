import { alertRegistration } from './definitions/alert-registration';
import { claimsInquiry } from './definitions/claims-inquiry';
import { clinicUpdate } from './definitions/clinic-update';
import { newContractRequest } from './definitions/new-contract-request';
import type { FormId, FormSpec } from './form-spec';

/** Every form the app offers, in the order the Forms view lists them. */
export const formCatalog: readonly FormSpec[] = [
  newContractRequest,
  clinicUpdate,
  alertRegistration,
  claimsInquiry,
];

export const formIds = formCatalog.map((spec) => spec.id) as [FormId, ...FormId[]];

export function formSpec(id: FormId): FormSpec {
  const spec = formCatalog.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`No form ${id}`);
  return spec;
}
