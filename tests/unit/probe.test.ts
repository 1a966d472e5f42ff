import { it } from 'vitest';
import { findDates } from '../../lib/metadata/dates.ts';
import { resolveEventDate } from '../../lib/facts/event-date.ts';
import { fixtureSlugs, fixtureDocument } from './dom.ts';
import { quickScan } from '../../lib/page/quick-scan.ts';
it('probe', () => {
  for (const s of ["19-02-2021", "15.05.2025", "2024-04-19", "19 October 2022", "October 19, 2022", "AUG 22", "19 oktyabr 2022", "15 мая 2025", "22 Agustus 2025", "12 de marzo de 2024", "He led 3 delegations", "on 3 May", "may 5", "in March 2024", "March 3rd", "5th of May", "15 мая 2025 года"])
    console.log(JSON.stringify(s), JSON.stringify(findDates(s)));
  const t = 'The Ombudsman met the Ambassador on August 20 in Baku to discuss the cooperation between institutions.';
  console.log(resolveEventDate(t, '2024-08-22'), resolveEventDate(t, '2024-01-05'), resolveEventDate(t, null));
  for (const s of fixtureSlugs()) console.log(s, JSON.stringify(quickScan(fixtureDocument(s))));
});
