// One recorded value, readable: enumerations by their label, booleans as 是/否, objects as JSON.
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';

interface Props {
  resource: string;
  field: string;
  value: unknown;
}

export const ChangeValue = ({ resource, field, value }: Props) => {
  const translate = useTranslate();
  if (value === undefined || value === null || value === '') return <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>;
  if (typeof value === 'boolean') return <span>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</span>;
  if (typeof value === 'string') return <span>{translate(enumKey(resource, field, value), { _: value })}</span>;
  if (typeof value === 'number') return <span>{value.toLocaleString('zh-CN')}</span>;
  return (
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
