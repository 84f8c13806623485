import type { ContactValue, DirectoryEntry } from '../../../shared/directory-pack';
import { draftEmailTo } from '../forms/draft-email';
import { CopyButton } from './copy-button';
import { PhoneLine, PostalLines } from './contact-lines';
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
    case 'fax':
      return (
        <PhoneLine
          kind={value.kind}
          number={value.number}
          menu={value.kind === 'phone' ? value.menu : undefined}
        />
      );
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
      return <PostalLines lines={value.lines} />;
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
