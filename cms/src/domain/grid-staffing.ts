// Grid staffing against its standard (rural 1+4, urban 1+3+N). The standard itself is data.
import { result, type CheckResult, type Finding } from './check-result';

export interface RoleStandard {
  role: string;
  label: string;
  min: number;
  max?: number | null;
  visit?: string;
}

export interface GridStandard {
  kind: string;
  name: string;
  roles: RoleStandard[];
}

/** Counts staff per role and reports shortfalls, surpluses and roles the standard does not know. */
export function checkGridStaffing(staffRoles: string[], standard: GridStandard | null | undefined): CheckResult {
  const findings: Finding[] = [];
  if (!standard) {
    findings.push({ code: 'no_standard', severity: 'warning', message: '该类网格没有配备标准' });
    return result(findings);
  }
  const counts = new Map<string, number>();
  for (const r of staffRoles) counts.set(r, (counts.get(r) ?? 0) + 1);
  for (const std of standard.roles) {
    const have = counts.get(std.role) ?? 0;
    if (have < std.min) {
      findings.push({
        code: 'role_missing',
        severity: 'error',
        message: `${std.label}应至少 ${std.min} 名，现有 ${have} 名`,
        params: { role: std.role, min: std.min, have },
      });
    }
    if (std.max != null && have > std.max) {
      findings.push({
        code: 'role_surplus',
        severity: 'warning',
        message: `${std.label}最多 ${std.max} 名，现有 ${have} 名`,
        params: { role: std.role, max: std.max, have },
      });
    }
  }
  const known = new Set(standard.roles.map((r) => r.role));
  const unknown = [...counts.keys()].filter((r) => !known.has(r));
  if (unknown.length) {
    findings.push({
      code: 'role_unknown',
      severity: 'warning',
      message: `标准中没有的岗位：${unknown.join('、')}`,
      params: { roles: unknown },
    });
  }
  return result(findings);
}

/** The short formula of a standard, e.g. "1+4" or "1+3+N". */
export function staffingFormula(standard: GridStandard): string {
  const [chief, ...rest] = standard.roles;
  const fixed = rest.filter((r) => r.min > 0).length;
  const open = rest.some((r) => r.min === 0);
  return [String(chief?.min ?? 0), String(fixed), ...(open ? ['N'] : [])].join('+');
}
