// The columns of a list's export, read from the content type's schema and the panel's labels: every
// field a record shows (to-many relations and raw JSON aside), headed in Chinese, values as people
// read them — enumerations in Chinese, related records by name, times in Shanghai time.
import { isMedia, isToMany, isToOne, visibleAttributes, type Attribute, type Model } from '../bridge/model';
import { enumLabel, enumLabels, fieldLabel } from '../labels/labels';
import { maskIdNumber } from '../domain/members/id-number';
import { scaled, shanghaiDateTime, yesNo } from './cells';

type Row = Record<string, any>;
export type Cell = string | number | null;

export interface Column {
  field: string;
  header: string;
  /** a width hint in characters for the spreadsheet */
  width: number;
  value(row: Row): Cell;
}

/** What a related record is called: the first of these its type has (as the audit log names records). */
export const NAME_FIELDS = ['name', 'fullName', 'subject', 'title', 'topic', 'reason', 'code', 'username'];

export const nameFieldsOf = (attributes: Record<string, Attribute>): string[] => NAME_FIELDS.filter((f) => f in attributes);

const nameOf = (related: Row | null | undefined): string | null => {
  if (!related) return null;
  for (const f of NAME_FIELDS) if (typeof related[f] === 'string' && related[f].trim()) return related[f].trim();
  return null;
};

/** Values a list never shows in full: an ID number stays masked in exports as in every list. */
const MASKED: Record<string, Record<string, (v: string) => string>> = {
  members: { idNumber: maskIdNumber },
};

/** A computed check as one line: “符合要求” or its findings' messages. */
function checkText(check: unknown): string | null {
  if (!check || typeof check !== 'object') return null;
  const findings = ((check as Row).findings ?? []) as Row[];
  if (!findings.length) return '符合要求';
  return findings.map((f) => `${f.severity === 'error' ? '✗' : '！'}${f.message}`).join('；');
}

function valueOf(resource: string, name: string, attr: Attribute): (row: Row) => Cell {
  const mask = MASKED[resource]?.[name];
  const labels = enumLabels(resource, name);
  if (isMedia(attr)) return (row) => (attr.multiple ? (row[name] ?? []).map((f: Row) => f?.name).filter(Boolean).join('、') || null : row[name]?.name ?? null);
  if (isToOne(attr)) return (row) => nameOf(row[name]);
  if (name === 'check') return (row) => checkText(row[name]);
  if (labels) return (row) => (row[name] == null ? null : enumLabel(resource, name, String(row[name])));
  switch (attr.type) {
    case 'boolean':
      return (row) => yesNo(row[name]);
    case 'datetime':
    case 'timestamp':
      return (row) => shanghaiDateTime(row[name]);
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      if (name.endsWith('Tenths')) return (row) => scaled(row[name], 10);
      if (name.endsWith('Fen')) return (row) => scaled(row[name], 100);
      return (row) => (row[name] == null ? null : Number(row[name]));
    default:
      return (row) => {
        const v = row[name];
        if (v == null || v === '') return null;
        const text = String(v);
        return mask ? mask(text) : text;
      };
  }
}

const UNIT: Array<[suffix: string, unit: string]> = [['Tenths', '（分）'], ['Fen', '（元）']];

export function exportColumns(model: Model): Column[] {
  const resource = model.pluralName;
  return visibleAttributes(model)
    .filter(([name, a]) => !isToMany(a) && (a.type !== 'json' || name === 'check'))
    .map(([name, a]) => {
      const label = fieldLabel(resource, name);
      // A stored integer unit (tenths, fen) is shown in points or yuan; the header names the unit.
      const unit = UNIT.find(([suffix, u]) => name.endsWith(suffix) && !label.includes(u[1]))?.[1] ?? '';
      const header = label + unit;
      const width = name === 'check' ? 40 : a.type === 'text' ? 30 : a.type === 'datetime' ? 20 : isToOne(a) ? 24 : 14;
      return { field: name, header, width, value: valueOf(resource, name, a) };
    });
}
