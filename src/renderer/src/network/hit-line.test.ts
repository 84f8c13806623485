import { describe, expect, it } from 'vitest';
import type { NetworkHit } from '../../../shared/plan-net';
import { acceptingWords } from './accepting-words';
import { hitRoleLine } from './hit-line';

const role: NetworkHit['roles'][number] = {
  key: 'PractitionerRole/plannet-practitionerrole-1230081110',
  specialties: ['Adult Health Nurse Practitioner'],
  organization: 'FARMINGTON SURGERY CENTER LLC',
  places: ['NORTH HAVEN, CT 06473'],
  networks: ['Green Circle of Connecticut HMO'],
  acceptingNewPatients: 'yes',
  incomplete: false,
};

describe('a role in the In network results', () => {
  it('reads specialties · organization · places · networks · accepting new patients', () => {
    expect(hitRoleLine(role)).toBe(
      'Adult Health Nurse Practitioner · FARMINGTON SURGERY CENTER LLC · NORTH HAVEN, CT 06473 · Green Circle of Connecticut HMO · Accepting new patients',
    );
  });

  it('leaves out what the directory does not give, places without an address, and any answer but yes', () => {
    expect(
      hitRoleLine({
        ...role,
        organization: null,
        places: [null, 'HARTFORD, CT 06102'],
        networks: ['Green Circle of Connecticut HMO', 'Blue Sky PPO'],
        acceptingNewPatients: 'no',
      }),
    ).toBe(
      'Adult Health Nurse Practitioner · HARTFORD, CT 06102 · Green Circle of Connecticut HMO, Blue Sky PPO',
    );
  });
});

describe('a role seen in many places', () => {
  it('names the first three places and counts the others', () => {
    const places = [
      'WATERTOWN, CT 06795',
      'NEW HAVEN, CT 06519',
      'ANSONIA, CT 06401',
      'WALLINGFORD, CT 06492',
    ];
    const line = (count: number) =>
      hitRoleLine({
        ...role,
        organization: null,
        networks: [],
        acceptingNewPatients: null,
        places: places.slice(0, count),
      });
    expect(line(3)).toBe(
      'Adult Health Nurse Practitioner · WATERTOWN, CT 06795; NEW HAVEN, CT 06519; ANSONIA, CT 06401',
    );
    expect(line(4)).toBe(
      'Adult Health Nurse Practitioner · WATERTOWN, CT 06795; NEW HAVEN, CT 06519; ANSONIA, CT 06401 and 1 more place',
    );
    expect(hitRoleLine({ ...role, places: [...places, ...places] })).toContain('and 5 more places');
  });
});

describe('accepting new patients, in words', () => {
  it.each([
    ['yes', 'Accepting new patients'],
    ['no', 'Not accepting new patients'],
    ['existing-only', 'Existing patients only'],
    ['existing-and-family', 'Existing patients and their families only'],
  ] as const)('says %s as “%s”', (value, words) => {
    expect(acceptingWords(value)).toBe(words);
  });
});
