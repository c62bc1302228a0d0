// Is this file an .xlsx we are willing to read? An .xlsx is a ZIP archive holding xl/workbook.xml;
// its central directory (at the end of the file) says how big every part unpacks to, so a file that
// would unpack to far more than any real member list (a "zip bomb") is refused before reading it.
import fs from 'fs';
import createError from 'http-errors';

const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
const NOT_XLSX = '文件不是 Excel 工作簿（.xlsx）：请用导入模板填写，或在 Excel/WPS 中“另存为 .xlsx”';

const bad = (message: string, code: string) => createError(400, message, { details: { code } });

export function checkXlsxFile(path: string): void {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(8);
    fs.readSync(fd, head, 0, 8, 0);
    if (head.readUInt32BE(0) === 0xd0cf11e0) throw bad('这是旧版 Excel（.xls）文件，请在 Excel/WPS 中另存为 .xlsx 后再导入', 'xls_file');
    if (head.readUInt32LE(0) !== 0x04034b50) throw bad(NOT_XLSX, 'not_xlsx');
    // End of central directory: 22 bytes plus a comment of up to 64 KB, at the end of the file.
    const tailSize = Math.min(size, 22 + 65535);
    const tail = Buffer.alloc(tailSize);
    fs.readSync(fd, tail, 0, tailSize, size - tailSize);
    let eocd = -1;
    for (let i = tailSize - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    if (eocd < 0) throw bad(NOT_XLSX, 'not_xlsx');
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset + cdSize > size || cdSize > 16 * 1024 * 1024) throw bad('Excel 文件已损坏，无法读取', 'corrupt');
    const cd = Buffer.alloc(cdSize);
    fs.readSync(fd, cd, 0, cdSize, cdOffset);
    let unpacked = 0;
    let workbook = false;
    let sheets = 0;
    for (let i = 0, p = 0; i < entries; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw bad('Excel 文件已损坏，无法读取', 'corrupt');
      const raw = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
      unpacked += raw === 0xffffffff ? Infinity : raw;
      if (name === 'xl/workbook.xml') workbook = true;
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) sheets++;
      p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    if (!workbook) throw bad(NOT_XLSX, 'not_xlsx');
    if (!sheets) throw bad('工作簿中没有工作表', 'no_sheet');
    if (unpacked > MAX_UNPACKED_BYTES) throw bad('文件解压后过大（超过 300 MB），不像是一份名册，请检查后分批导入', 'too_large_unpacked');
  } finally {
    fs.closeSync(fd);
  }
}
