// One service hall and one enforcement team per township. Synthetic: every hall meets 六有 and has
// the windows the seed document names; every team meets the minimum (6 certified officers, auxiliaries
// 1:1) except where `shortfalls` asks for a gap, so the checks have something to show in a demo.
import { TOWNSHIPS } from '../townships';
import { intBetween, rng } from '../random';
import { personName } from '../names';
import type { ServiceHallFacts, ServiceWindow } from '../../cms/src/domain/services/service-hall';
import type { Officer } from '../../cms/src/domain/enforcement/team';

export interface HallSeed extends ServiceHallFacts {
  township: string;
  name: string;
}

export interface TeamSeed {
  township: string;
  name: string;
  officers: Officer[];
  auxiliaries: number;
}

export function generateHalls(): HallSeed[] {
  return TOWNSHIPS.map((t) => {
    const r = rng(Number(t.code) + 1);
    const generalCount = t.population > 60000 ? intBetween(r, 3, 5) : 2;
    const windows: ServiceWindow[] = [
      ...Array.from({ length: generalCount }, (_, i) => ({ kind: 'general' as const, name: `全科窗口${i + 1}` })),
      { kind: 'proxy', name: '综合代办窗口' },
      { kind: 'stationed', unit: 'police', name: '公安窗口' },
      { kind: 'stationed', unit: 'market', name: '市场监管窗口' },
      { kind: 'stationed', unit: 'utilities', name: '水电气窗口' },
    ];
    return { township: t.code, name: `${t.name}便民服务中心`, hasPremises: true, hasFacilities: true, hasStaff: true, hasRules: true,
      hasGuides: true, hasLedgers: true, windows };
  });
}

/** `shortfalls` maps a township code to how many certified officers it lacks (for demo findings). */
export function generateEnforcementTeams(shortfalls: Record<string, number> = {}): TeamSeed[] {
  return TOWNSHIPS.map((t) => {
    const r = rng(Number(t.code) + 2);
    const officers = Math.max(0, intBetween(r, 6, 9) - (shortfalls[t.code] ?? 0));
    return {
      township: t.code,
      name: `${t.name}综合行政执法局执法队`,
      officers: Array.from({ length: officers }, (_, i) => ({
        name: personName(r),
        certificateNo: `苏执SY${t.code.slice(-3)}${String(i + 1).padStart(3, '0')}`,
      })),
      auxiliaries: officers + intBetween(r, 0, 4),
    };
  });
}
