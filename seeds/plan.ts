// Builds the whole demo county as plain records keyed by natural codes; load.ts writes them to Strapi.
// Deterministic: the same options always produce the same records.
import { readFileSync } from 'fs';
import path from 'path';
import { TOWNSHIPS } from './townships';
import { rng, pick, intBetween, type Rng } from './random';
import { personName, phone, placeName, SPECIAL_KINDS } from './names';
import { memberProfile, type MemberProfile } from './member-profile';
import { requiredTemplate, type OfficeTemplate } from '../cms/src/domain/township-structure';
import { COMMITTEE_FROM_FULL_MEMBERS } from '../cms/src/domain/branch-rules';
import type { GridStandard } from '../cms/src/domain/grid-staffing';

export const CONFIG_DIR = path.resolve(__dirname, '..', 'config');
/** Dates are generated relative to a fixed day so reruns match. */
const REFERENCE_YEAR = 2026;
const BRANCH_TARGET_SIZE = 45;
const ORGAN_BRANCH_SIZE = 24;

export interface PlanOptions {
  /** Total members; the county has about 30,000. Tests may ask for fewer. */
  members?: number;
}

export type Ref = string | null;

export interface Plan {
  templates: Array<OfficeTemplate>;
  standards: GridStandard[];
  townships: Array<{ code: string; name: string; kind: string; population: number; populationSynthetic: boolean; officeTemplate: Ref;
    signagePosted: boolean; functionsHandedOver: boolean; staffAssigned: boolean; officesColocated: boolean }>;
  offices: Array<{ name: string; kind: string; township: Ref }>;
  grids: Array<{ code: string; name: string; kind: 'urban' | 'rural' | 'special'; township: Ref; village: string }>;
  organisations: Array<{ code: string; name: string; level: string; category: string; parent: Ref; township: Ref; grid: Ref;
    secretary: Ref; committeeSize: number }>;
  members: Array<{ code: string; name: string; gender: string; birthDate: string; joinedDate: string; status: string;
    partyOrganisation: Ref; partyGroup: Ref; grid: Ref; township: Ref; phone: string } & MemberProfile>;
  gridStaff: Array<{ name: string; role: string; grid: Ref; member: Ref; phone: string }>;
}

export function readConfig<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(CONFIG_DIR, file), 'utf8')) as T;
}

