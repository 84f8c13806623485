const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "es" → "Spanish", "ht" → "Haitian Creole"; a code the runtime does not know stays as written. */
export function languageName(code: string): string {
  try {
    return englishNames.of(code) ?? code;
  } catch {
    // Intl refuses what is not a well-formed BCP-47 tag; data may hold anything.
    return code;
  }
}
