// Write rules of the enforcement area (综合执法) on every API (REST, the bridge, Strapi's admin):
// - a penalty power is checked as the domain says (legal basis, batch, fine band); its delegation
//   cannot change once cases use it, since their mode follows it;
// - a team is one per township; its officers are a checked list and its staffing check
//   (≥ 6 certified officers, auxiliaries ≥ 1:1) is recomputed and kept on every write — a short
//   team is recorded with a finding, not refused, as the grid staffing standard does;
// - a case's township anchors its scope; its team and mode (乡镇 or 县乡联动) are derived, never sent;
//   its steps advance only one at a time in order (立案 → 调查 → 决定 → 执行 → 结案) with a day each,
//   and the fine is set at the decision within the power's band.
// Runs inside the write's transaction (write-guard), which also audits it, so a refusal writes nothing.
import type { Core } from '@strapi/strapi';
import { forbid, refuse } from '../meetings/access';
import { advanceEnforcementCase, openEnforcementCase } from '../domain/enforcement/case-steps';
import { checkPenaltyPower, enforcementMode } from '../domain/enforcement/powers';
import { checkEnforcementTeam, type Officer } from '../domain/enforcement/team';
import { chinaDay } from '../domain/calendar/days';
import { refOf, sameValue, whereOf, type Ref } from '../meetings/refs';
import { caseOf, CASE, dayInstant, dayOf, enforcementRules, nullableInt, POWER, powerOf, stepField, TEAM } from '../enforcement/rules';

type Ctx = { uid: string; action: string; params: any };
type Row = Record<string, any>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Drops fields sent back unchanged; refuses a changed one with `message`. */
function unchangedOnly(data: Row, before: Row | null, fields: string[], message: (f: string) => string) {
  for (const f of fields) {
    if (!(f in data)) continue;
    if (data[f] == null && (!before || before[f] == null)) { delete data[f]; continue; }
    if (before && sameValue(before[f], data[f])) { delete data[f]; continue; }
    refuse(message(f), { field: f, code: 'server_field' });
  }
}

function officersOf(v: unknown): Officer[] {
  let list = v;
  if (list == null) return [];
  if (typeof list === 'string') {
    try { list = JSON.parse(list); } catch { refuse('行政执法人员应为列表', { field: 'officers' }); }
  }
  if (!Array.isArray(list) || list.length > 200) refuse('行政执法人员应为列表（最多 200 名）', { field: 'officers' });
  return (list as unknown[]).map((x, i) => {
    const o = (x && typeof x === 'object' && !Array.isArray(x) ? x : refuse(`第 ${i + 1} 名执法人员格式有误`, { field: 'officers', index: i })) as Row;
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    if (!name || name.length > 50) refuse(`第 ${i + 1} 名执法人员应填写姓名（50 字以内）`, { field: 'officers', index: i });
    const no = o.certificateNo == null || o.certificateNo === '' ? null : String(o.certificateNo).trim();
    if (no != null && no.length > 40) refuse(`第 ${i + 1} 名执法人员的执法证件号过长`, { field: 'officers', index: i });
    return { name, certificateNo: no || null };
  });
}

