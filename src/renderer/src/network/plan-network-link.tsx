import { SettingsLink } from '../provider-data/settings-link';

/** The heading Settings → Plan network starts with, for the links that lead there. */
export const planNetworkHeadingId = 'plan-network-title';

/** Where the plan's provider directory is imported. */
export function PlanNetworkLink() {
  return <SettingsLink headingId={planNetworkHeadingId} section="Plan network" />;
}
