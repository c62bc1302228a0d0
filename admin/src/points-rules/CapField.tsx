// A rule's cap per member per period: "12 分 / 年", or "不设上限"; rules counted outside the cap say so.
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';
import { formatTenths } from '../points/tenths';
import type { PointsRule } from '../types';

export const CapField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<PointsRule>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.outsideCap) return <Typography variant="body2">{translate('app.points.outside_cap')}</Typography>;
  if (record.capTenths == null) return <Typography variant="body2" color="text.secondary">{translate('app.points.no_cap')}</Typography>;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {translate('app.points.cap_per', {
        points: formatTenths(record.capTenths),
        period: translate(enumKey('points-rules', 'capPeriod', record.capPeriod), { _: record.capPeriod }),
      })}
    </Typography>
  );
};
