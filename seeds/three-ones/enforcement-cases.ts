// Enforcement cases of a township for a year, synthetic: powers drawn mostly from the delegated
// catalogue (some joint ones), filed on days through the year, older cases further along the steps
// (立案 → 调查 → 决定 → 执行 → 结案), fines within the power's band (some decisions warn only).
import { addDays } from '../../cms/src/domain/calendar/days';
import { intBetween, pick, rng } from '../random';
import { personName } from '../names';
import type { PenaltyPowerSeed } from './penalty-powers';

export interface CaseSeed {
  powerCode: string;
  delegated: boolean;
  place: string;
  parties: string;
  facts: string;
  /** the days of the steps done, in order (length 1–5) */
  days: string[];
  fineYuan: number | null;
}

const PLACES = ['集镇主街', '农贸市场', '商业街区', '村部广场', '河道堤防', '省道沿线', '工业集中区', '居民小区', '学校周边', '村组道路'];
const FIRMS = ['商贸有限公司', '建材经营部', '餐饮店', '农资门市', '运输有限公司', '食品加工坊', '养殖场', '汽修店'];
const SHOP = ['鑫源', '恒达', '永盛', '金禾', '万家', '顺发', '宏图', '康乐', '富民', '润丰'];
/** Days each later step takes after the one before (调查, 决定, 执行, 结案). */
const GAPS: Array<[number, number]> = [[2, 12], [5, 20], [3, 15], [2, 10]];

/** A fine within the band, in steps of 50 yuan where the band allows; null for a warning only. */
function fineFor(r: () => number, p: PenaltyPowerSeed): number | null {
  if (p.fineMaxYuan == null || p.fineMaxYuan <= 0 || r() < 0.2) return null;
  const min = Math.max(p.fineMinYuan ?? 0, 1);
  const band = p.fineMaxYuan - min;
  const raw = min + Math.floor(r() * r() * (band + 1)); // skewed to the low end, as most fines are
  const rounded = Math.round(raw / 50) * 50;
  return rounded >= min && rounded <= p.fineMaxYuan ? rounded : raw;
}

export function generateEnforcementCases(township: { code: string; name: string }, powers: readonly PenaltyPowerSeed[], count: number, year: number, today: string): CaseSeed[] {
  const r = rng(Number(township.code) * 7 + year);
  const delegated = powers.filter((p) => p.delegated);
  const joint = powers.filter((p) => !p.delegated);
  const out: CaseSeed[] = [];
  const lastDay = today < `${year}-12-31` ? today : `${year}-12-31`;
  const span = Math.max(1, Math.round((Date.parse(lastDay) - Date.parse(`${year}-01-01`)) / 86400000));
  for (let i = 0; i < count; i++) {
    const power = joint.length && r() < 0.1 ? pick(r, joint) : pick(r, delegated);
    const days = [addDays(`${year}-01-01`, intBetween(r, 0, span - 1))];
    for (const [lo, hi] of GAPS) {
      const next = addDays(days[days.length - 1], intBetween(r, lo, hi));
      if (next > lastDay || r() < 0.06) break; // not yet, or held up
      days.push(next);
    }
    const firm = r() < 0.45;
    out.push({
      powerCode: power.code,
      delegated: power.delegated,
      place: `${township.name}${pick(r, PLACES)}`,
      parties: firm ? `泗阳县${pick(r, SHOP)}${pick(r, FIRMS)}` : personName(r),
      facts: `经巡查发现当事人涉嫌${power.name.replace(/^对/, '').replace(/的处罚$/, '')}，予以立案调查。`,
      days,
      fineYuan: days.length >= 3 ? fineFor(r, power) : null,
    });
  }
  return out;
}
