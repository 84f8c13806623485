import { describe, expect, it } from 'vitest';
import { digitsOf, formatPhone, nationalNumber, searchableDigitForms } from './phone-number';

describe('phone numbers in any format', () => {
  it.each([
    ['503-416-4100', '5034164100'],
    ['503.416.4100', '5034164100'],
    ['(503) 416-4100', '5034164100'],
    ['1 800 862 4831', '8008624831'],
    ['+1 (800) 224-4840', '8002244840'],
    ['18002244840', '8002244840'],
  ])('%s is the national number %s', (typed, national) => {
    expect(nationalNumber(typed)).toBe(national);
  });

  it.each(['416-4100', '2-800-224-4840', '503-416-41000', ''])('%s is not a full number', (typed) => {
    expect(nationalNumber(typed)).toBeNull();
  });

  it('shows numbers as 503-416-4100 and keeps a written leading 1', () => {
    expect(formatPhone('5034164100')).toBe('503-416-4100');
    expect(formatPhone('(503) 416 4100')).toBe('503-416-4100');
    expect(formatPhone('1 800 224 4840')).toBe('1-800-224-4840');
    expect(formatPhone('ext')).toBe('ext');
  });

  it('indexes the forms a person types: whole, with 1, the local seven digits and the last four', () => {
    expect(searchableDigitForms('1-800-224-4840')).toEqual(['8002244840', '18002244840', '2244840', '4840']);
    expect(digitsOf('a1b2c3')).toBe('123');
  });
});
