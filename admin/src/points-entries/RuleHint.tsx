// Under the rule input: what the chosen rule is worth, its cap and who approves it. (Rules that need
// evidence also bring up the 凭证 input, EvidenceInput.)
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';
import { formatTenths } from '../points/tenths';
import { useSelectedRule } from './useSelectedRule';

export const RuleHint = () => {
  const translate = useTranslate();
  const rule = useSelectedRule();
  if (!rule) return null;
  const enumLabel = (field: string, value: string) => translate(enumKey('points-rules', field, value), { _: value });
  const cap = rule.outsideCap
    ? translate('app.points.outside_cap')
    : rule.capTenths == null
      ? translate('app.points.no_cap')
      : translate('app.points.cap_per', { points: formatTenths(rule.capTenths), period: enumLabel('capPeriod', rule.capPeriod) });
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: -1, mb: 2 }} data-testid="rule-hint">
      {translate('app.entries.rule_hint', {
        points: formatTenths(rule.pointsTenths, { signed: true }),
        cap,
        approver: enumLabel('approver', rule.approver),
      })}
    </Typography>
  );
};
