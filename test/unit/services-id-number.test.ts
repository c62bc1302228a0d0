// Resident ID numbers: the GB 11643 check character, and masking for lists.
import { describe, expect, it } from 'vitest';
import { idCheckChar, idNumberProblem, isValidIdNumber, maskIdNumber } from '../../cms/src/domain/services/id-number';
import { fictitiousIdNumber } from '../../seeds/three-ones/ids';
import { rng } from '../../seeds/random';

describe('idNumberProblem (GB 11643)', () => {
  it('accepts the standard example with X, in either case, and a computed one', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('321323199001011236')).toBe(true);
  });

  it('rejects a wrong check character, each digit off by one', () => {
    expect(idNumberProblem('321323199001011235')).toBe('身份证号码校验码不正确');
    const good = '321323199001011236';
    for (let i = 0; i < 17; i++) {
      const changed = good.slice(0, i) + String((Number(good[i]) + 1) % 10) + good.slice(i + 1);
      if (changed.slice(6, 14) === good.slice(6, 14)) expect(isValidIdNumber(changed), changed).toBe(false);
    }
  });

  it('rejects wrong lengths, letters and impossible or future birth dates', () => {
    expect(idNumberProblem('32132319900101123')).toMatch(/18 位/);
    expect(idNumberProblem('3213231990010112361')).toMatch(/18 位/);
    expect(idNumberProblem('32132319900101A236')).toMatch(/18 位/);
    const withBirth = (birth: string) => {
      const first17 = `321323${birth}123`;
      return first17 + idCheckChar(first17);
    };
    expect(idNumberProblem(withBirth('19900230'))).toMatch(/出生日期无效/);
    expect(idNumberProblem(withBirth('18991231'))).toMatch(/出生日期无效/);
    expect(idNumberProblem(withBirth('20300101'), '2026-06-01')).toMatch(/晚于今天/);
    expect(idNumberProblem(withBirth('20260601'), '2026-06-01')).toBeNull();
  });

  it('is what the seed generator produces, with an address code no county has', () => {
    const r = rng(1);
    for (let i = 0; i < 500; i++) {
      const id = fictitiousIdNumber(r);
      expect(isValidIdNumber(id), id).toBe(true);
      expect(id.startsWith('329901')).toBe(true);
    }
  });
});

describe('maskIdNumber', () => {
  it('shows the first and last four characters only', () => {
    expect(maskIdNumber('321323199001011234')).toBe('3213**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('hides short values completely', () => {
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('')).toBe('');
  });
});
