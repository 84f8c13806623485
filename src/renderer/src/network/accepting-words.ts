import type { AcceptingPatients } from '../../../shared/plan-net';

const words: Record<AcceptingPatients, string> = {
  yes: 'Accepting new patients',
  no: 'Not accepting new patients',
  'existing-only': 'Existing patients only',
  'existing-and-family': 'Existing patients and their families only',
};

/** Plan-Net's accepting-patients code as the desk says it to a caller. */
export function acceptingWords(value: AcceptingPatients): string {
  return words[value];
}