export function enforcementWrites(strapi: Core.Strapi) {
  const query = (uid: string) => strapi.db.query(uid as any);
  const findRef = async (uid: string, ref: Ref | null, populate?: Row) => (ref ? query(uid).findOne({ where: whereOf(ref), populate }) : null);

  const power = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('处罚事项不能复制');
    const before: Row | null = ctx.action === 'create' ? null : await query(POWER).findOne({ where: { documentId: ctx.params?.documentId } });
    if (ctx.action !== 'create' && !before) return next();
    const used = before ? await query(CASE).count({ where: { power: before.id } }) : 0;
    if (ctx.action === 'delete') {
      if (used) refuse(`已有 ${used} 件执法案件适用该事项，不能删除`, { code: 'power_in_use' });
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    // Every power belongs to the county department that delegated it (or keeps it).
    if (!before || 'department' in data) {
      const dept = await findRef('api::county-department.county-department', refOf(data.department));
      if (!dept) refuse('请选择处罚事项所属的县直部门', { field: 'department', code: 'relation_required' });
    }
    const merged = { ...(before ?? {}), ...data };
    const facts = { ...powerOf(merged), delegated: merged.delegated == null ? true : merged.delegated === true || merged.delegated === 'true' };
    if (before && used && facts.delegated !== !!before.delegated) {
      refuse(`已有 ${used} 件执法案件适用该事项，不能改变是否赋权（案件的执法方式由此决定）`, { field: 'delegated', code: 'power_in_use' });
    }
    if (!facts.delegated && facts.batch != null) refuse('未赋权乡镇的事项没有赋权批次', { field: 'batch', code: 'batch_invalid' });
    const check = checkPenaltyPower(facts);
    const bad = check.findings.find((f) => f.severity === 'error');
    if (bad) refuse(bad.message, { field: bad.code.startsWith('fine') ? 'fineMaxYuan' : bad.code.startsWith('batch') ? 'batch' : 'legalBasis', code: bad.code });
    return next();
  };

  const team = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('执法队伍不能复制');
    const before: Row | null = ctx.action === 'create' ? null : await query(TEAM).findOne({ where: { documentId: ctx.params?.documentId }, populate: { township: true } });
    if (ctx.action !== 'create' && !before) return next();
    if (ctx.action === 'delete') {
      const cases = await query(CASE).count({ where: { team: before!.id } });
      if (cases) refuse(`该队伍已办理 ${cases} 件执法案件，不能删除`, { code: 'team_in_use' });
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    // The check is the server's: whatever a client sends for it is dropped and recomputed.
    for (const f of ['certifiedOfficers', 'staffingOk', 'findings']) delete data[f];
    if (before) {
      unchangedOnly(data, before, ['township'], () => '执法队伍所属乡镇不能修改');
    } else {
      const town = await findRef('api::township.township', refOf(data.township));
      if (!town) refuse('请选择执法队伍所属乡镇（街道）', { field: 'township', code: 'relation_required' });
      const other = await query(TEAM).count({ where: { township: town!.id } });
      if (other) refuse(`${town!.name}已有综合执法队伍，每个乡镇（街道）一支`, { field: 'township', code: 'team_exists' });
    }
    const officers = officersOf('officers' in data ? data.officers : before?.officers);
    const auxiliaries = nullableInt('auxiliaries' in data ? data.auxiliaries : before?.auxiliaries) ?? 0;
    if (!Number.isInteger(auxiliaries) || auxiliaries < 0 || auxiliaries > 1000) refuse('执法辅助人员应为 0–1000 之间的整数', { field: 'auxiliaries' });
    const check = checkEnforcementTeam({ officers, auxiliaries }, enforcementRules().team);
    const dup = check.findings.find((f) => f.code === 'certificate_duplicate');
    if (dup) refuse(dup.message, { field: 'officers', code: dup.code });
    data.officers = officers;
    data.auxiliaries = auxiliaries;
    data.certifiedOfficers = new Set(officers.map((o) => o.certificateNo).filter(Boolean)).size;
    data.staffingOk = check.ok;
    data.findings = check.findings;
    return next();
  };

  const enforcementCase = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('执法案件不能复制');
    const before: Row | null = ctx.action === 'create' ? null
      : await query(CASE).findOne({ where: { documentId: ctx.params?.documentId }, populate: { township: true, team: true, power: { populate: { department: true } } } });
    if (ctx.action !== 'create' && !before) return next();
    const steps = enforcementRules().caseSteps;
    if (ctx.action === 'delete') {
      if (before!.step && before!.step !== steps[0].code) refuse(`案件已进入“${steps.find((s) => s.code === before!.step)?.label}”环节，不能删除`, { code: 'case_in_progress' });
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    const later = steps.slice(1).map((s) => stepField(s.code));
    // Strapi's `required` lets an empty string through; a case needs a real place and party.
    for (const [f, label, max] of [['place', '地点', 200], ['parties', '当事人', 300]] as const) {
      if (!before || f in data) {
        const v = typeof data[f] === 'string' ? data[f].trim() : '';
        if (!v || v.length > max) refuse(`请填写${label}（${max} 字以内）`, { field: f, code: 'required' });
        data[f] = v;
      }
    }
    const modeMessage = () => '执法方式（乡镇执法或县乡联动）由处罚事项是否赋权乡镇决定，不能填写或修改';

    if (!before) {
      // 立案: power and township chosen, everything else about the procedure derived.
      unchangedOnly(data, null, ['team'], () => '执法队伍由案件所属乡镇决定，不能填写');
      unchangedOnly(data, null, ['mode'], modeMessage);
      unchangedOnly(data, null, [...later, 'fineYuan'], (f) => (f === 'fineYuan' ? '罚款在“决定”环节填写' : '立案时只能填写立案日期，后续环节请逐步办理'));
      if (data.step != null && data.step !== steps[0].code) refuse(`新案件应从“${steps[0].label}”开始，不能跳过`, { field: 'step', code: 'step_skipped' });
      const p = await findRef(POWER, refOf(data.power), { department: true });
      if (!p) refuse('请选择处罚事项', { field: 'power', code: 'relation_required' });
      const town = await findRef('api::township.township', refOf(data.township));
      if (!town) refuse('请选择案件所属乡镇（街道）', { field: 'township', code: 'relation_required' });
      const t = await query(TEAM).findOne({ where: { township: town!.id }, select: ['documentId'] });
      if (!t) refuse(`${town!.name}尚未组建综合执法队伍，不能立案`, { field: 'township', code: 'team_missing' });
      const filedOn = dayOf(data[stepField(steps[0].code)]) ?? chinaDay(new Date().toISOString());
      if (!DAY.test(filedOn)) refuse('请填写有效的立案日期', { field: stepField(steps[0].code) });
      const facts = powerOf(p!);
      const opened = openEnforcementCase(facts, dayInstant(filedOn), steps);
      if (!opened.ok) return refuse(opened.message, { code: opened.code });
      data.team = t!.documentId;
      data.mode = enforcementMode(facts);
      data.step = steps[0].code;
      data[stepField(steps[0].code)] = filedOn;
      data.caseNo = data.caseNo || `${town!.code}-${filedOn.slice(0, 4)}-${Date.now().toString(36).toUpperCase()}`;
      return next();
    }

    unchangedOnly(data, before, ['township'], () => '案件所属乡镇不能修改');
    unchangedOnly(data, before, ['team'], () => '执法队伍由案件所属乡镇决定，不能修改');
    unchangedOnly(data, before, ['caseNo'], () => '案件编号不能修改');
    if ('mode' in data && !sameValue(before.mode, data.mode)) refuse(modeMessage(), { field: 'mode', code: 'mode_derived' });
    delete data.mode;
    let powerRow = before.power;
    if ('power' in data && !sameValue(before.power, data.power) && !(refOf(data.power)?.id === before.power?.id)) {
      if (before.step !== steps[0].code) refuse('案件已开始调查，不能更换处罚事项', { field: 'power', code: 'power_locked' });
      powerRow = await findRef(POWER, refOf(data.power), { department: true });
      if (!powerRow) refuse('请选择处罚事项', { field: 'power', code: 'relation_required' });
      data.mode = enforcementMode(powerOf(powerRow));
    } else delete data.power;
    const facts = powerOf(powerRow);
    if (before.step === 'closed' || before.step === steps[steps.length - 1].code) {
      const changed = Object.keys(data).filter((k) => !sameValue(before[k], data[k]));
      if (changed.length) forbid('案件已结案，不能再修改');
    }

    // Advancing: exactly the next step, with its day (today when none is sent), the fine at the decision.
    const doneIndex = steps.findIndex((s) => s.code === before.step);
    const wanted = 'step' in data && data.step != null && data.step !== before.step ? String(data.step) : null;
    const wantedIndex = wanted ? steps.findIndex((s) => s.code === wanted) : -1;
    for (const [i, s] of steps.entries()) {
      const f = stepField(s.code);
      if (!(f in data)) continue;
      if (i <= doneIndex) {
        if (sameValue(dayOf(before[f]), dayOf(data[f]))) { delete data[f]; continue; }
        refuse(`“${s.label}”环节已办理，日期不能修改`, { field: f, code: 'step_done' });
      }
      if (i !== wantedIndex) {
        if (data[f] == null) { delete data[f]; continue; }
        refuse(`应先完成“${steps[doneIndex + 1]?.label ?? s.label}”环节，不能跳过`, { field: f, code: 'step_skipped' });
      }
    }
    const fineSent = 'fineYuan' in data && !sameValue(before.fineYuan, data.fineYuan);
    if (!wanted) {
      delete data.step;
      if (fineSent) refuse('罚款只能在“决定”环节填写', { field: 'fineYuan', code: 'fine_not_at_decision' });
      delete data.fineYuan;
      return next();
    }
    const f = stepField(wanted);
    const day = dayOf(data[f]) ?? chinaDay(new Date().toISOString());
    if (!DAY.test(day)) refuse('请填写有效的办理日期', { field: f });
    if (fineSent && wanted !== 'decided') refuse('罚款只能在“决定”环节填写', { field: 'fineYuan', code: 'fine_not_at_decision' });
    let fine: number | null = null;
    if (wanted === 'decided' && data.fineYuan != null && data.fineYuan !== '') {
      fine = Number(data.fineYuan);
      if (!Number.isFinite(fine)) refuse(`罚款金额应为正整数元：${data.fineYuan}`, { field: 'fineYuan', code: 'fine_out_of_band' });
    }
    const current = caseOf(before, facts);
    if ('mode' in data) current.mode = data.mode;
    const advanced = advanceEnforcementCase(current, wanted, { at: dayInstant(day), fineYuan: fine }, facts, steps);
    if (!advanced.ok) return refuse(advanced.message, { field: advanced.code === 'fine_out_of_band' ? 'fineYuan' : 'step', code: advanced.code });
    data.step = wanted;
    data[f] = day;
    if (wanted === 'decided') data.fineYuan = advanced.value.fineYuan;
    else delete data.fineYuan;
    return next();
  };

  return async (ctx: Ctx, next: () => Promise<any>) => {
    if (!['create', 'update', 'delete', 'clone'].includes(ctx.action)) return next();
    switch (ctx.uid) {
      case POWER: return power(ctx, next);
      case TEAM: return team(ctx, next);
      case CASE: return enforcementCase(ctx, next);
      default: return next();
    }
  };
}
