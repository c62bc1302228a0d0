// The 四个到位 checklist (机构挂牌, 职能交接, 人员配备, 集中办公): one chip per item, green when done.
import { Chip, Stack } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { useRecordContext, useTranslate } from 'react-admin';
import { FOUR_IN_PLACE, type Township } from '../types';

export const FourInPlaceField = (_props: { label?: string }) => {
  const record = useRecordContext<Township>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
      {FOUR_IN_PLACE.map((item) => {
        const done = !!record[item];
        return (
          <Chip
            key={item}
            icon={done ? <CheckIcon /> : <CloseIcon />}
            color={done ? 'success' : 'default'}
            variant={done ? 'filled' : 'outlined'}
            label={translate(`resources.townships.fields.${item}`)}
          />
        );
      })}
    </Stack>
  );
};
