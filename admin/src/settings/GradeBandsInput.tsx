// 年度评定等次 as four fixed rows: 等次, 分数下限 (in points, saved as tenths), 比例上限 (only 优秀 has
// one: numerator / denominator) and whether a probationary member may get it (never 优秀 — national
// rule, so shown, not edited).
import { NumberInput, useTranslate } from 'react-admin';
import { Box, Stack, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { enumKey } from '../common/enumChoices';
import { PointsInput } from '../points/PointsInput';

const cell = { display: 'flex', alignItems: 'center', minHeight: 56 } as const;

export const GradeBandsInput = () => {
  const translate = useTranslate();
  const bands = (useWatch({ name: 'parameters.bands' }) ?? []) as Array<{ grade: string }>;
  const columns = { xs: '1fr', sm: '90px 170px 1fr 110px' };
  return (
    <Box sx={{ width: '100%', mb: 2 }} data-testid="grade-bands-input">
      <Box sx={{ display: { xs: 'none', sm: 'grid' }, gridTemplateColumns: columns, columnGap: 2, color: 'text.secondary', typography: 'body2' }}>
        <span>{translate('app.settings.grade')}</span>
        <span>{translate('app.settings.grade_min')}</span>
        <span>{translate('app.settings.grade_share')}</span>
        <span>{translate('app.settings.grade_probationary')}</span>
      </Box>
      {bands.map((b, i) => (
        <Box key={b.grade ?? i} sx={{ display: 'grid', gridTemplateColumns: columns, columnGap: 2, borderBottom: 1, borderColor: 'divider', py: { xs: 1, sm: 0 } }}>
          <Typography sx={{ ...cell, fontWeight: 600 }}>{translate(enumKey('appraisal-rules', 'grade', b.grade), { _: b.grade })}</Typography>
          <Box sx={cell}>
            <PointsInput source={`parameters.bands.${i}.min`} label="app.settings.grade_min" helperText={false} sx={{ width: 160 }} />
          </Box>
          <Box sx={cell}>
            {b.grade === 'excellent' ? (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <NumberInput source="parameters.excellentMaxShare.numerator" label="app.settings.share_numerator" helperText={false} step={1} min={1} sx={{ width: 90 }} />
                <span>/</span>
                <NumberInput source="parameters.excellentMaxShare.denominator" label="app.settings.share_denominator" helperText={false} step={1} min={1} sx={{ width: 90 }} />
              </Stack>
            ) : (
              <Typography variant="body2" color="text.secondary">{translate('app.settings.no_limit')}</Typography>
            )}
          </Box>
          <Typography variant="body2" sx={cell}>
            {translate(b.grade === 'excellent' ? 'app.settings.probationary_no' : 'app.settings.probationary_yes')}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
