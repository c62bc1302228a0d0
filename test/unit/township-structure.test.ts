import { describe, expect, it } from 'vitest';
import { checkTownship, compareOffices, requiredTemplate, type OfficeTemplate } from '../../cms/src/domain/township-structure';
import { readConfig } from '../../seeds/plan';

const templates = readConfig<{ templates: OfficeTemplate[] }>('office-templates.json').templates;
const big = templates.find((t) => t.code === '1-7-1')!;
const mid = templates.find((t) => t.code === '1-6-1')!;
const allDone = { signagePosted: true, functionsHandedOver: true, staffAssigned: true, officesColocated: true };

describe('requiredTemplate', () => {
  it('gives 一办七局一中心 above 60,000 and 一办六局一中心 from 40,000 to 60,000', () => {
    expect(requiredTemplate(60001, templates)?.name).toBe('一办七局一中心');
    expect(requiredTemplate(182000, templates)?.name).toBe('一办七局一中心');
    expect(requiredTemplate(60000, templates)?.name).toBe('一办六局一中心');
    expect(requiredTemplate(40000, templates)?.name).toBe('一办六局一中心');
    expect(requiredTemplate(39999, templates)).toBeNull();
  });

  it('holds 1 office, 7 or 6 bureaus and 1 centre', () => {
    const shape = (t: OfficeTemplate) => ['office', 'bureau', 'centre'].map((k) => t.offices.filter((o) => o.kind === k).length);
    expect(shape(big)).toEqual([1, 7, 1]);
    expect(shape(mid)).toEqual([1, 6, 1]);
  });
});

describe('compareOffices', () => {
  it('reports missing, foreign and duplicate offices', () => {
    const actual = [...mid.offices.slice(1), { name: '招商局', kind: 'bureau' as const }, mid.offices[2]];
    expect(compareOffices(actual, mid)).toEqual({ missing: ['党政办公室'], extra: ['招商局', mid.offices[2].name] });
  });
});

describe('checkTownship', () => {
  it('passes a township whose offices and checklist are complete', () => {
    expect(checkTownship({ population: 70000, templateCode: '1-7-1', offices: big.offices, ...allDone }, templates)).toEqual({
      ok: true, findings: [], requiredTemplate: '1-7-1',
    });
  });

  it('fails a township on the wrong template, and warns about 四个到位 items not done', () => {
    const r = checkTownship({ population: 70000, templateCode: '1-6-1', offices: mid.offices, ...allDone, officesColocated: false }, templates);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['wrong_template', 'offices_missing', 'four_in_place_incomplete']);
    expect(r.findings[2].message).toBe('四个到位未完成：集中办公');
  });

  it('only warns when no template covers the population', () => {
    const r = checkTownship({ population: 1000, offices: [], ...allDone }, templates);
    expect(r).toMatchObject({ ok: true, requiredTemplate: null });
    expect(r.findings[0].code).toBe('no_template_for_population');
  });
});
