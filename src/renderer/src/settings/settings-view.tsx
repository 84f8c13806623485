import { useEffect } from 'react';
import { DirectoryUpdatesView } from '../directory-updates/directory-updates-view';
import { useNavigation } from '../navigation-store';
import { planNetworkHeadingId } from '../network/plan-network-link';
import { PlanNetworkView } from '../network/plan-network-view';
import { ProviderDataView } from '../provider-data/provider-data-view';
import { providerDataHeadingId } from '../provider-data/settings-link';
import { MailSettingsView } from './mail-settings-view';
import { SupportDiagnostics } from './support-diagnostics';

/** The sections of Settings, in page order, by the id of each one's heading. */
const sections = [
  { headingId: 'settings-title', label: 'Mail settings' },
  { headingId: providerDataHeadingId, label: 'Provider data' },
  { headingId: planNetworkHeadingId, label: 'Plan network' },
  { headingId: 'directory-updates-title', label: 'Directory updates' },
  { headingId: 'support-title', label: 'Support' },
];

/** Brings a section's heading to the top and puts focus on it, so reading starts there. */
function jumpTo(headingId: string) {
  const heading = document.getElementById(headingId);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** Every setting on one page, with a row of buttons that go straight to each section. */
export function SettingsView() {
  const pendingSection = useNavigation((state) => state.pendingSection);

  useEffect(() => {
    const section = useNavigation.getState().takeSection();
    if (section) jumpTo(section);
  }, [pendingSection]);

  return (
    <>
      <nav aria-label="Settings sections" className="settings-sections">
        {sections.map((section) => (
          <button key={section.headingId} type="button" onClick={() => jumpTo(section.headingId)}>
            {section.label}
          </button>
        ))}
      </nav>
      <MailSettingsView />
      <ProviderDataView />
      <PlanNetworkView />
      <DirectoryUpdatesView />
      <SupportDiagnostics />
    </>
  );
}
