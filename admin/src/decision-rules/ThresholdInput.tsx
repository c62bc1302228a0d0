// A share as an exact fraction (numerator / denominator) and whether it is "more than" (超过) or
// "at least" (以上); for passing also the base it is counted against. Stored as the rule's JSON.
import { BooleanInput, NumberInput, SelectInput, required, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { PASSING_BASES } from '../decisions/types';

const whole = (v: unknown) => (v == null || v === '' || (Number.isInteger(v) && (v as number) >= 0) ? undefined : 'app.decisions.whole_number');

export const ThresholdInput = ({ source, withBase = false, optional = false }: { source: string; withBase?: boolean; optional?: boolean }) => {
  const translate = useTranslate();
  const need = optional ? [whole] : [required(), whole];
  // A threshold keeps its fraction under `share`; the split margin is a bare fraction.
  const fraction = source === 'splitMargin' ? source : `${source}.share`;
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="subtitle2">{translate(`resources.decision-rules.fields.${source}`)}</Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {withBase && <SelectInput source={`${source}.base`} label="app.decisions.base" choices={enumChoices('decision-rules', 'base', PASSING_BASES)} validate={required()} />}
        <NumberInput source={`${fraction}.num`} label="app.decisions.numerator" step={1} min={0} validate={need} sx={{ width: 110 }} />
        <NumberInput source={`${fraction}.den`} label="app.decisions.denominator" step={1} min={1} validate={need} sx={{ width: 110 }} />
        {source !== 'splitMargin' && <BooleanInput source={`${source}.strictlyMore`} label="app.decisions.strictly_more" helperText="app.decisions.strictly_more_help" />}
      </Box>
    </Box>
  );
};
