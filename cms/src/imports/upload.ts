// An uploaded spreadsheet, kept in a temporary file while it is checked and read: the request body
// as it is (the panel sends the file's bytes) or a multipart field `file` (curl -F file=@…). Bigger
// than the limit is refused as soon as that is known, without reading the rest.
import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import { pipeline } from 'stream/promises';
import { Transform } from 'stream';
import createError from 'http-errors';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const TOO_LARGE = '文件不能超过 20 MB，请分成几个文件导入';
const NOT_XLSX = '文件不是 Excel 工作簿（.xlsx）：请用导入模板填写，或在 Excel/WPS 中“另存为 .xlsx”';

export interface Upload {
  path: string;
  name: string;
  bytes: number;
  remove(): void;
}

export async function receiveUpload(ctx: any, maxBytes = MAX_IMPORT_BYTES): Promise<Upload> {
  const file = ctx.request.files?.file;
  const target = path.join(os.tmpdir(), `siyang-import-${crypto.randomBytes(8).toString('hex')}.xlsx`);
  const remove = () => fs.rm(target, { force: true }, () => undefined);
  if (file) {
    const f = Array.isArray(file) ? file[0] : file;
    if (f.size > maxBytes) throw createError(413, TOO_LARGE, { details: { code: 'too_large', max: maxBytes } });
    return { path: f.filepath, name: f.originalFilename ?? '导入文件.xlsx', bytes: f.size, remove: () => fs.rm(f.filepath, { force: true }, () => undefined) };
  }
  // Text, JSON and form bodies are parsed by Strapi before they get here: none of them is a workbook.
  if (ctx.is('json', 'text/*', 'urlencoded')) throw createError(400, NOT_XLSX, { details: { code: 'not_xlsx' } });
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > maxBytes) throw createError(413, TOO_LARGE, { details: { code: 'too_large', max: maxBytes } });
  let bytes = 0;
  const cap = new Transform({
    transform(chunk, _enc, cb) {
      bytes += chunk.length;
      if (bytes > maxBytes) cb(createError(413, TOO_LARGE, { details: { code: 'too_large', max: maxBytes } }));
      else cb(null, chunk);
    },
  });
  try {
    await pipeline(ctx.req, cap, fs.createWriteStream(target));
  } catch (error) {
    remove();
    throw error;
  }
  if (!bytes) {
    remove();
    throw createError(400, '没有收到文件：请选择一个 .xlsx 文件', { details: { code: 'no_file' } });
  }
  let name = '导入文件.xlsx';
  try {
    name = decodeURIComponent(String(ctx.get('x-file-name') || name)).slice(0, 200);
  } catch {
    /* a malformed name: keep the plain one */
  }
  return { path: target, name, bytes, remove };
}
