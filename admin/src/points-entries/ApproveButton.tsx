import { Button, useRecordContext } from 'react-admin';
import CheckIcon from '@mui/icons-material/Check';
import type { PointsEntry } from '../types';
import { useDecide } from './useDecide';

/** 通过 on one pending entry (a list row or its show page); nothing for decided entries. */
export const ApproveButton = ({ variant = 'text' }: { label?: string; variant?: 'text' | 'contained' }) => {
  const record = useRecordContext<PointsEntry>();
  const { decide, isPending } = useDecide();
  if (!record || record.status !== 'pending') return null;
  return (
    <Button
      label="app.entries.approve_one"
      variant={variant}
      size="small"
      color="success"
      disabled={isPending}
      onClick={(e) => {
        e.stopPropagation();
        void decide([record.id], 'approve');
      }}
    >
      <CheckIcon />
    </Button>
  );
};
