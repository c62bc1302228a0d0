// An enumeration value as a small chip with its translated label, e.g. a grid's kind 城市/农村/专属.
import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { enumKey } from './enumChoices';

interface Props {
  source: string;
  label?: string;
  sortable?: boolean;
  /** resource whose enums hold the labels; the current resource by default */
  enumResource?: string;
  colors?: Record<string, ChipProps['color']>;
  variant?: ChipProps['variant'];
}

export const EnumChipField = ({ source, enumResource, colors, variant = 'outlined' }: Props) => {
  const record = useRecordContext();
  const current = useResourceContext();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  if (value == null || value === '') return null;
  const resource = enumResource ?? current ?? '';
  return <Chip label={translate(enumKey(resource, source, value), { _: value })} color={colors?.[value] ?? 'default'} variant={variant} />;
};
