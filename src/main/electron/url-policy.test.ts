import { describe, expect, it } from 'vitest';
import { decideExternalUrl, linkHostsOf } from './url-policy';

const hosts = linkHostsOf(['https://www.ethicspoint.com']);

describe('where the app may send a link', () => {
  it.each([
    'tel:5034164100',
    'tel:+18002244840',
    'mailto:claimshelp@careoregon.org',
    'mailto:ProviderUpdates@CareOregon.org?subject=Clinic%20update',
    'https://www.ethicspoint.com',
    'https://ethicspoint.com/report',
  ])('hands %s to the operating system', (url) => {
    expect(decideExternalUrl(url, hosts)).toBe('open-externally');
  });

  it.each([
    'http://www.ethicspoint.com',
    'https://evil.example',
    'https://www.ethicspoint.com.evil.example',
    'https://user:pass@www.ethicspoint.com',
    'https://www.ethicspoint.com:8443',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'tel:5034164100;phone-context=evil',
    'mailto:not-an-address',
    'mailto:%E0%A4%A',
    'mailto:a@b.co?attach=/etc/passwd',
    'mailto:claimshelp@careoregon.org?bcc=someone@example.org',
    'mailto:a@b.co,c@d.co',
    'smb://server/share',
    'not a url',
  ])('drops %s', (url) => {
    expect(decideExternalUrl(url, hosts)).toBe('deny');
  });
});
