import { basename } from 'node:path';
import type { RegistryFileInfo } from '../registry-record';

/** What a registry file's names tell; fileDate is null when they tell no date. */
export type RegistryFileNaming = Omit<RegistryFileInfo, 'fileDate'> & { fileDate: string | null };

/** An increment covers a week; the monthly file covers everything since May 2005. */
const longestWeeklyDays = 8;
const dayMs = 24 * 60 * 60 * 1000;

/**
 * Reads a registry file's date and coverage from its names: `csvName` is the main CSV's
 * ("npidata_pfile_20050523-20251109.csv"), `containerName` the file the user chose (the zip,
 * "NPPES_Data_Dissemination_110325_110925_Weekly.zip", or the CSV itself).
 *  - A date range: the file is of its end date; a range of 8 days or less is a weekly increment.
 *  - Else one 8-digit date in the CSV's name: that date.
 *  - Either name saying "weekly" makes it weekly.
 * Without a date the reader uses the latest "Last Update Date" in the rows.
 */
export function registryFileNaming(csvName: string, containerName: string): RegistryFileNaming {
  const fileName = basename(csvName);
  const saysWeekly = /weekly/i.test(basename(containerName)) || /weekly/i.test(fileName);
  const range = /(?<!\d)(\d{8})-(\d{8})(?!\d)/.exec(fileName);
  const start = range ? isoDateOfDigits(range[1]!) : null;
  const end = range ? isoDateOfDigits(range[2]!) : null;
  if (start !== null && end !== null && start <= end) {
    const days = (Date.parse(end) - Date.parse(start)) / dayMs;
    return { fileName, fileDate: end, coverage: saysWeekly || days <= longestWeeklyDays ? 'weekly' : 'full' };
  }
  const dates = fileName.match(/(?<!\d)\d{8}(?!\d)/g) ?? [];
  const single = dates.length === 1 ? isoDateOfDigits(dates[0]) : null;
  return { fileName, fileDate: single, coverage: saysWeekly ? 'weekly' : 'full' };
}

/** YYYYMMDD as YYYY-MM-DD when it is a real day, else null. */
function isoDateOfDigits(digits: string): string | null {
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso ? null : iso;
}
