// A check's outcome as the API shows it: machine-readable codes plus a Chinese message for the panel.
export type Severity = 'error' | 'warning';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  params?: Record<string, unknown>;
}

export interface CheckResult {
  ok: boolean;
  findings: Finding[];
}

export function result(findings: Finding[]): CheckResult {
  return { ok: !findings.some((f) => f.severity === 'error'), findings };
}
