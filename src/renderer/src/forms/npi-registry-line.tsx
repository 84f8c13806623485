import { useState } from 'react';
import type { RegistryProvider } from '../../../shared/npi-registry';
import { nameWithCredential, summaryOf, whoLine } from '../../../shared/provider-who-line';
import { typedNameMatches } from '../../../shared/provider-name-match';
import { spokenDay } from '../../../shared/spoken-day';
import { textOf } from '../../../shared/forms/form-spec';
import {
  fillableParts,
  fillFromRegistry,
  filledSentence,
  registryFillTargets,
} from '../../../shared/forms/registry-fill';
import { checkNpi } from '../../../shared/validation/npi';
import { useAnnouncer } from '../announcer';
import { SettingsLink } from '../provider-data/settings-link';
import { askOnline, type OnlineAnswer } from '../provider/ask-online';
import { OnlineLookupOffer } from '../provider/online-lookup-offer';
import { sourceLine } from '../provider/provider-source';
import { useRegistryProvider } from '../provider/use-registry-provider';
import type { FieldContext } from './form-field';

/**
 * Under an NPI field that holds a valid NPI: who the registry says it belongs to, a click to
 * fill the form's related fields, and warnings (never errors) for a deactivated NPI or a name
 * that does not match. The field's description points here, so it is read with the field.
 */
export function NpiRegistryLine({
  id,
  field,
  text,
  context,
}: {
  id: string;
  field: string;
  text: string;
  context: FieldContext;
}) {
  const checked = checkNpi(text.trim());
  const npi = checked.ok ? checked.value : null;
  const lookup = useRegistryProvider(npi);
  const [online, setOnline] = useState<{ npi: string; answer: OnlineAnswer | null } | null>(null);
  const onlineAnswer = online && online.npi === npi ? online.answer : null;

  async function ask(asked: string) {
    setOnline({ npi: asked, answer: null });
    const answer = await askOnline(asked);
    setOnline((current) => (current?.npi === asked ? { npi: asked, answer } : current));
  }

  let content: React.ReactNode = null;
  if (lookup.state === 'found') {
    content = <ProviderWho provider={lookup.provider} field={field} context={context} />;
  } else if (npi !== null && onlineAnswer && 'provider' in onlineAnswer) {
    content = <ProviderWho provider={onlineAnswer.provider} field={field} context={context} />;
  } else if (lookup.state === 'no-registry') {
    content = (
      <p className="field-hint">
        To see whose NPI this is, import the NPI registry in <SettingsLink />.
      </p>
    );
  } else if (lookup.state === 'missing' && npi !== null) {
    content = (
      <>
        <p className="field-hint">The NPI registry on this computer does not list NPI {npi}.</p>
        <OnlineLookupOffer
          npi={npi}
          asking={online?.npi === npi && online.answer === null}
          problem={onlineAnswer && 'problem' in onlineAnswer ? onlineAnswer.problem : null}
          onAsk={() => void ask(npi)}
        />
      </>
    );
  }
  return (
    <div id={id} className="npi-registry-line">
      {content}
    </div>
  );
}

function ProviderWho({
  provider,
  field,
  context,
}: {
  provider: RegistryProvider;
  field: string;
  context: FieldContext;
}) {
  const announce = useAnnouncer((state) => state.announce);
  const targets = registryFillTargets(context.formId, field);
  const parts = fillableParts(targets, provider);
  const typedName = targets.name ? textOf(context.values, targets.name) : '';
  const warnings = [
    ...(provider.deactivatedOn ? [`This NPI was deactivated on ${spokenDay(provider.deactivatedOn)}.`] : []),
    ...(typedNameMatches(typedName, provider)
      ? []
      : [`The NPI registry lists this NPI as ${nameWithCredential(provider)}, not “${typedName.trim()}”.`]),
  ];
  return (
    <>
      <p className="npi-who">
        <span className="visually-hidden">This NPI belongs to </span>
        {whoLine(summaryOf(provider))}
        {provider.source.kind === 'online' ? (
          <span className="npi-who-source"> ({sourceLine(provider.source)})</span>
        ) : null}
      </p>
      {warnings.map((warning) => (
        <p key={warning} className="field-warning">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      ))}
      {parts.length > 0 ? (
        <button
          type="button"
          className="npi-fill"
          onClick={() => {
            context.change(fillFromRegistry(context.values, targets, provider));
            announce(filledSentence(parts));
          }}
        >
          Fill from NPI registry
        </button>
      ) : null}
    </>
  );
}
