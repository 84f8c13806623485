import { describe, expect, it } from 'vitest';
import { checkDate } from './calendar-date';
import { checkDmapId } from './dmap-id';
import { checkEmail } from './email-address';
import type { FieldCheck } from './field-check';
import { checkMoney, formatMoney } from './money';
import { checkNpi } from './npi';
import { checkPhone, formatStoredPhone } from './phone';
import { checkState, checkZip } from './postal';
import { checkTin, formatTin } from './tin';

const valueOf = (check: FieldCheck) => (check.ok ? check.value : `error: ${check.error}`);
const errorOf = (check: FieldCheck) => (check.ok ? 'accepted' : check.error);

describe('NPI', () => {
  it.each(['1234567893', '1234 567 893', '1245319599', '2345678900'])('accepts %s', (npi) => {
    expect(checkNpi(npi).ok).toBe(true);
  });

  it.each([
    ['1234567898', /check digit does not match/],
    ['123456789', /10 digits; this has 9/],
    ['12345678931', /10 digits; this has 11/],
    ['3234567893', /starts with 1 or 2/],
    ['12345o7893', /only digits/],
    ['', /Enter the 10-digit NPI/],
  ])('refuses %s and says why', (npi, message) => {
    expect(errorOf(checkNpi(npi))).toMatch(message);
  });
});

describe('TIN', () => {
  it('keeps nine digits and shows them as XX-XXXXXXX', () => {
    expect(valueOf(checkTin('93-1234567'))).toBe('931234567');
    expect(formatTin('931234567')).toBe('93-1234567');
  });

  it('warns, without refusing, about a prefix the IRS does not assign', () => {
    const check = checkTin('07-1234567');
    expect(check).toEqual({
      ok: true,
      value: '071234567',
      warning: expect.stringMatching(/does not assign TINs starting 07/),
    });
    expect(checkTin('93-1234567')).toEqual({ ok: true, value: '931234567' });
  });

  it.each([
    ['12-345678', /9 digits; this has 8/],
    ['AB-1234567', /only digits/],
  ])('refuses %s', (tin, message) => {
    expect(errorOf(checkTin(tin))).toMatch(message);
  });
});

describe('DMAP ID', () => {
  it.each([
    ['  500123 ', '500123'],
    ['ab-12 34', 'ab1234'],
    ['X', 'X'],
  ])('accepts %j as %s', (typed, kept) => {
    expect(valueOf(checkDmapId(typed))).toBe(kept);
  });

  it.each(['', '   ', '12#4', 'x'.repeat(21)])('refuses %j', (typed) => {
    expect(checkDmapId(typed).ok).toBe(false);
  });
});

describe('phone and fax', () => {
  it.each([
    ['503-416-4100', '5034164100', '503-416-4100'],
    ['(503) 416 4100', '5034164100', '503-416-4100'],
    ['1.800.224.4840', '8002244840', '800-224-4840'],
    ['503-416-4100 ext. 12', '5034164100;ext=12', '503-416-4100 ext. 12'],
    ['503 416 4100 x7', '5034164100;ext=7', '503-416-4100 ext. 7'],
    ['503-416-4100, ext. 12', '5034164100;ext=12', '503-416-4100 ext. 12'],
    ['(503)416-4100 Ext: 12', '5034164100;ext=12', '503-416-4100 ext. 12'],
  ])('reads %s', (typed, stored, shown) => {
    expect(valueOf(checkPhone(typed))).toBe(stored);
    expect(valueOf(checkPhone(stored))).toBe(stored);
    expect(formatStoredPhone(stored)).toBe(shown);
  });

  it.each([
    ['416-4100', /10 digits with its area code/],
    ['103-416-4100', /cannot start with 0 or 1/],
    ['503-116-4100', /cannot start with 0 or 1/],
    ['503-416-CARE', /digits only/],
    ['911-555-0100', /service code, not an area code/],
    ['', /Enter the fax number/],
  ])('refuses %s', (typed, message) => {
    expect(errorOf(checkPhone(typed, 'fax number'))).toMatch(message);
  });
});

