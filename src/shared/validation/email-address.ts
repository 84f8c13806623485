import { accept, refuse, type FieldCheck } from './field-check';

/**
 * An address someone can actually be reached at: one @, a local part, and a domain with a dot
 * and a real top-level name. Stricter than RFC 5322 on purpose: quoted local parts and bare IP
 * domains are legal but never what a clinic means.
 */
export function checkEmail(text: string): FieldCheck {
  const value = text.trim();
  if (value === '') return refuse('Enter the e-mail address.');
  if (/\s/.test(value)) return refuse('An e-mail address has no spaces.');
  if (value.length > 254) return refuse('That is longer than any e-mail address can be; check it.');
  const at = value.lastIndexOf('@');
  if (at < 1 || value.indexOf('@') !== at) return refuse('An e-mail address looks like name@clinic.org.');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64 || !/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) || /^\.|\.\.|\.$/.test(local)) {
    return refuse('The part before the @ has a character an address cannot have.');
  }
  const labels = domain.split('.');
  if (labels.length < 2)
    return refuse(`The part after the @ needs a domain like clinic.org, not “${domain}”.`);
  if (!labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) {
    return refuse(`“${domain}” is not a domain an address can use.`);
  }
  if (!/^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(labels.at(-1) ?? ''))
    return refuse(`“${domain}” does not end in a real domain like .org or .com.`);
  return accept(`${local}@${domain}`);
}
