import { accept, refuse, type FieldCheck } from './field-check';

/**
 * Oregon's DMAP (Medicaid) provider ID. No public format is known, so any run of letters and
 * digits is accepted once spaces and dashes are trimmed; only what cannot be an ID is refused.
 */
export function checkDmapId(text: string): FieldCheck {
  const value = text.trim().replace(/[\s-]/g, '');
  if (value === '') return refuse('Enter the DMAP ID.');
  if (!/^[A-Za-z0-9]+$/.test(value)) return refuse('A DMAP ID has only letters and digits.');
  if (value.length > 20) return refuse('That is longer than any DMAP ID; check it.');
  return accept(value);
}
