// Asks for a written reason before an action that needs one (驳回, 冲正); the action runs on confirm
// and the dialog stays open if it fails, so the typed reason is not lost.
import { useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Props {
  open: boolean;
  title: string;
  label: string;
  confirm: string;
  /** text above the input (e.g. which entries) */
  children?: ReactNode;
  isPending?: boolean;
  onConfirm: (reason: string) => Promise<boolean>;
  onClose: () => void;
}

export const ReasonDialog = ({ open, title, label, confirm, children, isPending, onConfirm, onClose }: Props) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    onClose();
  };
  const submit = async () => {
    if (await onConfirm(reason.trim())) close();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" onClick={(e) => e.stopPropagation()}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        {children}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          label={translate(label)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          required
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={!reason.trim() || isPending}>
          {translate(confirm)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
