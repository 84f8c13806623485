import { alertRegistration } from './definitions/alert-registration';
import { claimsInquiry } from './definitions/claims-inquiry';
import { clinicUpdate } from './definitions/clinic-update';
import { messageToBox } from './definitions/message-to-box';
import { newContractRequest } from './definitions/new-contract-request';
import type { FormId, FormSpec } from './form-spec';

/** The plan's forms, in the order the Forms view lists them. */
export const formCatalog: readonly FormSpec[] = [
  newContractRequest,
  clinicUpdate,
  alertRegistration,
  claimsInquiry,
];

const everySpec: readonly FormSpec[] = [...formCatalog, messageToBox];

export const formIds = everySpec.map((spec) => spec.id) as [FormId, ...FormId[]];

/** The form that sends to a directory box, if the box has one (its "Draft e-mail" opens it). */
export function formForBox(entryKey: string): FormSpec | undefined {
  return formCatalog.find((spec) => 'entryKey' in spec.recipient && spec.recipient.entryKey === entryKey);
}

export function formSpec(id: FormId): FormSpec {
  const spec = everySpec.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`No form ${id}`);
  return spec;
}
