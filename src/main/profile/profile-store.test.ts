import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyClinicProfile, type ClinicProfile } from '../../shared/clinic-profile';
import type { ChannelCall } from '../../../tests/support/channel-call';
import { startTestServices } from '../../../tests/support/test-services';
import { invokeChannel } from '../api/invoke-channel';

/** Obviously fake clinic details; the NPIs are valid check-digit examples, not real providers. */
const roseCity: ClinicProfile = {
  ...emptyClinicProfile,
  clinicName: 'Rose City Test Clinic',
  street: '100 Example Ave',
  city: 'Portland',
  state: 'or',
  zip: '97201',
  phone: '(503) 555-0100 x12',
  fax: '503.555.0101',
  email: 'FrontDesk@Example.ORG',
  tin: '93-1234567',
  dmapId: ' 500123 ',
  groupNpi: '1234567893',
  contactName: 'Pat Example',
  contactTitle: 'Office manager',
  contactPhone: '503-555-0102',
  contactEmail: 'pat@example.org',
  providers: [{ id: 'p1', name: 'Dr. Sam Sample', npi: '1245319599', specialty: 'Family medicine' }],
};

let services: ReturnType<typeof startTestServices>;
beforeEach(() => (services = startTestServices()));
afterEach(() => services.dispose());

const call: ChannelCall = (channel, ...input) => services.call(channel, ...input);

describe('the clinic profile', () => {
  it('starts empty with the welcome offered, and is offered no more once skipped', async () => {
    expect(await call('profile.get')).toEqual({ profile: null, welcomeDismissed: false });
    await call('profile.dismissWelcome');
    expect(await call('profile.get')).toEqual({ profile: null, welcomeDismissed: true });
  });

  it('saves a good profile with every value normalised, and reads it back', async () => {
    const result = await call('profile.save', roseCity);
    expect(result).toMatchObject({ saved: true, errors: {} });
    const { profile } = await call('profile.get');
    expect(profile).toMatchObject({
      state: 'OR',
      phone: '5035550100;ext=12',
      fax: '5035550101',
      email: 'FrontDesk@example.org',
      tin: '931234567',
      dmapId: '500123',
      providers: [{ id: 'p1', name: 'Dr. Sam Sample', npi: '1245319599', specialty: 'Family medicine' }],
    });
  });

  it('refuses a profile with a wrong field, says which and why, and keeps what was saved', async () => {
    await call('profile.save', roseCity);
    const broken = {
      ...roseCity,
      clinicName: 'Renamed Clinic',
      groupNpi: '1234567898',
      zip: '972',
      providers: [...roseCity.providers, { id: 'p2', name: '', npi: '12', specialty: '' }],
    };
    const result = await call('profile.save', broken);
    expect(result.saved).toBe(false);
    expect(result.errors).toEqual({
      groupNpi: expect.stringMatching(/check digit does not match/),
      zip: expect.stringMatching(/5 digits, or 9/),
      'providers.1.name': expect.stringMatching(/Enter the provider’s name/),
      'providers.1.npi': expect.stringMatching(/10 digits/),
    });
    expect((await call('profile.get')).profile?.clinicName).toBe('Rose City Test Clinic');
  });

  it('saves with a warning for a TIN prefix the IRS does not assign', async () => {
    const result = await call('profile.save', { ...roseCity, tin: '07-1234567' });
    expect(result).toMatchObject({
      saved: true,
      warnings: { tin: expect.stringMatching(/does not assign/) },
    });
  });

  it('lets fields stay empty: a profile is filled in over time', async () => {
    const result = await call('profile.save', { ...emptyClinicProfile, clinicName: 'Just a name' });
    expect(result).toMatchObject({ saved: true, errors: {} });
  });

  it('refuses input that is not a profile before anything runs', async () => {
    for (const input of [
      undefined,
      {},
      { ...roseCity, extra: 1 },
      { ...roseCity, clinicName: 5 },
      { ...roseCity, providers: [{ id: '../x', name: 'a', npi: '', specialty: '' }] },
    ]) {
      const result = await invokeChannel(services.handlers, 'profile.save', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((await call('profile.get')).profile).toBeNull();
  });
});

describe('saving single fields back from a form', () => {
  it('merges each change into what is stored now, so quick saves never undo each other', async () => {
    await call('profile.save', roseCity);
    await call('profile.update', { contactPhone: '503-555-0144' });
    await call('profile.update', { contactEmail: 'new@example.org' });
    expect((await call('profile.get')).profile).toMatchObject({
      contactPhone: '5035550144',
      contactEmail: 'new@example.org',
      clinicName: 'Rose City Test Clinic',
      providers: [expect.objectContaining({ name: 'Dr. Sam Sample' })],
    });
  });

  it('refuses a wrong value and keeps the stored one', async () => {
    await call('profile.save', roseCity);
    expect(await call('profile.update', { groupNpi: '1234567898' })).toMatchObject({ saved: false });
    expect((await call('profile.get')).profile?.groupNpi).toBe('1234567893');
    expect((await invokeChannel(services.handlers, 'profile.update', { providers: [] })).ok).toBe(false);
  });
});
