import { digitsOf, formatPhone } from '../../../shared/phone-number';
import { CopyButton } from './copy-button';

/**
 * A phone or fax number in large type with its Copy button; a phone is also a `tel:` link the
 * system dials. The directory's cards and the provider card show numbers the same way.
 */
export function PhoneLine({
  kind,
  number,
  menu,
}: {
  kind: 'phone' | 'fax';
  number: string;
  /** What to press once through, shown beside the number ("Press option 3 for provider"). */
  menu?: string;
}) {
  const shown = formatPhone(number);
  const digits = digitsOf(number);
  return (
    <div className="contact-line">
      <span className="contact-number">
        <span className="kind-tag">{kind === 'fax' ? 'Fax' : 'Phone'}</span>
        {kind === 'phone' ? (
          <a href={`tel:${digits}`} target="_blank" rel="noreferrer">
            {shown}
          </a>
        ) : (
          shown
        )}
      </span>
      {menu ? <span className="phone-menu">{menu}</span> : null}
      <CopyButton text={digits} what={shown} />
    </div>
  );
}

/** A postal address line by line, copied as it is shown. */
export function PostalLines({ lines, what = 'the address' }: { lines: readonly string[]; what?: string }) {
  return (
    <div className="contact-line">
      <address className="contact-postal">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </address>
      <CopyButton text={lines.join('\n')} what={what} />
    </div>
  );
}
