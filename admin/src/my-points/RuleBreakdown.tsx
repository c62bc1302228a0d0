// Where the year's points came from, rule by rule: approved points as a bar (relative to the largest
// item), pending ones beside them.
import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';
import { formatTenths } from '../points/tenths';
import type { RuleTotals } from './useMemberSummary';

export const RuleBreakdown = ({ rows }: { rows: RuleTotals[] }) => {
  const translate = useTranslate();
  if (!rows.length) {
    return <Typography variant="body2" color="text.secondary">{translate('app.my_points.no_points')}</Typography>;
  }
  const max = Math.max(...rows.map((r) => Math.abs(r.approvedTenths)), 1);
  return (
    <Stack spacing={1.5}>
      {rows.map((r) => (
        <Box key={r.code}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="body2" sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {r.name}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
              <Chip size="small" variant="outlined" label={translate(enumKey('points-rules', 'category', r.category), { _: r.category })} />
              <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                {formatTenths(r.approvedTenths, { signed: true }) || '0'}
              </Typography>
            </Stack>
          </Stack>
          <LinearProgress
            variant="determinate"
            value={(Math.abs(r.approvedTenths) / max) * 100}
            color={r.approvedTenths < 0 ? 'error' : 'primary'}
            sx={{ height: 6, borderRadius: 3, mt: 0.5 }}
          />
          {r.pendingTenths !== 0 && (
            <Typography variant="caption" color="warning.main">
              {translate('app.my_points.pending', { points: formatTenths(r.pendingTenths, { signed: true }) })}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  );
};
