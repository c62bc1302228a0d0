// A case's steps (立案 → 调查 → 决定 → 执行 → 结案) as a stepper with their days, and the one action
// the case allows: the next step, with its day and — at the decision — the fine within the band.
// The server decides (POST /api/enforcement-cases/:id/advance); a refusal is shown as it says.
import { useState } from 'react';
import { Button, useGetOne, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import {
  Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, Step, StepLabel, Stepper, TextField as MuiTextField, Typography,
} from '@mui/material';
import NextPlanIcon from '@mui/icons-material/NextPlan';
import { apiSend } from '../meetings/api';
import { errorMessage } from '../points/api';
import { useResourcePermissions } from '../schema/useSchema';
import { useFineBand } from './PenaltyPowers';

export const STEPS = ['filed', 'investigated', 'decided', 'executed', 'closed'] as const;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type Case = { id: string; step: string; power: string; fineYuan: number | null } & Record<string, any>;

export const StepsField = (_props: { label?: string }) => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  if (!record) return null;
  const done = STEPS.indexOf(record.step as (typeof STEPS)[number]);
  return (
    <Stepper activeStep={done + 1} alternativeLabel sx={{ py: 1 }}>
      {STEPS.map((s) => (
        <Step key={s}>
          <StepLabel optional={<Typography variant="caption">{record[`${s}On`] ?? ''}</Typography>}>
            {translate(`resources.enforcement-cases.enums.step.${s}`)}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
};

export const AdvanceButton = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const fineBand = useFineBand();
  const can = useResourcePermissions('enforcement-cases');
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(today());
  const [fine, setFine] = useState('');
  const [pending, setPending] = useState(false);
  const { data: power } = useGetOne('penalty-powers', { id: record?.power }, { enabled: !!record?.power });
  if (!record || !can.edit) return null;
  const next = STEPS[STEPS.indexOf(record.step as (typeof STEPS)[number]) + 1];
  if (!next) return null;
  const stepName = translate(`resources.enforcement-cases.enums.step.${next}`);
  const submit = async () => {
    setPending(true);
    try {
      const body: Record<string, unknown> = { step: next, on };
      if (next === 'decided') body.fineYuan = fine.trim() === '' ? null : Number(fine);
      await apiSend('POST', `/enforcement-cases/${encodeURIComponent(String(record.id))}/advance`, body);
      notify('app.enforcement.advanced', { type: 'success', messageArgs: { step: stepName } });
      setOpen(false);
      refresh();
    } catch (error) {
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label={translate('app.enforcement.next_step', { step: stepName })} onClick={() => setOpen(true)} variant="contained"><NextPlanIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('app.enforcement.next_step', { step: stepName })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1, minWidth: 300 }}>
            <MuiTextField type="date" label={translate('app.enforcement.step_on')} value={on} onChange={(e) => setOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} autoFocus />
            {next === 'decided' && (
              <MuiTextField
                type="number" label={translate('app.enforcement.fine')} value={fine} onChange={(e) => setFine(e.target.value)}
                helperText={translate('app.enforcement.fine_hint', { band: fineBand(power) })} slotProps={{ htmlInput: { min: 0, step: 1 } }}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={pending || !on} onClick={submit}>{translate('ra.action.confirm')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
