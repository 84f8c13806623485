import { describe, expect, it } from 'vitest';
import type { NetworkLocation, NetworkProvider, NetworkRole } from '../../../shared/plan-net';
import { referralText } from './referral-text';

// Shaped after the Plan-Net reference data (fictional names, see tests/fixtures/plan-net-ri/README).
const farmington: NetworkLocation = {
  key: 'Location/plannet-location-1236348148',
  name: 'FARMINGTON SURGERY CENTER LLC',
  address: { lines: ['5 SHERWOOD DR'], city: 'NORTH HAVEN', state: 'CT', postalCode: '064732129' },
  phones: ['(860) 555-0134'],
  faxes: ['1-860-555-0135'],
  hours: ['Mon–Thu 9:00 AM–12:00 PM'],
  accessibility: [],
  acceptingNewPatients: 'yes',
};

const greenCircle = {
  key: 'Organization/plannet-network-HPID050000',
  name: 'Green Circle of Connecticut HMO',
};
const blueSky = { key: 'Organization/plannet-network-HPID010000', name: 'Blue Sky PPO' };

function role(overrides: Partial<NetworkRole>): NetworkRole {
  return {
    key: 'PractitionerRole/plannet-practitionerrole-1230081110',
    roleName: 'Physician',
    specialties: [{ code: '363LA2200X', name: 'Adult Health Nurse Practitioner' }],
    organization: {
      key: 'Organization/plannet-organization-1236348148',
      name: 'FARMINGTON SURGERY CENTER LLC',
    },
    locations: [farmington],
    services: [],
    networks: [greenCircle],
    plans: [],
    acceptingNewPatients: null,
    phones: ['(557) 427-7991 x5367'],
    faxes: ['1-645-738-2193'],
    hours: [],
    unresolved: [],
    ...overrides,
  };
}

const mauroCormier: NetworkProvider = {
  key: 'Practitioner/plannet-practitioner-1230081110',
  kind: 'practitioner',
  name: 'Mauro Cormier, APRN',
  npi: '1230081110',
  languages: ['English'],
  addresses: [],
  phones: [],
  faxes: [],
  roles: [role({})],
  lastUpdated: '2020-08-17',
};

describe('the referral details a desk pastes into a letter or a fax', () => {
  it('gives name with credentials, specialty, NPI, then the place’s address, phone, fax and network', () => {
    expect(referralText(mauroCormier)).toBe(
      [
        'Mauro Cormier, APRN',
        'Specialty: Adult Health Nurse Practitioner',
        'NPI: 1230081110',
        '',
        'Location: FARMINGTON SURGERY CENTER LLC',
        '5 SHERWOOD DR',
        'NORTH HAVEN, CT 06473-2129',
        'Phone: 860-555-0134',
        'Fax: 1-860-555-0135',
        'Network: Green Circle of Connecticut HMO',
      ].join('\n'),
    );
  });

  it('lists a place seen under two roles once, with both networks, and numbers every place when there are several', () => {
    const hartford: NetworkLocation = {
      ...farmington,
      key: 'Location/plannet-location-1',
      name: null,
      address: { lines: ['80 SEYMOUR ST'], city: 'HARTFORD', state: 'CT', postalCode: '06102' },
      phones: [],
      faxes: [],
    };
    const text = referralText({
      ...mauroCormier,
      roles: [
        role({}),
        role({
          key: 'PractitionerRole/two',
          specialties: [{ code: '207RC0000X', name: 'Cardiovascular Disease' }],
          locations: [farmington, hartford],
          networks: [blueSky],
        }),
      ],
    });
    expect(text.split('\n\n')).toEqual([
      'Mauro Cormier, APRN\nSpecialty: Adult Health Nurse Practitioner, Cardiovascular Disease\nNPI: 1230081110',
      [
        'Location 1: FARMINGTON SURGERY CENTER LLC',
        '5 SHERWOOD DR',
        'NORTH HAVEN, CT 06473-2129',
        'Phone: 860-555-0134',
        'Fax: 1-860-555-0135',
        'Network: Green Circle of Connecticut HMO, Blue Sky PPO',
      ].join('\n'),
      // No numbers of its own: the role's, as the directory gives them.
      [
        'Location 2: FARMINGTON SURGERY CENTER LLC',
        '80 SEYMOUR ST',
        'HARTFORD, CT 06102',
        'Phone: 557-427-7991 ext. 5367',
        'Fax: 1-645-738-2193',
        'Network: Blue Sky PPO',
      ].join('\n'),
    ]);
  });

  it('says what the directory does not give rather than leaving a blank to fill', () => {
    const text = referralText({
      ...mauroCormier,
      npi: null,
      roles: [role({ specialties: [], networks: [], locations: [{ ...farmington, address: null }] })],
    });
    expect(text).toBe(
      [
        'Mauro Cormier, APRN',
        'NPI: none in the plan’s directory',
        '',
        'Location: FARMINGTON SURGERY CENTER LLC',
        'No address in the plan’s directory',
        'Phone: 860-555-0134',
        'Fax: 1-860-555-0135',
        'Network: none listed',
      ].join('\n'),
    );
  });

  it('falls back to the provider’s own address and numbers when no role names a location', () => {
    const text = referralText({
      ...mauroCormier,
      addresses: [farmington.address].filter((address) => address !== null),
      phones: ['860-555-0199'],
      faxes: [],
      roles: [role({ locations: [] })],
    });
    expect(text.split('\n\n')[1]).toBe(
      'Location:\n5 SHERWOOD DR\nNORTH HAVEN, CT 06473-2129\nPhone: 860-555-0199\nNetwork: Green Circle of Connecticut HMO',
    );
  });
});
