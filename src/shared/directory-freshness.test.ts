import { describe, expect, it } from 'vitest';
import type { ContactValue, PageSource, RetiredValue } from './directory-pack';
import {
  describeSource,
  mayBeOutOfDate,
  needsChecking,
  plainValue,
  retiredValueNamed,
} from './directory-freshness';

const seen = (on: string) => ({ source: 'page', on });
const phone = (on: string): ContactValue => ({
  kind: 'phone',
  label: 'Main',
  number: '503-555-0100',
  seen: seen(on),
});

describe('how fresh a directory value is', () => {
  it('may be out of date only after more than 90 days without a sighting', () => {
    expect(mayBeOutOfDate('2026-11-23', '2027-02-21')).toBe(false);
    expect(mayBeOutOfDate('2026-11-23', '2027-02-22')).toBe(true);
    expect(mayBeOutOfDate('2026-11-30', '2026-11-30')).toBe(false);
  });

  it('flags an entry for checking when any one of its values is stale', () => {
    expect(needsChecking({ values: [phone('2026-11-30'), phone('2026-08-01')] }, '2026-11-30')).toBe(true);
    expect(needsChecking({ values: [phone('2026-11-30')] }, '2026-11-30')).toBe(false);
  });

  it('names an undated page by its capture day, and a dated one by both', () => {
    const page: PageSource = {
      id: 'page',
      title: 'CareOregon provider support page',
      url: 'https://careoregon.org/providers/support',
      publishedOn: null,
      capturedOn: '2026-11-23',
    };
    expect(describeSource(page)).toBe(
      'CareOregon provider support page (careoregon.org/providers/support), undated page, captured 2026-11-23',
    );
    expect(describeSource({ ...page, url: null, publishedOn: '2026-10-01' })).toBe(
      'CareOregon provider support page, dated 2026-10-01, captured 2026-11-23',
    );
  });

  it('recognises a retired mailbox or number typed in a search, in any case or format', () => {
    const retired: RetiredValue[] = [
      {
        value: {
          kind: 'email',
          label: 'Box',
          address: 'ProviderUpdates@CareOregon.org',
          seen: seen('2026-11-23'),
        },
        retiredOn: '2026-11-30',
        retiredBy: 'page',
        replacement: 'ProviderDataUpdates@careoregon.org',
      },
      { value: phone('2026-11-23'), retiredOn: '2026-11-30', retiredBy: 'page', replacement: '503-555-0199' },
    ];
    expect(retiredValueNamed({ retired }, 'providerupdates@careoregon')?.replacement).toBe(
      'ProviderDataUpdates@careoregon.org',
    );
    expect(retiredValueNamed({ retired }, '(503) 555-0100')?.replacement).toBe('503-555-0199');
    expect(retiredValueNamed({ retired }, 'claims')).toBeUndefined();
    expect(plainValue(retired[1]!.value)).toBe('503-555-0100');
  });
});
