import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api-contract';
import { useAnnouncer } from './announcer';
import { callApi, isConnected } from './desk-api';
import { useDeskStore } from './desk-store';
import { DirectoryView } from './directory-view';
import { useDirectoryUpdates, watchDirectoryUpdates } from './directory-updates/directory-update-state';
import { ErrorAlert } from './fields/error-alert';
import { FormsView } from './forms/forms-view';
import { useGlobalShortcuts } from './global-shortcuts';
import { useNavigation, type DeskView } from './navigation-store';
import { statusLine, unsentCount } from '../../shared/outbox-summary';
import { useOutbox, watchOutbox } from './outbox/outbox-state';
import { OutboxView } from './outbox/outbox-view';
import { ProfileView } from './profile/profile-view';
import { RecoveryNotice } from './recovery-notice';
import { SettingsView } from './settings/settings-view';
import { useProfile } from './profile/profile-state';
import { watchProviderData } from './provider-data/provider-data-state';
import { watchNetworkData } from './network/network-data-state';

const views: { view: DeskView; label: string }[] = [
  { view: 'directory', label: 'Directory' },
  { view: 'forms', label: 'Forms' },
  { view: 'outbox', label: 'Outbox' },
  { view: 'profile', label: 'Clinic profile' },
  { view: 'settings', label: 'Settings' },
];

export function App() {
  useGlobalShortcuts();
  const view = useNavigation((state) => state.view);
  const show = useNavigation((state) => state.show);
  const profileLoaded = useProfile((state) => state.loaded);
  const profileError = useProfile((state) => state.loadError);
  const announcement = useAnnouncer((state) => state.message);
  const outboxStatus = useOutbox((state) => state.status);
  const unsent = unsentCount(outboxStatus);
  const directorySwitches = useDirectoryUpdates((state) => state.switches);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    if (!isConnected) return;
    useDeskStore.getState().loadTopics();
    void useProfile.getState().load();
    const stops = [watchOutbox(), watchDirectoryUpdates(), watchProviderData(), watchNetworkData()];
    return () => stops.forEach((stop) => stop());
  }, []);

  // The header names the directory in use: asked again whenever an update switches it.
  useEffect(() => {
    if (!isConnected) return;
    callApi('app.info', undefined).then(setInfo, () => setInfo(null));
  }, [directorySwitches]);

  if (!isConnected) {
    return (
      <main className="not-connected">
        <h1>Provider Desk</h1>
        <p>
          This page is not connected to Provider Desk. Open the address that <code>npm run web</code> printed.
        </p>
      </main>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <h1>Provider Desk</h1>
        <nav aria-label="Views" className="app-nav">
          {views.map((item) => (
            <button
              key={item.view}
              type="button"
              aria-current={view === item.view ? 'page' : undefined}
              onClick={() => show(item.view)}
            >
              {item.label}
              {item.view === 'outbox' && unsent > 0 ? (
                <>
                  <span className="badge" aria-hidden="true">
                    {unsent}
                  </span>
                  <span className="visually-hidden">, {unsent} unsent</span>
                </>
              ) : null}
            </button>
          ))}
        </nav>
        {/* A paragraph may not carry a name, and one left empty before the first status is an error
            to assistive technology; a group may. The page's one live region stays the announcer. */}
        <p className="outbox-status-line" role="group" aria-label="Outbox status">
          {statusLine(outboxStatus)}
        </p>
        {view === 'directory' ? (
          <button type="button" className="browse-button" onClick={() => useDeskStore.getState().browse()}>
            Browse by topic
          </button>
        ) : null}
        {info ? (
          <p className="app-directory">
            {info.plan} directory {info.directoryVersion}, {info.directoryEntryCount} entries
          </p>
        ) : null}
      </header>
      <main className="app-main">
        <RecoveryNotice recovery={info?.deskRecovery} />
        {view === 'directory' ? <DirectoryView /> : null}
        {view === 'forms' && profileLoaded ? <FormsView /> : null}
        {view === 'profile' && profileLoaded ? <ProfileView /> : null}
        {view === 'outbox' ? <OutboxView /> : null}
        {view === 'settings' ? <SettingsView /> : null}
        {view !== 'directory' ? <ErrorAlert message={profileError} /> : null}
      </main>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
