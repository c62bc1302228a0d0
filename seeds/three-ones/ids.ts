// Fictitious resident ID numbers for seeded applicants. The address code 329901 belongs to no
// county (Jiangsu's prefectures stop at 13), so a seeded number can never be a real person's,
// yet it passes the GB 11643 checksum like a real one.
import { intBetween, type Rng } from '../random';
import { idCheckChar } from '../../cms/src/domain/services/id-number';

export const FICTITIOUS_ADDRESS_CODE = '329901';

export function fictitiousIdNumber(r: Rng, birthYearFrom = 1950, birthYearTo = 2005): string {
  const year = intBetween(r, birthYearFrom, birthYearTo);
  const month = String(intBetween(r, 1, 12)).padStart(2, '0');
  const day = String(intBetween(r, 1, 28)).padStart(2, '0');
  const seq = String(intBetween(r, 0, 999)).padStart(3, '0');
  const first17 = `${FICTITIOUS_ADDRESS_CODE}${year}${month}${day}${seq}`;
  return first17 + idCheckChar(first17);
}
