// Uploads for /api/imports/<kind>/check and /commit (cms/src/imports) with XMLHttpRequest, which
// reports upload progress; /commit answers JSON lines as it writes, read as they arrive.
import { getToken } from '../session';

export type ImportKind = 'members' | 'grid-staffs';

export interface ImportProblem {
  row: number;
  field?: string;
  column?: string;
  message: string;
}

export interface ImportSummary {
  kind: ImportKind;
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  problemRows: number;
  problemCount: number;
  problems: ImportProblem[];
  preview: Array<{ row: number; action: 'create' | 'update'; label: string; changed: string[] }>;
}

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** A refusal: the server's message, and its problems when it listed them. */
export class ImportError extends Error {
  constructor(message: string, public summary?: ImportSummary) {
    super(message);
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function send(kind: ImportKind, step: 'check' | 'commit', file: File, onUpload: (percent: number) => void, onText?: (text: string) => void): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/${kind}/${step}`);
    xhr.setRequestHeader('Authorization', `Bearer ${getToken() ?? ''}`);
    xhr.setRequestHeader('Content-Type', XLSX);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(Math.round((e.loaded / e.total) * 100));
    xhr.onprogress = () => onText?.(xhr.responseText);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new ImportError('网络错误，未能连接服务器'));
    xhr.send(file);
  });
}

function refusal(status: number, text: string): ImportError {
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  const details = body?.details ?? body?.error?.details;
  return new ImportError(body?.message ?? body?.error?.message ?? `HTTP ${status}`, details?.problems ? (details as ImportSummary) : undefined);
}

export async function checkImport(kind: ImportKind, file: File, onUpload: (percent: number) => void): Promise<ImportSummary> {
  const { status, text } = await send(kind, 'check', file, onUpload);
  if (status !== 200) throw refusal(status, text);
  return JSON.parse(text) as ImportSummary;
}

/** Commits; `onWrite` follows the server's progress lines. */
export async function commitImport(kind: ImportKind, file: File, onUpload: (percent: number) => void, onWrite: (done: number, total: number) => void): Promise<ImportResult> {
  const lines = (text: string) => text.split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean);
  const { status, text } = await send(kind, 'commit', file, onUpload, (partial) => {
    const last = lines(partial).filter((l) => l.phase === 'write').pop();
    if (last) onWrite(last.done, last.total);
  });
  if (status !== 200) throw refusal(status, text);
  const all = lines(text);
  const end = all[all.length - 1];
  if (end?.error) throw new ImportError(end.error.message ?? '导入失败');
  if (!end?.result) throw new ImportError('导入中断，未写入任何数据');
  return end.result as ImportResult;
}
