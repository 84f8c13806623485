import type { NetworkRole } from '../../../shared/plan-net';
import { acceptingWords } from './accepting-words';
import { NetworkLocationValue } from './network-location';
import { NetworkPhones } from './network-phones';

const names = (items: readonly { name: string }[]) => items.map((item) => item.name).join(', ');

/** What the provider practises in this role; an organization's affiliation names its partner. */
function roleTitle(role: NetworkRole): string {
  if (role.specialties.length > 0) return names(role.specialties);
  if (role.roleName) return role.roleName;
  return role.organization ? `With ${role.organization.name}` : 'In the plan’s network';
}

/**
 * One way the provider takes part in the plan: what they practise, for whom, where, in which
 * networks and plans, and whether they take new patients.
 */
export function NetworkRoleSection({
  role,
  headingId,
  ownPhones,
  ownFaxes,
}: {
  role: NetworkRole;
  headingId: string;
  /** The provider's own numbers, shown above: a role repeating them says nothing new. */
  ownPhones: readonly string[];
  ownFaxes: readonly string[];
}) {
  const title = roleTitle(role);
  const ownNumbers = new Set([...ownPhones, ...ownFaxes]);
  const phones = role.phones.filter((phone) => !ownNumbers.has(phone));
  const faxes = role.faxes.filter((fax) => !ownNumbers.has(fax));
  return (
    <section className="network-role" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <dl className="network-role-facts">
        {role.roleName ? (
          <>
            <dt>Role</dt>
            <dd>{role.roleName}</dd>
          </>
        ) : null}
        {role.organization ? (
          <>
            <dt>Organization</dt>
            <dd>{role.organization.name}</dd>
          </>
        ) : null}
        <dt>Networks</dt>
        <dd>{role.networks.length > 0 ? names(role.networks) : 'None listed'}</dd>
        <dt>Plans</dt>
        <dd>{role.plans.length > 0 ? names(role.plans) : 'None listed'}</dd>
        <dt>New patients</dt>
        <dd>
          {role.acceptingNewPatients
            ? acceptingWords(role.acceptingNewPatients)
            : 'The directory does not say'}
        </dd>
        {role.services.length > 0 ? (
          <>
            <dt>Services</dt>
            <dd>{role.services.join(', ')}</dd>
          </>
        ) : null}
        {role.hours.length > 0 ? (
          <>
            <dt>Hours</dt>
            <dd>{role.hours.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {role.unresolved.length > 0 ? (
        <p className="network-incomplete">
          <strong>Incomplete:</strong> the directory lists {role.unresolved.join(', ')}, which it does not
          hold.
        </p>
      ) : null}
      {phones.length > 0 || faxes.length > 0 ? (
        <div className="contact-value network-role-numbers">
          <div className="contact-label">Numbers for this role</div>
          <NetworkPhones phones={phones} faxes={faxes} />
        </div>
      ) : null}
      {role.locations.length > 0 ? (
        <ul className="contact-values" aria-label={`Locations for ${title}`}>
          {role.locations.map((location) => (
            <NetworkLocationValue
              key={location.key}
              location={location}
              fallbackName={role.organization?.name ?? 'Location'}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
