import { useRecordContext, useTranslate } from 'react-admin';
import { formatFen } from '../decisions/money';
import { fenOf, type DecisionRule } from '../decisions/types';

/** The 三重一大 money threshold in yuan. */
export const AmountThresholdField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<DecisionRule>();
  const translate = useTranslate();
  const fen = fenOf(record?.amountThresholdFen);
  return <span>{fen == null ? '—' : translate('app.decisions.yuan', { amount: formatFen(fen) })}</span>;
};
