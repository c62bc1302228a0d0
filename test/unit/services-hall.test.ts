// Service halls: the 六有 checklist and the windows every hall should have.
import { describe, expect, it } from 'vitest';
import { checkServiceHall, type ServiceHallFacts } from '../../cms/src/domain/services/service-hall';
import { generateHalls } from '../../seeds/three-ones/halls-and-teams';

const full: ServiceHallFacts = {
  hasPremises: true, hasFacilities: true, hasStaff: true, hasRules: true, hasGuides: true, hasLedgers: true,
  windows: [{ kind: 'general' }, { kind: 'proxy' }, { kind: 'stationed', unit: 'police' }, { kind: 'stationed', unit: 'market' },
    { kind: 'stationed', unit: 'utilities' }],
};

describe('checkServiceHall', () => {
  it('passes a hall with all six and every window', () => {
    expect(checkServiceHall(full)).toEqual({ ok: true, findings: [] });
  });

  it('names each missing 六有 item', () => {
    const r = checkServiceHall({ ...full, hasGuides: false, hasLedgers: null });
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'six_haves_incomplete', message: '“六有”未达标：有指南、有台账' });
  });

  it('needs a 全科窗口 and a 综合代办 window', () => {
    const r = checkServiceHall({ ...full, windows: full.windows.filter((w) => w.kind === 'stationed') });
    expect(r.findings.map((f) => f.code)).toEqual(['general_window_missing', 'proxy_window_missing']);
  });

  it('warns about units not yet stationed or unknown, and refuses a stationed window without a unit', () => {
    const r = checkServiceHall({ ...full, windows: [{ kind: 'general' }, { kind: 'proxy' }, { kind: 'stationed', unit: 'tax' }, { kind: 'stationed' }] });
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['stationed_unit_unnamed', 'stationed_unit_unknown', 'stationed_unit_missing']);
    expect(r.findings[2].message).toBe('尚未进驻：公安、市监、水电气');
  });
});

describe('seeded halls', () => {
  it('are 13 and all meet the standard', () => {
    const halls = generateHalls();
    expect(halls).toHaveLength(13);
    for (const h of halls) expect(checkServiceHall(h).findings, h.name).toEqual([]);
  });
});
