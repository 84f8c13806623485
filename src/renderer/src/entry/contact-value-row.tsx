import type { ContactValue, DirectoryEntry } from '../../../shared/directory-pack';
import { digitsOf, formatPhone } from '../../../shared/phone-number';
import { draftEmailTo } from '../forms/draft-email';
import { CopyButton } from './copy-button';
import { SeenLine } from './seen-line';

/** One way to reach the plan: the value in large type, with copy and the link the OS handles. */
export function ContactValueRow({ value, entry }: { value: ContactValue; entry: DirectoryEntry }) {
  return (
    <li className={`contact-value contact-kind-${value.kind}`}>
      <div className="contact-label">{value.label}</div>
      <ValueBody value={value} entry={entry} />
      <SeenLine value={value} entry={entry} />
    </li>
  );
}

function ValueBody({ value, entry }: { value: ContactValue; entry: DirectoryEntry }) {
  switch (value.kind) {
    case 'phone':
    case 'fax': {
      const shown = formatPhone(value.number);
      const digits = digitsOf(value.number);
      return (
        <div className="contact-line">
          <span className="contact-number">
            {value.kind === 'fax' ? (
              <span className="kind-tag">Fax</span>
            ) : (
              <span className="kind-tag">Phone</span>
            )}
            {value.kind === 'phone' ? (
              <a href={`tel:${digits}`} target="_blank" rel="noreferrer">
                {shown}
              </a>
            ) : (
              shown
            )}
          </span>
          {value.kind === 'phone' && value.menu ? <span className="phone-menu">{value.menu}</span> : null}
          <CopyButton text={digits} what={shown} />
        </div>
      );
    }
    case 'email':
      return (
        <div className="contact-line">
          <span className="contact-address">
            <span className="kind-tag">E-mail</span>
            <a href={`mailto:${value.address}`} target="_blank" rel="noreferrer">
              {value.address}
            </a>
          </span>
          <CopyButton text={value.address} what={value.address} />
          <button type="button" onClick={() => draftEmailTo(entry)}>
            Draft e-mail
          </button>
        </div>
      );
    case 'postal':
      return (
        <div className="contact-line">
          <address className="contact-postal">
            {value.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
          <CopyButton text={value.lines.join('\n')} what="the address" />
        </div>
      );
    case 'payer-id':
      return (
        <div className="contact-line">
          <span className="contact-number">
            <span className="kind-tag">Payer ID</span>
            {value.id}
          </span>
          <CopyButton text={value.id} what={`payer ID ${value.id}`} />
        </div>
      );
    case 'web':
    case 'document':
      return value.url ? (
        <div className="contact-line">
          <a className="contact-link" href={value.url} target="_blank" rel="noreferrer">
            {value.url.replace(/^https:\/\//, '')}
          </a>
          <CopyButton text={value.url} what="the link" />
        </div>
      ) : (
        <p className="contact-missing">
          The plan's page names this {value.kind === 'document' ? 'document' : 'link'} without giving its
          address: look for it on the plan's web site, or ask Provider Customer Service.
        </p>
      );
  }
}
