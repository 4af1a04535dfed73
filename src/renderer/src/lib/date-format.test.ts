import { describe, expect, it } from 'vitest';
import { DEFAULT_DATE_FORMAT, formatDate, fromPickerValue, parseDateFormat, toPickerValue, zoneLabel } from './date-format';

describe('date-format', () => {
  const cases = [
    { name: 'ISO with ms and Z', value: '2026-01-19T10:52:33.118Z', picker: '2026-01-19T10:52:33', picked: '2026-02-01T08:30:15.250', written: '2026-02-01T08:30:15.250Z', zone: 'UTC' },
    { name: 'ISO without ms', value: '2026-01-19T10:00:00Z', picker: '2026-01-19T10:00:00', picked: '2026-02-01T08:30:15', written: '2026-02-01T08:30:15Z', zone: 'UTC' },
    { name: 'minutes only, the picker gives seconds', value: '2026-01-19T10:00Z', picker: '2026-01-19T10:00', picked: '2026-02-01T08:30:15', written: '2026-02-01T08:30Z', zone: 'UTC' },
    { name: 'date only', value: '2026-01-19', picker: '2026-01-19', picked: '2026-02-01', written: '2026-02-01', zone: 'date' },
    { name: 'offset kept with its colon', value: '2026-01-19T10:00:00+02:00', picker: '2026-01-19T10:00:00', picked: '2026-02-01T08:30:00', written: '2026-02-01T08:30:00+02:00', zone: 'UTC+02:00' },
    { name: 'offset without colon, space separator', value: '2026-01-19 10:00:00-0530', picker: '2026-01-19T10:00:00', picked: '2026-02-01T08:30', written: '2026-02-01 08:30:00-0530', zone: 'UTC-0530' },
    { name: 'no zone', value: '2026-01-19T10:00:00', picker: '2026-01-19T10:00:00', picked: '2026-02-01T08:30:00', written: '2026-02-01T08:30:00', zone: 'no zone' },
    { name: 'microseconds keep their digit count', value: '2026-01-19T10:00:00.123456Z', picker: '2026-01-19T10:00:00', picked: '2026-01-19T10:00:00.123', written: '2026-01-19T10:00:00.123000Z', zone: 'UTC' },
  ];
  for (const { name, value, picker, picked, written, zone } of cases) {
    it(name, () => {
      const format = parseDateFormat(value);
      expect(format).not.toBeNull();
      if (!format) return;
      expect(toPickerValue(value)).toBe(picker);
      expect(fromPickerValue(picked, format)).toBe(written);
      expect(zoneLabel(format)).toBe(zone);
      // Round trip: what the picker shows, written back over the value, is the value itself.
      expect(fromPickerValue(picker, format, value)).toBe(value);
    });
  }

  it('shows no milliseconds, and a changed minute keeps the file’s own', () => {
    const value = '2026-01-19T10:52:33.118Z';
    const format = parseDateFormat(value) ?? DEFAULT_DATE_FORMAT;
    expect(toPickerValue(value)).toBe('2026-01-19T10:52:33');
    expect(fromPickerValue('2026-01-19T10:53:33', format, value)).toBe('2026-01-19T10:53:33.118Z');
    // Without a value to keep them from, the format's digits are zeros.
    expect(fromPickerValue('2026-01-19T10:53:33', format)).toBe('2026-01-19T10:53:33.000Z');
  });

  it('refuses what is not an ISO date', () => {
    expect(parseDateFormat('19/01/2026')).toBeNull();
    expect(toPickerValue('yesterday')).toBeNull();
    expect(fromPickerValue('', DEFAULT_DATE_FORMAT)).toBeNull();
  });

  it('formats a moment in the file zone', () => {
    const moment = new Date('2026-03-04T23:30:05.007Z');
    expect(formatDate(moment, DEFAULT_DATE_FORMAT)).toBe('2026-03-04T23:30:05.007Z');
    expect(formatDate(moment, parseDateFormat('2026-01-19T10:00:00+02:00') ?? DEFAULT_DATE_FORMAT)).toBe('2026-03-05T01:30:05+02:00');
    expect(formatDate(moment, parseDateFormat('2026-01-19T10:00:00-05:30') ?? DEFAULT_DATE_FORMAT)).toBe('2026-03-04T18:00:05-05:30');
    // Date only and no zone are local time: noon UTC is the same day from UTC-11 to UTC+11.
    expect(formatDate(new Date('2026-03-04T12:00:00Z'), parseDateFormat('2026-01-19') ?? DEFAULT_DATE_FORMAT)).toBe('2026-03-04');
  });
});