function date(year: number, r: Rng): string {
  const month = intBetween(r, 1, 12);
  const day = intBetween(r, 1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits `total` over `weights` so the parts add up exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

interface Place { name: string; kind: 'village' | 'community'; grids: string[] }

/** Where a branch's members mostly work: a village or community, or the township's offices. */
export interface Unit { kind: 'village' | 'community' | 'organ'; name: string }

export function buildPlan(options: PlanOptions = {}): Plan {
  const totalMembers = options.members ?? 30000;
  const templates = readConfig<{ templates: OfficeTemplate[] }>('office-templates.json').templates;
  const standards = readConfig<{ standards: GridStandard[] }>('grid-standards.json').standards;
  const plan: Plan = { templates, standards, townships: [], offices: [], grids: [], organisations: [], members: [], gridStaff: [] };

  const placesByTownship = new Map<string, Place[]>();
  for (const t of TOWNSHIPS) {
    const r = rng(Number(t.code));
    const template = requiredTemplate(t.population, templates);
    plan.townships.push({
      code: t.code, name: t.name, kind: t.kind, population: t.population, populationSynthetic: true,
      officeTemplate: template?.code ?? null,
      signagePosted: true, functionsHandedOver: true, staffAssigned: true, officesColocated: true,
    });
    for (const o of template?.offices ?? []) {
      plan.offices.push({ name: o.name, kind: o.kind, township: t.code });
    }

    // Villages hold about 3 rural grids, communities about 4 urban grids; special grids sit in either.
    const taken = new Set<string>();
    const places: Place[] = [];
    const addGrids = (kind: 'village' | 'community', count: number, perPlace: number, letter: 'R' | 'U', gridKind: 'rural' | 'urban') => {
      const placeCount = Math.ceil(count / perPlace);
      const mine: Place[] = [];
      for (let i = 0; i < placeCount; i++) mine.push({ name: placeName(r, kind, taken), kind, grids: [] });
      for (let i = 0; i < count; i++) {
        const place = mine[i % placeCount];
        const code = `${t.code}-${letter}${String(i + 1).padStart(3, '0')}`;
        place.grids.push(code);
        plan.grids.push({ code, name: `${place.name}第${place.grids.length}网格`, kind: gridKind, township: t.code, village: place.name });
      }
      places.push(...mine);
    };
    addGrids('community', t.grids.urban, 4, 'U', 'urban');
    addGrids('village', t.grids.rural, 3, 'R', 'rural');
    for (let i = 0; i < t.grids.special; i++) {
      const place = places[i % places.length];
      const code = `${t.code}-S${String(i + 1).padStart(3, '0')}`;
      place.grids.push(code);
      plan.grids.push({ code, name: `${place.name}${pick(r, SPECIAL_KINDS)}专属网格`, kind: 'special', township: t.code, village: place.name });
    }
    placesByTownship.set(t.code, places);
  }

  // Members are spread over places by grid count, after each township's organ branch takes its share.
  const allPlaces = TOWNSHIPS.flatMap((t) => placesByTownship.get(t.code)!.map((p) => ({ township: t.code, place: p })));
  const organTotal = Math.min(totalMembers, TOWNSHIPS.length * ORGAN_BRANCH_SIZE);
  const placeShares = apportion(totalMembers - organTotal, allPlaces.map((p) => p.place.grids.length));
  const placeMembers = new Map(allPlaces.map((p, i) => [p.place, placeShares[i]]));
  const organMembers = apportion(organTotal, TOWNSHIPS.map(() => 1));

  const r = rng(20201918);
  let memberSeq = 0;
  /** ID numbers are unique per birth day and gender: the n-th such member gets ordinal n. */
  const idOrdinals = new Map<string, number>();
  const newMember = (township: string, branch: string, group: string | null, grid: string | null, unit: Unit) => {
    memberSeq++;
    const birthYear = intBetween(r, 1945, 2004);
    const probationary = r() < 0.04;
    const joinedYear = probationary ? REFERENCE_YEAR - 1 : intBetween(r, Math.min(birthYear + 18, REFERENCE_YEAR - 2), REFERENCE_YEAR - 2);
    const base = {
      code: `SY${String(memberSeq).padStart(6, '0')}`,
      name: personName(r),
      gender: r() < 0.3 ? 'female' : 'male',
      birthDate: date(birthYear, r),
      joinedDate: date(joinedYear, r),
      status: probationary ? 'probationary' : 'full',
      partyOrganisation: branch, partyGroup: group, grid, township, phone: phone(r),
    };
    const idKey = `${base.birthDate}/${base.gender}`;
    const ordinal = idOrdinals.get(idKey) ?? 0;
    idOrdinals.set(idKey, ordinal + 1);
    // The profile draws from its own generator, so the fields above stay what they always were.
    const m = { ...base, ...memberProfile(memberSeq, base, unit, ordinal, REFERENCE_YEAR) };
    plan.members.push(m);
    return m;
  };
  const addBranch = (o: Omit<Plan['organisations'][number], 'secretary' | 'committeeSize'>, members: Array<{ group: string | null; grid: string | null }>, unit: Unit) => {
    const org = { ...o, secretary: null as Ref, committeeSize: 0 };
    plan.organisations.push(org);
    let full = 0;
    for (const slot of members) {
      const m = newMember(o.township!, o.code, slot.group, slot.grid, unit);
      if (m.status === 'full') {
        full++;
        org.secretary ??= m.code;
      }
    }
    org.committeeSize = full >= COMMITTEE_FROM_FULL_MEMBERS ? (full >= 30 ? 5 : 3) : 0;
  };

  const gridName = new Map(plan.grids.map((g) => [g.code, g.name]));
  TOWNSHIPS.forEach((t, ti) => {
    const committee = `${t.code}-C`;
    plan.organisations.push({ code: committee, name: `中共泗阳县${t.name}${t.kind === 'street' ? '工作委员会' : '委员会'}`, level: 'committee',
      category: 'other', parent: null, township: t.code, grid: null, secretary: null, committeeSize: 7 });
    addBranch({ code: `${t.code}-ORG`, name: `${t.name}机关党支部`, level: 'branch', category: 'organ', parent: committee, township: t.code, grid: null },
      Array.from({ length: organMembers[ti] }, () => ({ group: null, grid: null })), { kind: 'organ', name: `泗阳县${t.name}${t.kind === 'street' ? '办事处' : '人民政府'}` });

    placesByTownship.get(t.code)!.forEach((place, pi) => {
      const count = placeMembers.get(place)!;
      const prefix = `${t.code}-P${String(pi + 1).padStart(3, '0')}`;
      const category = place.kind;
      const branchCount = Math.max(1, Math.ceil(count / BRANCH_TARGET_SIZE));
      let parent = committee;
      if (branchCount > 1) {
        parent = `${prefix}-GB`;
        plan.organisations.push({ code: parent, name: `${place.name}党总支`, level: 'general_branch', category, parent: committee,
          township: t.code, grid: null, secretary: null, committeeSize: 5 });
      }
      // Grids go round-robin to the place's branches; each grid carries one party group (党小组建在网格).
      const groupsOf: Array<Array<{ group: string; grid: string }>> = Array.from({ length: branchCount }, () => []);
      place.grids.forEach((grid, gi) => groupsOf[gi % branchCount].push({ group: `${grid}-G`, grid }));
      const sizes = apportion(count, Array.from({ length: branchCount }, () => 1));
      for (let b = 0; b < branchCount; b++) {
        const code = `${prefix}-B${b + 1}`;
        const groups = groupsOf[b];
        const slots = Array.from({ length: sizes[b] }, (_, i) =>
          groups.length ? groups[i % groups.length] : { group: null, grid: pick(r, place.grids) });
        addBranch({ code, name: branchCount > 1 ? `${place.name}第${b + 1}党支部` : `${place.name}党支部`, level: 'branch', category, parent,
          township: t.code, grid: groups.length === 1 ? groups[0].grid : null }, slots, { kind: category, name: place.name });
        for (const g of groups) {
          plan.organisations.push({ code: g.group, name: `${gridName.get(g.grid)}党小组`, level: 'party_group', category, parent: code,
            township: t.code, grid: g.grid, secretary: null, committeeSize: 0 });
        }
      }
    });
  });

  // Staff per the grid's standard; urban grids get a few volunteers (the N); the chief is a member where one lives there.
  const firstMemberOfGrid = new Map<string, Plan['members'][number]>();
  for (const m of plan.members) if (m.grid && m.status === 'full' && !firstMemberOfGrid.has(m.grid)) firstMemberOfGrid.set(m.grid, m);
  const standardOf = new Map(standards.map((s) => [s.kind, s]));
  for (const g of plan.grids) {
    for (const role of standardOf.get(g.kind)?.roles ?? []) {
      const count = role.min > 0 ? role.min : intBetween(r, 1, 3);
      for (let i = 0; i < count; i++) {
        const chief = role.role === 'grid_chief' ? firstMemberOfGrid.get(g.code) : undefined;
        plan.gridStaff.push({ name: chief?.name ?? personName(r), role: role.role, grid: g.code, member: chief?.code ?? null,
          phone: chief?.phone ?? phone(r) });
      }
    }
  }
  return plan;
}
