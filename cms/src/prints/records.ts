// What was printed: a verification code, the digest of the printed sheet and what it was about, kept
// in a table of its own (like the points totals: Strapi does not manage it). Verifying a code
// rebuilds the sheet from today's records, as the person verifying may see them, and compares.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { codeFromBytes, formatCode, normaliseCode } from '../domain/prints/verification-code';
import { sheetDigest, type PrintSheet } from '../domain/prints/sheet';
import type { Principal } from '../scoping/principal';
import { withKnex } from '../db/knex';
import { ledgerSheet, rosterSheet, townshipSheet } from './sheets';

export const PRINTS = 'print_records';

export async function ensurePrintTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(PRINTS)) return;
  await knex.schema.createTable(PRINTS, (t) => {
    t.string('code', 8).primary();
    t.string('kind', 20).notNullable();
    t.string('subject_id', 64).notNullable();
    t.text('params').notNullable();
    t.string('digest', 64).notNullable();
    t.string('title', 300).notNullable();
    t.string('unit', 300).notNullable();
    t.integer('rows').notNullable();
    t.string('printed_by', 255).notNullable();
    t.timestamp('printed_at').notNullable();
  });
}

export type PrintKind = PrintSheet['kind'];
export const PRINT_KINDS: PrintKind[] = ['roster', 'ledger', 'township'];

export function buildSheet(strapi: Core.Strapi, kind: PrintKind, subjectId: string, params: Record<string, string>): Promise<PrintSheet> {
  if (kind === 'roster') return rosterSheet(strapi, subjectId);
  if (kind === 'township') return townshipSheet(strapi, subjectId);
  return ledgerSheet(strapi, subjectId, Number(params.year));
}

const rowCount = (sheet: PrintSheet) => sheet.tables.reduce((a, t) => a + t.rows.length, 0);

const SUBJECT_NAMES: Record<PrintKind, string> = { roster: '党组织', ledger: '党员', township: '乡镇（街道）' };

const SUBJECTS: Record<PrintKind, { uid: string; roles: string[] }> = {
  roster: { uid: 'api::party-organisation.party-organisation', roles: ['county', 'township', 'branch'] },
  ledger: { uid: 'api::member.member', roles: ['county', 'township', 'branch', 'member'] },
  // a whole township's table: for those whose scope is a whole township or more
  township: { uid: 'api::township.township', roles: ['county', 'township'] },
};

const missingPrint = () => new errors.NotFoundError('验证码不存在，或该打印件不在您的管理范围内');

/** Whether the caller's role and scope hold what a sheet is about (its organisation, member or township). */
async function mayRead(strapi: Core.Strapi, p: Principal, kind: PrintKind, subjectId: string): Promise<boolean> {
  const subject = SUBJECTS[kind];
  const role = p.kind === 'user' ? p.role : 'county';
  if (!subject || !role || !subject.roles.includes(role) || typeof subjectId !== 'string' || !subjectId) return false;
  const row = await (strapi.documents(subject.uid as any) as any).findOne({ documentId: subjectId, fields: ['id'] }).catch((error: unknown) => {
    if (error instanceof errors.PolicyError) return null;
    throw error;
  });
  return !!row;
}

/**
 * A sheet holds all of its subject's records, whoever prints or verifies it (once they may read the
 * subject): outside the request's context the document service reads as the system.
 */
function wholeSheet(strapi: Core.Strapi, kind: PrintKind, subjectId: string, params: Record<string, string>): Promise<PrintSheet> {
  const unscoped = strapi.requestContext.run as unknown as <T>(store: undefined, fn: () => Promise<T>) => Promise<T>;
  return unscoped(undefined, () => buildSheet(strapi, kind, subjectId, params));
}

/** Builds a sheet for printing and records it under a new verification code. */
export async function printSheet(strapi: Core.Strapi, p: Principal, kind: PrintKind, subjectId: string, params: Record<string, string>) {
  if (!(await mayRead(strapi, p, kind, subjectId))) throw new errors.NotFoundError(`${SUBJECT_NAMES[kind]}不存在或不在您的管理范围内`);
  const sheet = await wholeSheet(strapi, kind, subjectId, params);
  const printedAt = new Date();
  const printedBy = p.kind === 'system' ? 'system' : p.username;
  const digest = sheetDigest(subjectId, params, sheet);
  let code = '';
  await withKnex(strapi, async (knex) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      code = codeFromBytes(crypto.randomBytes(5));
      const taken = await knex(PRINTS).where({ code }).first('code');
      if (taken) continue;
      await knex(PRINTS).insert({ code, kind, subject_id: subjectId, params: JSON.stringify(params), digest, title: sheet.title, unit: sheet.unit, rows: rowCount(sheet), printed_by: printedBy, printed_at: printedAt });
      return;
    }
    throw new Error('no free verification code');
  });
  return { ...sheet, code: formatCode(code), printedAt: printedAt.toISOString(), printedBy };
}

/**
 * Does the printed page of `input` still match the records? Only for callers whose scope holds what
 * the page is about (else the same 404 as an unknown code). The comparison rebuilds the page from
 * all of the subject's records, not the verifier's view of them, so the answer is about the
 * records, never about who asks.
 */
export async function verifyPrint(strapi: Core.Strapi, p: Principal, input: unknown) {
  const code = normaliseCode(input);
  if (!code) throw new errors.ValidationError('验证码应为 8 位字母或数字，如 7K3M-Q9XD', { field: 'code', code: 'invalid_code' });
  const record = await withKnex(strapi, (knex) => knex(PRINTS).where({ code }).first());
  if (!record || !(await mayRead(strapi, p, record.kind, record.subject_id))) throw missingPrint();
  const params = JSON.parse(record.params);
  const sheet = await wholeSheet(strapi, record.kind, record.subject_id, params).catch((error: unknown) => {
    if (error instanceof errors.NotFoundError) throw missingPrint();
    throw error;
  });
  const matches = sheetDigest(record.subject_id, params, sheet) === record.digest;
  return {
    code: formatCode(code),
    kind: record.kind as PrintKind,
    title: record.title,
    unit: record.unit,
    printedAt: new Date(record.printed_at).toISOString(),
    printedBy: record.printed_by,
    printedRows: Number(record.rows),
    currentRows: rowCount(sheet),
    matches,
    message: matches ? '打印件与当前记录一致' : '打印件与当前记录不一致：打印之后记录已有变更，请以系统中的当前记录为准',
  };
}
