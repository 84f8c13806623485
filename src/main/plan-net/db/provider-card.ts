import type Database from 'better-sqlite3';
import {
  acceptingPatientsSchema,
  type NetworkLocation,
  type NetworkNamed,
  type NetworkProvider,
  type NetworkRole,
} from '../../../shared/plan-net';
import { languageName } from './language-names';
import { linkKinds } from './network-db-schema';
import { networkProviderKind, providerName, shownNpi } from './network-hit';
import {
  locationDetailsSchema,
  providerDetailsSchema,
  readDetails,
  roleDetailsSchema,
} from './stored-details';

const services = linkKinds('PractitionerRole.healthcareService', 'OrganizationAffiliation.healthcareService');

interface RoleRow {
  rid: number;
  key: string;
  updated: string | null;
  details: string | null;
  accepting: string | null;
  organizationKey: string | null;
  organizationName: string | null;
}

/** The card of a provider: everything the directory holds about them and each of their roles. */
export function createProviderCards(db: Database.Database) {
  const providerByKey = db.prepare<
    [string],
    {
      rid: number;
      key: string;
      type: string;
      name: string | null;
      npi: string | null;
      updated: string | null;
      details: string | null;
    }
  >(
    'SELECT r.rid, r.key, r.type, r.name, r.npi, r.updated, r.details FROM resources r JOIN providers p ON p.rid = r.rid WHERE r.key = ?',
  );
  const rolesOf = db.prepare<[number], RoleRow>(`
    SELECT x.rid, k.key, k.updated, k.details, x.accepting, o.key AS organizationKey, coalesce(o.name, o.key) AS organizationName
    FROM roles x JOIN resources k ON k.rid = x.rid LEFT JOIN resources o ON o.rid = x.organization_rid
    WHERE x.provider_rid = ? ORDER BY x.rid`);
  const locationsOf = db.prepare<
    [number],
    { key: string; name: string | null; accepting: string | null; details: string | null }
  >(`
    SELECT l.key, l.name, l.accepting, l.details FROM role_locations rl JOIN resources l ON l.rid = rl.location_rid
    WHERE rl.role_rid = ? ORDER BY rl.seq`);
  const servicesOf = db
    .prepare<[number], string>(
      `
      SELECT s.name FROM resolved x JOIN resources s ON s.rid = x.target_rid
      WHERE x.from_rid = ? AND x.kind IN (${services}) AND s.name IS NOT NULL ORDER BY x.seq`,
    )
    .pluck();
  const networksOf = db.prepare<[number], NetworkNamed>(`
    SELECT n.key, coalesce(n.name, n.key) AS name FROM role_networks rn JOIN resources n ON n.rid = rn.network_rid
    WHERE rn.role_rid = ? ORDER BY name`);
  const plansOf = db.prepare<[number], NetworkNamed>(`
    SELECT DISTINCT p.key, coalesce(p.name, p.key) AS name FROM role_networks rn
    JOIN plan_networks pn ON pn.network_rid = rn.network_rid JOIN resources p ON p.rid = pn.plan_rid
    WHERE rn.role_rid = ? ORDER BY name`);
  const unresolvedOf = db
    .prepare<[number], string>(
      `
      SELECT coalesce(l.reference, l.target_key) FROM resolved x JOIN links l ON l.from_rid = x.from_rid AND l.seq = x.seq
      WHERE x.from_rid = ? AND x.target_rid IS NULL ORDER BY x.seq`,
    )
    .pluck();

  function roleOf(row: RoleRow): NetworkRole {
    const details = readDetails(roleDetailsSchema, row.details);
    return {
      key: row.key,
      roleName: details.roleName,
      specialties: details.specialties,
      organization:
        row.organizationKey === null
          ? null
          : { key: row.organizationKey, name: row.organizationName ?? row.organizationKey },
      locations: locationsOf.all(row.rid).map(locationOf),
      services: servicesOf.all(row.rid),
      networks: networksOf.all(row.rid),
      plans: plansOf.all(row.rid),
      acceptingNewPatients: acceptingPatientsSchema.nullable().parse(row.accepting),
      phones: details.phones,
      faxes: details.faxes,
      hours: details.hours,
      unresolved: unresolvedOf.all(row.rid),
    };
  }

  return (key: string): NetworkProvider | null => {
    const found = providerByKey.get(key);
    if (found === undefined) return null;
    const kind = networkProviderKind(found.type);
    // A role standing for its missing practitioner has its own details, not a person's.
    const details = readDetails(
      providerDetailsSchema,
      found.type === 'Practitioner' || found.type === 'Organization' ? found.details : null,
    );
    const roleRows = rolesOf.all(found.rid);
    const updated = [found.updated, ...roleRows.map((row) => row.updated)]
      .filter((date) => date !== null)
      .sort();
    return {
      key: found.key,
      kind,
      name: providerName(found.name, kind),
      npi: shownNpi(found.npi),
      languages: details.languages.map(languageName),
      addresses: details.addresses,
      phones: details.phones,
      faxes: details.faxes,
      roles: roleRows.map(roleOf),
      lastUpdated: updated[updated.length - 1] ?? null,
    };
  };
}

function locationOf(row: {
  key: string;
  name: string | null;
  accepting: string | null;
  details: string | null;
}): NetworkLocation {
  const details = readDetails(locationDetailsSchema, row.details);
  return {
    key: row.key,
    name: row.name,
    address: details.address,
    phones: details.phones,
    faxes: details.faxes,
    hours: details.hours,
    accessibility: details.accessibility,
    acceptingNewPatients: acceptingPatientsSchema.nullable().parse(row.accepting),
  };
}
