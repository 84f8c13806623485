import { useNavigation } from '../navigation-store';
import { useProfile } from './profile-state';

/**
 * First run: a short, skippable invitation to fill in the clinic profile. It never takes focus
 * and never stands between the desk and the search box.
 */
export function WelcomeBanner() {
  const offered = useProfile((state) => state.loaded && state.saved === null && !state.welcomeDismissed);
  const dismiss = useProfile((state) => state.dismissWelcome);
  const show = useNavigation((state) => state.show);
  if (!offered) return null;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Provider Desk</h2>
      <p>
        Tell it about your clinic once (name, address, TIN, NPI, providers) and the plan's forms will start
        filled in. Searching the directory needs nothing.
      </p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => show('profile')}>
          Fill in the clinic profile
        </button>
        <button type="button" onClick={() => void dismiss()}>
          Skip for now
        </button>
      </div>
    </section>
  );
}
