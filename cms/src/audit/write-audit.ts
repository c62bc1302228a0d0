// Writes one audit entry below the document service (so no API can reach the audit log), in
// whatever transaction is running.
import type { Core } from '@strapi/strapi';
import type { Principal } from '../scoping/principal';
import { documentId } from '../db/document-id';
import { currentOperation, type Operation } from './operation';

export type AuditAction = 'create' | 'update' | 'delete';

export interface AuditRecord {
  action: AuditAction;
  uid: string;
  recordId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  township: number | null;
  /** what the record was called when written (see record-name.ts) */
  recordName?: string | null;
  /** the business action, when it is more than create/update/delete (else the one running, see operation.ts) */
  operation?: Operation | null;
}

export async function writeAudit(strapi: Core.Strapi, p: Principal, r: AuditRecord): Promise<void> {
  const now = new Date();
  await strapi.db.query('api::audit-log.audit-log').create({
    data: {
      documentId: documentId(),
      at: now,
      userId: p.kind === 'system' ? null : p.userId,
      username: p.kind === 'system' ? 'system' : p.username,
      role: p.kind === 'user' ? p.role : p.kind,
      action: r.action,
      resource: (strapi.getModel(r.uid as any) as any).info.pluralName,
      recordId: r.recordId,
      before: r.before,
      after: r.after,
      ip: p.kind === 'system' ? null : p.ip ?? null,
      township: r.township,
      recordName: r.recordName ?? null,
      operation: r.operation ?? currentOperation(),
      publishedAt: now,
    },
  });
}
