// A rule's quorum or passing share in words (过半数, 三分之二以上), with its base for passing.
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { thresholdText } from '../decisions/thresholds';
import type { DecisionRule, Passing } from '../decisions/types';

export const ThresholdField = ({ source }: { source: 'quorum' | 'passing' | 'splitMargin'; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<DecisionRule>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  if (source === 'splitMargin') {
    const m = record.splitMargin;
    return <span>{m ? `${m.num}/${m.den}` : '—'}</span>;
  }
  const t = record[source];
  if (!t) return <span>—</span>;
  const base = source === 'passing' ? translate(`resources.decision-rules.enums.base.${(t as Passing).base}`) : translate('app.decisions.of_due');
  return <span>{`${base}${locale.startsWith('zh') ? '' : ' '}${thresholdText(t, locale)}`}</span>;
};
