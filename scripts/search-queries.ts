/**
 * What a front desk types, by kind, for the benchmarks: short prefixes, whole words, phone
 * digits in any format, typos and questions. Both search benchmarks use the same mix, so their
 * figures can be compared.
 */
const queryMix: Record<string, string[]> = {
  oneLetter: ['c', 'p', 'f', 'm', 'e', 's'],
  twoLetters: ['cl', 'pr', 'fa', 'me', 'en', 'ca'],
  wholeWords: ['claims', 'customer service', 'fax', 'credentialing', 'pharmacy', 'behavioral health'],
  phoneDigits: ['503.416.4100', '4164100', '(800) 224-4840', '1 800 862 4831', '971', '5415551'],
  typo: ['cliams', 'credentialling', 'pharmcy', 'referal'],
  question: [
    'where do I mail paper claims',
    'how do I report fraud',
    'who do I call about prior authorization',
  ],
};

export const allQueries = Object.values(queryMix).flat();
