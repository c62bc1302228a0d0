// A township's service hall (便民服务中心): the 六有 standard and its windows. The seed document names
// the windows every hall has (全科窗口, 综合代办) and the units that moved in (公安, 市监, 水电气).
import { result, type CheckResult, type Finding } from '../check-result';

export const SIX_HAVES = [
  { field: 'hasPremises', label: '有场所' },
  { field: 'hasFacilities', label: '有设施' },
  { field: 'hasStaff', label: '有人员' },
  { field: 'hasRules', label: '有制度' },
  { field: 'hasGuides', label: '有指南' },
  { field: 'hasLedgers', label: '有台账' },
] as const;

export type SixHaves = Partial<Record<(typeof SIX_HAVES)[number]['field'], boolean | null>>;

export type WindowKind = 'general' | 'proxy' | 'stationed';

export const WINDOW_KINDS: Record<WindowKind, string> = {
  general: '全科窗口',
  proxy: '综合代办窗口',
  stationed: '部门进驻窗口',
};

export const STATIONED_UNITS = [
  { code: 'police', label: '公安' },
  { code: 'market', label: '市监' },
  { code: 'utilities', label: '水电气' },
] as const;

export interface ServiceWindow {
  kind: WindowKind;
  /** For a stationed window: which unit sits there (see STATIONED_UNITS). */
  unit?: string | null;
  name?: string | null;
}

export interface ServiceHallFacts extends SixHaves {
  windows: ServiceWindow[];
}

export function checkServiceHall(hall: ServiceHallFacts): CheckResult {
  const findings: Finding[] = [];
  const missing = SIX_HAVES.filter((item) => !hall[item.field]).map((item) => item.label);
  if (missing.length) {
    findings.push({ code: 'six_haves_incomplete', severity: 'error', message: `“六有”未达标：${missing.join('、')}`, params: { missing } });
  }
  for (const kind of ['general', 'proxy'] as const) {
    if (!hall.windows.some((w) => w.kind === kind)) {
      findings.push({ code: `${kind}_window_missing`, severity: 'error', message: `未设置${WINDOW_KINDS[kind]}`, params: { kind } });
    }
  }
  const known = new Set<string>(STATIONED_UNITS.map((u) => u.code));
  const stationed = hall.windows.filter((w) => w.kind === 'stationed');
  if (stationed.some((w) => !w.unit)) {
    findings.push({ code: 'stationed_unit_unnamed', severity: 'error', message: '部门进驻窗口应写明进驻单位' });
  }
  const unknown = [...new Set(stationed.map((w) => w.unit).filter((u): u is string => !!u && !known.has(u)))];
  if (unknown.length) {
    findings.push({ code: 'stationed_unit_unknown', severity: 'warning', message: `未登记的进驻单位：${unknown.join('、')}`, params: { units: unknown } });
  }
  const present = new Set(stationed.map((w) => w.unit));
  const absent = STATIONED_UNITS.filter((u) => !present.has(u.code));
  if (absent.length) {
    findings.push({
      code: 'stationed_unit_missing',
      severity: 'warning',
      message: `尚未进驻：${absent.map((u) => u.label).join('、')}`,
      params: { units: absent.map((u) => u.code) },
    });
  }
  return result(findings);
}
