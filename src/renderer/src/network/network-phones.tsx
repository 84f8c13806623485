import { PhoneLine } from '../entry/contact-lines';
import { phoneParts } from './phone-extension';

/** Phones and faxes as the directory gives them, each ready to copy, a phone ready to call. */
export function NetworkPhones({ phones, faxes }: { phones: readonly string[]; faxes: readonly string[] }) {
  return (
    <>
      {phones.map((phone) => {
        const { number, extension } = phoneParts(phone);
        return (
          <PhoneLine
            key={`phone-${phone}`}
            kind="phone"
            number={number}
            menu={extension ? `ext. ${extension}` : undefined}
          />
        );
      })}
      {faxes.map((fax) => {
        const { number, extension } = phoneParts(fax);
        return (
          <PhoneLine
            key={`fax-${fax}`}
            kind="fax"
            number={number}
            menu={extension ? `ext. ${extension}` : undefined}
          />
        );
      })}
    </>
  );
}
