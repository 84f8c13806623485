import { describe, expect, it } from 'vitest';
import { hoursText } from './hours-text';

describe('opening hours said plainly', () => {
  it('says a run of days as a range, other days one by one, and the times on a 12-hour clock', () => {
    expect(
      hoursText([
        {
          daysOfWeek: ['mon', 'tue', 'wed', 'thu'],
          availableStartTime: '09:00:00',
          availableEndTime: '12:00:00',
        },
        { daysOfWeek: ['fri', 'mon', 'wed'], availableStartTime: '13:30:00', availableEndTime: '00:00:00' },
        { daysOfWeek: ['sat', 'sun'], openingTime: '08:00', closingTime: '17:45' },
      ]),
    ).toEqual(['Mon–Thu 9:00 AM–12:00 PM', 'Mon, Wed, Fri 1:30 PM–12:00 AM', 'Sat, Sun 8:00 AM–5:45 PM']);
  });

  it('says every day and all day, takes a lone day for a list, and leaves out what it cannot read', () => {
    expect(
      hoursText([
        { daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], allDay: true },
        { allDay: true },
        { daysOfWeek: ['tue'], availableStartTime: '25:00:00' },
        { daysOfWeek: 'mon', availableStartTime: 9 },
        'nonsense',
      ]),
    ).toEqual(['Every day, all day', 'Every day, all day', 'Tue', 'Mon']);
  });
});
