// The 党员信息 fields beyond name and dates: 民族, 学历, 身份证号, 工作单位/职务, 入党介绍人, 转正日期.
// Each member's profile comes from a generator seeded by their number, so adding fields here never
// shifts the names, dates and phones the main generator hands out. Photos are not seeded.
import { rng, pick } from './random';
import { personName } from './names';
import { demoIdNumber } from '../cms/src/domain/members/id-number';
import type { Unit } from './plan';

export interface MemberProfile {
  ethnicity: string;
  education: string;
  idNumber: string;
  employer: string;
  jobTitle: string;
  introducers: string;
  fullMemberDate: string | null;
}

// Siyang is almost entirely Han; the few others are the groups common in northern Jiangsu.
const MINORITIES = ['回族', '满族', '蒙古族', '壮族', '苗族', '土家族'];
const COUNTY_EMPLOYERS = ['泗阳县人民医院', '泗阳县实验小学', '泗阳县供电公司', '泗阳县农村商业银行', '泗阳县自来水公司', '个体经营'];
const VILLAGE_JOBS = ['村民', '村民', '村民', '种植户', '养殖户', '村民小组长'];
const COMMUNITY_JOBS = ['职工', '职工', '教师', '医生', '会计', '经营户'];
const ORGAN_JOBS = ['科员', '科员', '副科长', '科长', '办事员'];

function educationFor(birthYear: number, unit: Unit, x: number): string {
  if (unit.kind === 'organ') return x < 0.2 ? 'postgraduate' : x < 0.85 ? 'bachelor' : 'college';
  if (birthYear < 1960) return x < 0.6 ? 'junior_or_below' : x < 0.9 ? 'high_school' : 'secondary_vocational';
  if (birthYear < 1980) return x < 0.3 ? 'junior_or_below' : x < 0.6 ? 'high_school' : x < 0.8 ? 'secondary_vocational' : 'college';
  return x < 0.1 ? 'high_school' : x < 0.3 ? 'secondary_vocational' : x < 0.6 ? 'college' : x < 0.95 ? 'bachelor' : 'postgraduate';
}

function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-');
  return `${Number(y) + years}-${m}-${d}`;
}

export function memberProfile(
  seq: number,
  m: { gender: string; birthDate: string; joinedDate: string; status: string },
  unit: Unit,
  idOrdinal: number,
  referenceYear: number,
): MemberProfile {
  const r = rng(seq * 7919 + 104729);
  const birthYear = Number(m.birthDate.slice(0, 4));
  const retired = referenceYear - birthYear >= 60;
  const employer = unit.kind === 'community' ? pick(r, COUNTY_EMPLOYERS) : unit.name;
  const job = unit.kind === 'organ' ? pick(r, ORGAN_JOBS) : pick(r, unit.kind === 'village' ? VILLAGE_JOBS : COMMUNITY_JOBS);
  return {
    ethnicity: r() < 0.985 ? '汉族' : pick(r, MINORITIES),
    education: educationFor(birthYear, unit, r()),
    idNumber: demoIdNumber(m.birthDate, m.gender === 'female' ? 'female' : 'male', idOrdinal),
    employer,
    jobTitle: retired && unit.kind !== 'organ' ? '退休' : job,
    introducers: `${personName(r)}、${personName(r)}`,
    // A probationary member becomes full a year after joining, if the branch agrees.
    fullMemberDate: m.status === 'full' ? addYears(m.joinedDate, 1) : null,
  };
}
