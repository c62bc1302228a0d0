import { Button, useRecordContext, useTranslate } from 'react-admin';
import { Button as MuiButton } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import type { PointsEntry } from '../types';
import { useDecide } from './useDecide';

/**
 * 通过 on one pending entry (a list row, a phone card or its show page); nothing for decided entries.
 * `labelled` keeps the word beside the icon on a phone, where react-admin's buttons show only icons.
 */
export const ApproveButton = ({ variant = 'text', labelled = false }: { label?: string; variant?: 'text' | 'contained'; labelled?: boolean }) => {
  const record = useRecordContext<PointsEntry>();
  const translate = useTranslate();
  const { decide, isPending } = useDecide();
  if (!record || record.status !== 'pending') return null;
  const onClick = (e: React.MouseEvent) => {
    e.stopPropagation();
    void decide([record.id], 'approve');
  };
  if (labelled) {
    return (
      <MuiButton size="small" color="success" variant="outlined" startIcon={<CheckIcon />} disabled={isPending} onClick={onClick}>
        {translate('app.entries.approve_one')}
      </MuiButton>
    );
  }
  return (
    <Button label="app.entries.approve_one" variant={variant} size="small" color="success" disabled={isPending} onClick={onClick}>
      <CheckIcon />
    </Button>
  );
};
