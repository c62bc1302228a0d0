// Spreadsheet values in and out, verification codes, and printed points: pure helpers of reporting.
import { describe, expect, it } from 'vitest';
import { csvField, scaled, shanghaiDateTime, yesNo } from '../../cms/src/export/cells';
import { dayOf, readCell } from '../../cms/src/domain/imports/cells';
import { checkRow, matchHeaders } from '../../cms/src/domain/imports/columns';
import { codeFromBytes, formatCode, normaliseCode } from '../../cms/src/domain/prints/verification-code';
import { sheetDigest, tenthsText } from '../../cms/src/domain/prints/sheet';
import { fieldLabel, enumLabel, resourceLabel } from '../../cms/src/labels/labels';

describe('export cells', () => {
  it('shows instants in Shanghai time, across midnight and the year', () => {
    expect(shanghaiDateTime('2025-12-31T16:00:00.000Z')).toBe('2026-01-01 00:00:00');
    expect(shanghaiDateTime('2026-03-01T15:59:59Z')).toBe('2026-03-01 23:59:59');
    expect(shanghaiDateTime(null)).toBeNull();
    expect(shanghaiDateTime('not a time')).toBeNull();
  });

  it('scales tenths and fen exactly', () => {
    expect(scaled(25, 10)).toBe(2.5);
    expect(scaled(3, 10)).toBe(0.3);
    expect(scaled(-15, 10)).toBe(-1.5);
    expect(scaled(123456, 100)).toBe(1234.56);
    expect(scaled(5, 100)).toBe(0.05);
    expect(scaled(null, 10)).toBeNull();
    expect(yesNo(true)).toBe('是');
  });

  it('quotes CSV and defuses formulas in text, not in numbers', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@x')).toBe("'@x");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

describe('labels shared with the panel', () => {
  it('names resources, fields and enumeration values in Chinese, falling back like the panel', () => {
    expect(resourceLabel('members')).toBe('党员');
    expect(fieldLabel('members', 'partyOrganisation')).toBe('所在党支部');
    expect(fieldLabel('members', 'createdAt')).toBe('创建时间');
    expect(fieldLabel('members', 'noSuchField')).toBe('noSuchField');
    expect(enumLabel('members', 'status', 'probationary')).toBe('预备党员');
    expect(enumLabel('grid-staffs', 'role', 'grid_chief')).toBe('网格长');
    expect(enumLabel('members', 'status', 'unknown')).toBe('unknown');
  });
});

describe('import cells', () => {
  it('reads text, numbers, dates, rich text and formulas', () => {
    expect(readCell('  张三 ')).toMatchObject({ text: '张三', formula: false });
    expect(readCell(13800138000)).toMatchObject({ text: '13800138000', number: true });
    expect(readCell({ richText: [{ text: '王' }, { text: '集镇' }] }).text).toBe('王集镇');
    expect(readCell({ formula: 'A1+1', result: 3 })).toMatchObject({ formula: true });
    expect(readCell({ sharedFormula: 'A1', result: 3 }).formula).toBe(true);
    expect(readCell(new Date(Date.UTC(2020, 6, 1))).text).toBe('2020-07-01');
  });

  it('takes calendar days in the forms people type, and Excel day numbers', () => {
    const day = (v: unknown) => dayOf(readCell(v));
    expect(day('2005-07-01')).toBe('2005-07-01');
    expect(day('2005/7/1')).toBe('2005-07-01');
    expect(day('2005.07.01')).toBe('2005-07-01');
    expect(day('2005年7月1日')).toBe('2005-07-01');
    expect(day(38534)).toBe('2005-07-01');
    expect(day('2005-02-29')).toBeNull();
    expect(day('昨天')).toBeNull();
  });
});

describe('import rows', () => {
  const { columns } = matchHeaders('members', ['编号', '姓名', '性别', '出生日期', '入党日期', '党员类别', '所在党支部', '身份证号', '转正日期']);
  const row = (cells: unknown[]) => checkRow(columns, cells.map(readCell), 2);

  it('matches headers to the template and names what is missing or unknown', () => {
    expect(matchHeaders('members', ['姓名', '籍贯']).problems).toEqual(['无法识别的列“籍贯”（列名应与导入模板一致）', '缺少必填列：编号、性别、出生日期、入党日期、党员类别、所在党支部']);
    expect(matchHeaders('grid-staffs', ['网格', '姓名', '岗位']).problems).toEqual([]);
  });

  it('turns labels into codes and checks each value', () => {
    const ok = row(['SY1', '张三', '男', '1980-01-02', '2005-07-01', '预备党员', 'B1', '', '']);
    expect(ok.problems).toEqual([]);
    expect(ok.values).toMatchObject({ code: 'SY1', gender: 'male', status: 'probationary', birthDate: '1980-01-02', partyOrganisation: 'B1', idNumber: null });
    const bad = row(['SY 1', '', 'x', '1980-13-01', '2005-07-01', '正式党员', 'B1', '32132319800102001', '2004-01-01']);
    expect(bad.problems.map((p) => p.message)).toEqual([
      '编号：只能包含字母、数字和连字符', '姓名：不能为空', '性别：“x”不是可选值（可选：男、女）', '出生日期：“1980-13-01”不是有效日期（如 2005-07-01）',
      '身份证号：身份证号应为 18 位：17 位数字加 1 位数字或大写 X', '转正日期不能早于入党日期',
    ]);
  });

  it('leaves a masked ID number (from an export) as stored, and refuses one typed as a number', () => {
    expect('idNumber' in row(['SY1', '张三', '男', '1980-01-02', '2005-07-01', '正式党员', 'B1', '321323********0011', '']).values).toBe(false);
    expect(row(['SY1', '张三', '男', '1980-01-02', '2005-07-01', '正式党员', 'B1', 321323198001020011, '']).problems[0].message).toMatch(/文本/);
  });
});

describe('verification codes and printed sheets', () => {
  it('makes 8-character codes without I, L, O or U and reads them back however typed', () => {
    const code = codeFromBytes(new Uint8Array([255, 255, 255, 255, 255]));
    expect(code).toBe('ZZZZZZZZ');
    expect(codeFromBytes(new Uint8Array([0, 0, 0, 0, 1]))).toBe('00000001');
    expect(formatCode('7K3MQ9XD')).toBe('7K3M-Q9XD');
    expect(normaliseCode(' 7k3m-q9xd ')).toBe('7K3MQ9XD');
    expect(normaliseCode('OIL1-2345')).toBe('0111' + '2345');
    expect(normaliseCode('7K3M-Q9XU')).toBeNull();
    expect(normaliseCode('short')).toBeNull();
  });

  it('hashes what was printed, not when', () => {
    const sheet = { kind: 'roster' as const, title: 't', unit: 'u', tables: [{ heading: 'h', columns: ['a'], rows: [['1']] }] };
    expect(sheetDigest('x', {}, sheet)).toBe(sheetDigest('x', {}, JSON.parse(JSON.stringify(sheet))));
    expect(sheetDigest('x', {}, sheet)).not.toBe(sheetDigest('x', {}, { ...sheet, tables: [{ ...sheet.tables[0], rows: [['2']] }] }));
    expect(tenthsText(25)).toBe('2.5');
    expect(tenthsText(-10)).toBe('-1');
    expect(tenthsText(0)).toBe('0');
  });
});
