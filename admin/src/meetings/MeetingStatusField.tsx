import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Meeting } from '../types';

const COLORS = { draft: 'warning', finalised: 'success', superseded: 'default' } as const;

/** 草稿 / 已定稿 / 已更正, with 逾期定稿 and 未达法定人数 when they apply. */
export const MeetingStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Chip size="small" color={COLORS[record.status]} variant={record.status === 'draft' ? 'outlined' : 'filled'}
        label={translate(`resources.meetings.enums.status.${record.status}`)} sx={{ mr: 0.5 }} />
      {record.status !== 'draft' && record.late && <Chip size="small" color="warning" label={translate('app.meetings.late')} sx={{ mr: 0.5 }} />}
      {record.status !== 'draft' && record.counted === false && <Chip size="small" color="error" variant="outlined" label={translate('app.meetings.not_counted')} />}
    </>
  );
};
