/**
 * One subject pattern for every form: `Kind – Name – NPI 1234567893`, with the en dash the plan
 * reads easily. Only the clinic's or provider's name and NPI ever go in a subject, never a
 * patient's detail. Line breaks are removed so a name cannot add a header.
 */
export function formatForSubject(kind: string, name: string, npi?: string): string {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 120);
  return [clean(kind), clean(name), npi ? `NPI ${clean(npi)}` : ''].filter((part) => part !== '').join(' – ');
}
