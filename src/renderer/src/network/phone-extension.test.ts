import { describe, expect, it } from 'vitest';
import { phoneParts, readablePhone } from './phone-extension';

describe('a directory number with an extension written into it', () => {
  it('splits the number to dial from the extension, however the extension is written', () => {
    expect(phoneParts('(557) 427-7991 x5367')).toEqual({ number: '(557) 427-7991', extension: '5367' });
    expect(phoneParts('1-549-993-1600 ext. 750')).toEqual({ number: '1-549-993-1600', extension: '750' });
    expect(phoneParts('860.555.0134')).toEqual({ number: '860.555.0134', extension: null });
  });

  it('reads as the national number with the extension after it', () => {
    expect(readablePhone('(557) 427-7991 x5367')).toBe('557-427-7991 ext. 5367');
    expect(readablePhone('1-645-738-2193')).toBe('1-645-738-2193');
  });
});
