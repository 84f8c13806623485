/**
 * What a front desk types for a specialty, and the NUCC words it means. A list is needed because
 * the code set names specialties as a board does ("Cardiovascular Disease", "Obstetrics &
 * Gynecology", "Orthopaedic Surgery"), not as people say them ("cardiology", "ob/gyn", "ortho"),
 * and no prefix or one-typo rule gets from one to the other. Keys are search words joined by a
 * space ("ob/gyn" is "ob gyn"); each value is a list of phrases, and a code matches a phrase when
 * every word of it starts a word of the code's names.
 */
export const taxonomySynonyms: Readonly<Record<string, readonly string[]>> = {
  cardiology: ['cardiovascular disease', 'cardiology'],
  cardiologist: ['cardiovascular disease', 'cardiology'],
  heart: ['cardiovascular disease', 'cardiology', 'cardiac'],
  pediatrics: ['pediatric'],
  pediatrician: ['pediatric'],
  peds: ['pediatric'],
  'ob gyn': ['obstetrics gynecology'],
  obgyn: ['obstetrics gynecology'],
  obstetrician: ['obstetrics'],
  gynecologist: ['gynecology'],
  derm: ['dermatology'],
  dermatologist: ['dermatology'],
  ortho: ['orthopaedic'],
  orthopedic: ['orthopaedic'],
  orthopedics: ['orthopaedic'],
  ent: ['otolaryngology'],
  gi: ['gastroenterology'],
  psychiatrist: ['psychiatry'],
  neurologist: ['neurology'],
  oncologist: ['oncology'],
  pcp: ['family medicine', 'internal medicine', 'general practice'],
  'primary care': ['family medicine', 'internal medicine', 'general practice'],
  gp: ['general practice', 'family medicine'],
  'family doctor': ['family medicine'],
  np: ['nurse practitioner'],
  pa: ['physician assistant'],
  pt: ['physical therapist'],
  'physical therapy': ['physical therapist'],
  ot: ['occupational therapist'],
  dentist: ['dentist'],
  eye: ['ophthalmology', 'optometrist'],
};
