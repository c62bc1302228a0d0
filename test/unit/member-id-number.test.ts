import { describe, expect, it } from 'vitest';
import { birthDateOf, checkCharacter, demoIdNumber, idNumberProblem, isMasked, maskIdNumber } from '../../cms/src/domain/members/id-number';

describe('ID numbers (GB 11643)', () => {
  it('computes the MOD 11-2 check character, X included', () => {
    // The standard's own example: 11010519491231002X
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('refuses a wrong length, a lower-case x, a bad date and a wrong check character, in Chinese', () => {
    expect(idNumberProblem('32132319800101123')).toMatch(/18 位/);
    expect(idNumberProblem('11010519491231002x')).toMatch(/18 位/);
    const bad = '321323' + '19800230' + '123';
    expect(idNumberProblem(bad + checkCharacter(bad))).toMatch(/出生日期/);
    const ok = demoIdNumber('1980-02-29', 'male', 3);
    expect(idNumberProblem(ok)).toBeNull();
    const wrong = ok.slice(0, 17) + (ok[17] === '0' ? '1' : '0');
    expect(idNumberProblem(wrong)).toMatch(/校验位/);
  });

  it('builds demo numbers from the birth date, with odd sequences for men and even for women', () => {
    const m = demoIdNumber('1975-06-01', 'male', 0);
    const f = demoIdNumber('1975-06-01', 'female', 0);
    expect(m.slice(0, 14)).toBe('32132319750601');
    expect(Number(m[16]) % 2).toBe(1);
    expect(Number(f[16]) % 2).toBe(0);
    expect(birthDateOf(f)).toBe('1975-06-01');
    expect(demoIdNumber('1975-06-01', 'male', 1)).not.toBe(m);
    expect(() => demoIdNumber('1975-06-01', 'male', 500)).toThrow();
  });

  it('masks all but the division code and the last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(isMasked(maskIdNumber('11010519491231002X'))).toBe(true);
    expect(isMasked('11010519491231002X')).toBe(false);
  });
});