describe('e-mail', () => {
  it.each([
    ['frontdesk@roseclinic.org', 'frontdesk@roseclinic.org'],
    [' Front.Desk+alerts@RoseClinic.ORG ', 'Front.Desk+alerts@roseclinic.org'],
  ])('accepts %s', (typed, kept) => {
    expect(valueOf(checkEmail(typed))).toBe(kept);
  });

  it.each([
    ['frontdesk', /looks like name@clinic.org/],
    ['frontdesk@localhost', /needs a domain like clinic.org/],
    ['front desk@clinic.org', /no spaces/],
    ['a@b@clinic.org', /looks like/],
    ['.a@clinic.org', /character an address cannot have/],
    ['a@clinic.c0m', /real domain/],
    ['a@-clinic.org', /not a domain/],
    [
      `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.org`,
      /longer than any e-mail address/,
    ],
  ])('refuses %s', (typed, message) => {
    expect(errorOf(checkEmail(typed))).toMatch(message);
  });
});

describe('ZIP and state', () => {
  it('keeps five or nine digits', () => {
    expect(valueOf(checkZip('97240'))).toBe('97240');
    expect(valueOf(checkZip('972401234'))).toBe('97240-1234');
    expect(errorOf(checkZip('9724'))).toMatch(/5 digits, or 9/);
  });

  it('takes two-letter codes in any case', () => {
    expect(valueOf(checkState(' or '))).toBe('OR');
    expect(errorOf(checkState('Oregon'))).toMatch(/two-letter state code/);
    expect(errorOf(checkState('ZZ'))).toMatch(/two-letter state code/);
  });
});

describe('dates', () => {
  const today = '2026-11-23';
  it('reads both ways people write dates and keeps YYYY-MM-DD', () => {
    expect(valueOf(checkDate('03/04/2026', 'date', { today }))).toBe('2026-03-04');
    expect(valueOf(checkDate('2026-3-4', 'date', { today }))).toBe('2026-03-04');
  });

  it('accepts internationalised domains written in punycode', () => {
    expect(checkEmail('desk@example.xn--p1ai').ok).toBe(true);
  });

  it.each(['02/30/2026', '13/01/2026', '2026-02-29', 'tomorrow', '1/2/26'])(
    'refuses %s as not a real date',
    (typed) => {
      expect(errorOf(checkDate(typed, 'date of service', { today }))).toMatch(/not a real date/);
    },
  );

  it('applies the rules of each kind of date', () => {
    expect(errorOf(checkDate('2026-11-24', 'date of service', { today, notInFuture: true }))).toMatch(
      /cannot be after today/,
    );
    expect(checkDate('2026-11-23', 'date of service', { today, notInFuture: true }).ok).toBe(true);
    expect(errorOf(checkDate('2023-01-01', 'effective date', { today, maxYearsInPast: 1 }))).toMatch(
      /more than a year in the past/,
    );
    expect(checkDate('2025-12-01', 'effective date', { today, maxYearsInPast: 1 }).ok).toBe(true);
    expect(checkDate('2027-06-01', 'effective date', { today, maxYearsInPast: 1 }).ok).toBe(true);
    expect(errorOf(checkDate('1880-01-01', 'date of birth', { today, maxYearsInPast: 130 }))).toMatch(
      /130 years/,
    );
    expect(errorOf(checkDate('12/31/9999', 'effective date', { today, maxYearsInFuture: 2 }))).toMatch(
      /2 years ahead/,
    );
    expect(checkDate('11/23/2028', 'effective date', { today, maxYearsInFuture: 2 }).ok).toBe(true);
  });
});

describe('money', () => {
  it.each([
    ['$1,234.56', '1234.56'],
    ['1234.5', '1234.50'],
    ['$ 120', '120.00'],
    ['1,000,000', '1000000.00'],
  ])('reads %s as %s', (typed, kept) => {
    expect(valueOf(checkMoney(typed, 'billed amount'))).toBe(kept);
    expect(formatMoney(kept)).toMatch(/^\$\d/);
  });

  it.each(['1,2,3,4', '12,34', '1.234', '-5', '0', 'ten', '10000000'])('refuses %s', (typed) => {
    expect(checkMoney(typed, 'billed amount').ok).toBe(false);
  });
});
