// Small fields of a decision record: status, verdict, money, the members it names.
import { useRecordContext, useTranslate } from 'react-admin';
import { Chip, Stack, Tooltip } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { formatFen } from './money';
import { fenOf, type Decision } from './types';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

const STATUS_COLORS = { draft: 'warning', final: 'success' } as const;

/** 草稿 / 已定稿 */
export const DecisionStatusField = (_props: FieldProps) => <EnumChipField source="status" enumResource="decisions" colors={STATUS_COLORS} />;

/** The verdict as a chip: sealed, or what the rule makes of the draft now. */
export const VerdictChip = (_props: FieldProps) => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const check = record?.check;
  if (!check) return null;
  const errors = check.findings.filter((f) => f.severity === 'error');
  const warnings = check.findings.filter((f) => f.severity === 'warning');
  const chip = errors.length
    ? <Chip size="small" color="error" label={translate('app.check.errors', { smart_count: errors.length })} />
    : warnings.length
      ? <Chip size="small" color="warning" label={translate('app.check.warnings', { smart_count: warnings.length })} />
      : <Chip size="small" color="success" label={translate('app.check.ok')} />;
  return check.findings.length ? <Tooltip title={check.findings.map((f) => f.message).join('；')}>{chip}</Tooltip> : chip;
};

export const AmountField = ({ source = 'amountFen' }: FieldProps) => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const fen = fenOf(record?.[source as 'amountFen']);
  return <span>{fen == null ? '—' : translate('app.decisions.yuan', { amount: formatFen(fen) })}</span>;
};

/** A member named by the record: the name the server resolved when it was saved. */
export const nameOf = (record: Pick<Decision, 'memberNames'> | undefined, id: string | null | undefined) => (id ? record?.memberNames?.[id] ?? id : '—');

/** Members of a list field (due, present) by name, marking the secretary and those recused. */
export const MembersField = ({ source }: { source: 'due' | 'present'; label?: string }) => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  if (!record) return null;
  const recused = new Set((record.recused ?? []).map((r) => r.member));
  const present = new Set(record.present ?? []);
  const list = record[source] ?? [];
  if (!list.length) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {list.map((id) => (
        <Chip
          key={id}
          size="small"
          variant={source === 'due' && !present.has(id) ? 'outlined' : 'filled'}
          color={recused.has(id) ? 'warning' : id === record.secretary ? 'primary' : 'default'}
          label={`${nameOf(record, id)}${id === record.secretary ? translate('app.decisions.secretary_mark') : ''}${recused.has(id) ? translate('app.decisions.recused_mark') : ''}${source === 'due' && !present.has(id) ? translate('app.decisions.absent_mark') : ''}`}
        />
      ))}
    </Stack>
  );
};
