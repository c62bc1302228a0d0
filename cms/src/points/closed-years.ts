// Whether a points year is closed (封账), read where entries are written: proposals, approvals,
// reversals and bulk awards dated in a closed year are refused (closing.ts closes and reopens).
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';

/** Is the year of `day` (YYYY-MM-DD) closed? One indexed read. */
export async function isClosed(knex: Knex, day: string): Promise<boolean> {
  const row = await knex('points_years').where({ year: Number(day.slice(0, 4)), status: 'closed' }).first('id');
  return !!row;
}

/** Refuses a write dated in a closed year, saying where the correction belongs. */
export async function refuseIfClosed(knex: Knex, day: string, what = '该记录'): Promise<void> {
  if (await isClosed(knex, day)) {
    throw new errors.ValidationError(`${day.slice(0, 4)} 年度积分已封账，${what}不能再提交、审批或冲正；如需更正，请在当前年度另行登记并写明原因`, { code: 'year_closed', year: Number(day.slice(0, 4)) });
  }
}

