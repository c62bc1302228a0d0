// 批量加分: one rule, day and reason for the selected members → POST /api/points/bulk. The server
// checks every member first and writes all or nothing; its per-member problems are listed here.
// The idempotency key is made once per opening, so a retried click replays instead of awarding twice.
import { useState } from 'react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, MenuItem, Stack, TextField,
} from '@mui/material';
import { useGetList, useTranslate, type Identifier } from 'react-admin';
import { errorDetails, errorMessage, pointsPost } from '../points/api';
import { todayInShanghai } from '../points/dates';
import { newIdempotencyKey } from '../points/idempotencyKey';
import { formatTenths } from '../points/tenths';
import type { PointsRule } from '../types';

interface BulkResult {
  created: number;
  approved: number;
  replayed?: boolean;
}

interface Problem {
  member: string;
  name?: string;
  message: string;
}

interface Props {
  memberIds: Identifier[];
  onClose: (done: boolean) => void;
}

export const BulkAwardDialog = ({ memberIds, onClose }: Props) => {
  const translate = useTranslate();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [rule, setRule] = useState('');
  const [occurredOn, setOccurredOn] = useState(todayInShanghai);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [failure, setFailure] = useState<{ message: string; problems: Problem[] } | null>(null);

  const { data: rules = [], isPending } = useGetList<PointsRule>('points-rules', {
    filter: { active: true, target: 'member' },
    sort: { field: 'code', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  // Rules that need evidence go one by one through the county's review, never in bulk.
  const choices = rules.filter((r) => !r.evidenceRequired);

  const submit = async () => {
    setSending(true);
    setFailure(null);
    try {
      setResult(await pointsPost<BulkResult>('/bulk', { rule, members: memberIds, reason: reason.trim(), occurredOn, idempotencyKey }));
    } catch (error) {
      setFailure({ message: errorMessage(error), problems: errorDetails<{ problems?: Problem[] }>(error)?.problems ?? [] });
    } finally {
      setSending(false);
    }
  };

  const canSubmit = !!rule && !!occurredOn && !!reason.trim() && !sending && !result;
  return (
    <Dialog open onClose={() => onClose(!!result)} fullWidth maxWidth="sm" aria-labelledby="bulk-award-title">
      <DialogTitle id="bulk-award-title">{translate('app.bulk_award.title', { smart_count: memberIds.length })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={translate('app.bulk_award.rule')}
            value={rule}
            onChange={(e) => setRule(e.target.value)}
            disabled={isPending || !!result}
            required
            helperText={translate('app.bulk_award.rule_help')}
          >
            {choices.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {r.name}（{translate('app.points.value', { points: formatTenths(r.pointsTenths, { signed: true }) })}）
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            label={translate('resources.points-entries.fields.occurredOn')}
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.target.value)}
            disabled={!!result}
            required
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            label={translate('resources.points-entries.fields.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            disabled={!!result}
            required
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {result && (
            <Alert severity="success" data-testid="bulk-award-result">
              {translate(result.replayed ? 'app.bulk_award.replayed' : 'app.bulk_award.done', {
                created: result.created,
                approved: result.approved,
                pending: result.created - result.approved,
              })}
            </Alert>
          )}
          {failure && (
            <Alert severity="error" data-testid="bulk-award-problems">
              {translate(failure.message, { _: failure.message })}
              {failure.problems.length > 0 && (
                <List dense disablePadding>
                  {failure.problems.map((p) => (
                    <ListItem key={p.member} disableGutters>
                      <ListItemText primary={p.message} secondary={p.name ? undefined : p.member} />
                    </ListItem>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(!!result)}>{translate(result ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        {!result && (
          <Button variant="contained" onClick={submit} disabled={!canSubmit}>
            {translate('app.bulk_award.submit')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
