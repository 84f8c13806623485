import type { FormRecipient } from '../../../shared/api-contract';
import { takenOnWebForm } from '../../../shared/forms/form-route';

/** Where the form goes, as the directory says today: an e-mail box, or the plan's web form. */
export function RecipientLine({ recipient }: { recipient: FormRecipient | null }) {
  if (!recipient) return null;
  const { plan, entryTitle, route } = recipient;
  if (route.kind === 'email') {
    return (
      <p className="recipient-line">
        To: <strong>{route.address}</strong> ({entryTitle})
      </p>
    );
  }
  return (
    <div className="recipient-line">
      <p>
        <strong>{takenOnWebForm(plan, route)}</strong>
      </p>
      <p>
        {route.url ? (
          // The desktop app hands this to the browser only because the directory lists its site.
          <a href={route.url} target="_blank" rel="noopener noreferrer">
            Open the {route.label}
          </a>
        ) : (
          `The plan’s page names this form without giving its address: look for the ${route.label} on ${plan || 'the plan'}’s web site.`
        )}
      </p>
    </div>
  );
}
