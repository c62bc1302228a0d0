// 布局整合: which office template a township needs, whether its offices match it, and 四个到位.
import { result, type CheckResult, type Finding } from './check-result';

export interface OfficeSpec {
  name: string;
  kind: 'office' | 'bureau' | 'centre';
}

export interface OfficeTemplate {
  code: string;
  name: string;
  minPopulation: number;
  maxPopulation?: number | null;
  offices: OfficeSpec[];
}

/** The template whose population band holds `population` (bands are inclusive), or null. */
export function requiredTemplate(population: number, templates: OfficeTemplate[]): OfficeTemplate | null {
  return (
    templates.find(
      (t) => population >= t.minPopulation && (t.maxPopulation == null || population <= t.maxPopulation),
    ) ?? null
  );
}

export interface OfficeComparison {
  missing: string[];
  extra: string[];
}

/** Compares offices by name; duplicate names count as extra. */
export function compareOffices(actual: OfficeSpec[], template: OfficeTemplate): OfficeComparison {
  const wanted = new Set(template.offices.map((o) => o.name));
  const seen = new Set<string>();
  const extra: string[] = [];
  for (const o of actual) {
    if (!wanted.has(o.name) || seen.has(o.name)) extra.push(o.name);
    seen.add(o.name);
  }
  const missing = template.offices.map((o) => o.name).filter((n) => !seen.has(n));
  return { missing, extra };
}

/** 四个到位: 机构挂牌, 职能交接, 人员配备, 集中办公. */
export const FOUR_IN_PLACE = [
  { field: 'signagePosted', label: '机构挂牌' },
  { field: 'functionsHandedOver', label: '职能交接' },
  { field: 'staffAssigned', label: '人员配备' },
  { field: 'officesColocated', label: '集中办公' },
] as const;

export type FourInPlace = Partial<Record<(typeof FOUR_IN_PLACE)[number]['field'], boolean | null>>;

export interface TownshipFacts extends FourInPlace {
  population: number;
  templateCode?: string | null;
  offices: OfficeSpec[];
}

export function checkTownship(t: TownshipFacts, templates: OfficeTemplate[]): CheckResult & { requiredTemplate: string | null } {
  const findings: Finding[] = [];
  const needed = requiredTemplate(t.population, templates);
  if (!needed) {
    findings.push({
      code: 'no_template_for_population',
      severity: 'warning',
      message: `人口 ${t.population} 不在任何机构设置模板的适用范围内`,
      params: { population: t.population },
    });
  } else {
    if (t.templateCode && t.templateCode !== needed.code) {
      findings.push({
        code: 'wrong_template',
        severity: 'error',
        message: `人口 ${t.population} 应设置“${needed.name}”`,
        params: { required: needed.code, actual: t.templateCode },
      });
    }
    const { missing, extra } = compareOffices(t.offices, needed);
    if (missing.length) {
      findings.push({
        code: 'offices_missing',
        severity: 'error',
        message: `缺少内设机构：${missing.join('、')}`,
        params: { missing },
      });
    }
    if (extra.length) {
      findings.push({
        code: 'offices_extra',
        severity: 'warning',
        message: `模板外或重复的机构：${extra.join('、')}`,
        params: { extra },
      });
    }
  }
  const notDone = FOUR_IN_PLACE.filter((item) => !t[item.field]).map((item) => item.label);
  if (notDone.length) {
    findings.push({
      code: 'four_in_place_incomplete',
      severity: 'warning',
      message: `四个到位未完成：${notDone.join('、')}`,
      params: { notDone },
    });
  }
  return { ...result(findings), requiredTemplate: needed?.code ?? null };
}
