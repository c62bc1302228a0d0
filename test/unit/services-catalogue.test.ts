// The first batch of delegated items and the year of approval cases generated from it.
import { describe, expect, it } from 'vitest';
import { APPROVAL_ITEMS } from '../../seeds/three-ones/approval-items';
import { COUNTY_DEPARTMENTS } from '../../seeds/three-ones/departments';
import { generateApprovalCases } from '../../seeds/three-ones/approval-cases';
import { TOWNSHIPS } from '../../seeds/townships';
import { checkApprovalItem, STATUTORY_MAX_DAYS } from '../../cms/src/domain/services/approval-item';
import { caseDeadline } from '../../cms/src/domain/services/approval-case';
import { isValidIdNumber, maskIdNumber } from '../../cms/src/domain/services/id-number';
import { chinaDay, chinaTime, instantMs } from '../../cms/src/domain/calendar/days';
import { loadWorkingCalendar } from '../../seeds/three-ones/rules';

const cal = loadWorkingCalendar();

describe('first batch of delegated items', () => {
  it('has exactly 135 items with unique codes and names, all batch 1', () => {
    expect(APPROVAL_ITEMS).toHaveLength(135);
    expect(new Set(APPROVAL_ITEMS.map((i) => i.code)).size).toBe(135);
    expect(new Set(APPROVAL_ITEMS.map((i) => i.name)).size).toBe(135);
    expect(APPROVAL_ITEMS.every((i) => i.batch === 1)).toBe(true);
  });

  it('passes the item check, within the statutory limit, from known departments', () => {
    const names = new Set(COUNTY_DEPARTMENTS.map((d) => d.shortName));
    for (const item of APPROVAL_ITEMS) {
      expect(checkApprovalItem(item).findings, item.name).toEqual([]);
      expect(item.timeLimitDays).toBeLessThanOrEqual(STATUTORY_MAX_DAYS);
      expect(names.has(item.department), item.department).toBe(true);
      expect(item.materials.slice(0, 2)).toEqual(['申请表', '申请人身份证件']);
    }
    expect(APPROVAL_ITEMS.some((i) => i.onSiteCheck)).toBe(true);
    expect(APPROVAL_ITEMS.some((i) => !i.onSiteCheck)).toBe(true);
  });
});

describe('generated approval cases', () => {
  const cases = generateApprovalCases();

  it('are 5,077 over the 13 halls, bigger townships busier', () => {
    expect(cases).toHaveLength(5077);
    expect(new Set(cases.map((c) => c.code)).size).toBe(5077);
    const per = new Map<string, number>();
    for (const c of cases) per.set(c.township, (per.get(c.township) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual(TOWNSHIPS.map((t) => t.code).sort());
    expect(per.get('321323001')!).toBeGreaterThan(per.get('321323200')!);
  });

  it('are deterministic, and a different seed gives different cases', () => {
    expect(generateApprovalCases({ count: 300 })).toEqual(generateApprovalCases({ count: 300 }));
    expect(generateApprovalCases({ count: 300, seed: 2 })).not.toEqual(generateApprovalCases({ count: 300 }));
  });

  it('keep every rule of the two-step case', () => {
    const items = new Map(APPROVAL_ITEMS.map((i) => [i.code, i]));
    for (const c of cases) {
      const item = items.get(c.item)!;
      expect(c.timeLimitDays).toBe(item.timeLimitDays);
      if (c.status === 'refused') {
        expect(c.receivedAt).toBeNull();
        expect(c.reason).toBeTruthy();
        continue;
      }
      expect(c.deadline).toBe(caseDeadline(c.receivedAt!, item.timeLimitDays, cal));
      if (c.status === 'received') expect(c.closedAt).toBeNull();
      else {
        expect(instantMs(c.closedAt!)).toBeGreaterThanOrEqual(instantMs(c.receivedAt!));
        expect(c.onTime).toBe(chinaDay(c.closedAt!) <= c.deadline!);
      }
      if (c.status === 'returned') expect(c.reason).toBeTruthy();
      if (c.satisfaction != null) {
        expect(c.status).toBe('finished');
        expect([1, 2, 3, 4, 5]).toContain(c.satisfaction);
      }
      expect(isValidIdNumber(c.applicantIdNumber)).toBe(true);
      expect(maskIdNumber(c.applicantIdNumber)).toMatch(/^3299\*{10}\d{3}[\dX]$/);
      if (c.window === 'stationed') expect(['police', 'market', 'utilities']).toContain(c.windowUnit);
    }
  });

  it('are mostly finished on time, with some late, returned, refused and still open', () => {
    const count = (pred: (c: (typeof cases)[number]) => boolean) => cases.filter(pred).length;
    expect(count((c) => c.status === 'finished' && c.onTime === true)).toBeGreaterThan(4000);
    for (const pred of [(c: (typeof cases)[number]) => c.onTime === false, (c: (typeof cases)[number]) => c.status === 'returned',
      (c: (typeof cases)[number]) => c.status === 'refused', (c: (typeof cases)[number]) => c.status === 'received']) {
      expect(count(pred)).toBeGreaterThan(0);
      expect(count(pred)).toBeLessThan(500);
    }
  });

  it('leave recent cases open when taken mid-year', () => {
    const asOf = chinaTime('2026-06-30', '12:00');
    const mid = generateApprovalCases({ count: 1000, asOf });
    expect(mid.every((c) => instantMs((c.receivedAt ?? c.closedAt)!) <= instantMs(asOf))).toBe(true);
    expect(mid.every((c) => !c.closedAt || instantMs(c.closedAt) <= instantMs(asOf))).toBe(true);
    expect(mid.filter((c) => c.status === 'received').length).toBeGreaterThan(0);
  });
});
