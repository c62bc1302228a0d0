// Administrative penalty powers (行政处罚权). A power delegated to townships is enforced by the
// township team; one that is not is enforced jointly by county and township (县乡联动).
// Fines are whole yuan within the power's discretion band (裁量范围).
import { result, type CheckResult, type Finding } from '../check-result';

export type EnforcementMode = 'township' | 'joint';

export const MODE_LABELS: Record<EnforcementMode, string> = { township: '乡镇执法', joint: '县乡联动执法' };

export interface PenaltyPower {
  code: string;
  name: string;
  legalBasis: string;
  department: string;
  /** Delegation batch 1–3; null for a power that stays with the county. */
  batch: number | null;
  delegated: boolean;
  /** Null on both ends: the power carries no fine (e.g. 警告, 责令改正 only). */
  fineMinYuan: number | null;
  fineMaxYuan: number | null;
}

export function enforcementMode(power: Pick<PenaltyPower, 'delegated'>): EnforcementMode {
  return power.delegated ? 'township' : 'joint';
}

/** Null when `fineYuan` (null = no fine) fits the power's band, else a Chinese message. */
export function fineProblem(fineYuan: number | null | undefined, power: Pick<PenaltyPower, 'fineMinYuan' | 'fineMaxYuan'>): string | null {
  if (fineYuan == null) return null;
  if (!Number.isSafeInteger(fineYuan) || fineYuan <= 0) return `罚款金额应为正整数元：${fineYuan}`;
  if (power.fineMaxYuan == null) return '该处罚事项没有罚款';
  const min = power.fineMinYuan ?? 0;
  if (fineYuan < min || fineYuan > power.fineMaxYuan) {
    return `罚款 ${fineYuan} 元超出裁量范围 ${min}–${power.fineMaxYuan} 元`;
  }
  return null;
}

export function checkPenaltyPower(p: PenaltyPower): CheckResult {
  const findings: Finding[] = [];
  if (!p.code?.trim() || !p.name?.trim()) findings.push({ code: 'code_and_name_required', severity: 'error', message: '处罚事项应有编码和名称' });
  if (!p.legalBasis?.trim()) findings.push({ code: 'legal_basis_required', severity: 'error', message: '处罚事项应写明法律依据' });
  if (p.delegated && !(p.batch === 1 || p.batch === 2 || p.batch === 3)) {
    findings.push({ code: 'batch_invalid', severity: 'error', message: `赋权批次应为第一、二、三批：${p.batch}`, params: { batch: p.batch } });
  }
  const { fineMinYuan: min, fineMaxYuan: max } = p;
  if ((min == null) !== (max == null)) {
    findings.push({ code: 'fine_band_incomplete', severity: 'error', message: '罚款裁量范围应同时写明下限和上限' });
  } else if (min != null && max != null) {
    if (![min, max].every((x) => Number.isSafeInteger(x) && x >= 0) || min > max) {
      findings.push({ code: 'fine_band_invalid', severity: 'error', message: `罚款裁量范围无效：${min}–${max} 元`, params: { min, max } });
    }
  }
  return result(findings);
}
