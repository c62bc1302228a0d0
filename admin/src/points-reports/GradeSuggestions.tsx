// 年度评定建议 for one branch: each member's score and the grade the active appraisal rule suggests
// (优秀 capped at the branch's limit; probationary members are never 优秀). A suggestion, decided by
// the branch meeting, so it is shown, not saved.
import { Alert, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';
import { errorMessage, usePointsQuery } from '../points/api';
import { formatTenths } from '../points/tenths';
import type { Grade, Id } from '../types';

interface Grades {
  branch: { id: Id; name: string };
  year: number;
  excellentLimit: number;
  members: Array<{ id: Id; name: string; status: string; scoreTenths: number; grade: Grade }>;
}

const GRADE_COLORS = { excellent: 'success', qualified: 'primary', basically_qualified: 'warning', unqualified: 'error' } as const;

export const GradeSuggestions = ({ year, branch }: { year: number; branch: { id: Id; name: string } | null }) => {
  const translate = useTranslate();
  const { data, isPending, error } = usePointsQuery<Grades>('/grades', { year, branch: branch?.id }, { enabled: !!branch });
  if (!branch) return <Typography variant="body2" color="text.secondary">{translate('app.ranking.pick_branch')}</Typography>;
  if (error) {
    const message = errorMessage(error);
    return <Alert severity="warning">{translate(message, { _: message })}</Alert>;
  }
  if (isPending || !data) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  const grades = data.data;
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('app.ranking.grades_intro', { name: grades.branch.name, year: grades.year, limit: grades.excellentLimit })}
      </Typography>
      <Table size="small" data-testid="grade-suggestions">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.members.fields.name')}</TableCell>
            <TableCell align="right">{translate('app.ranking.score')}</TableCell>
            <TableCell>{translate('app.ranking.grade')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {grades.members.map((m) => (
            <TableRow key={m.id}>
              <TableCell>
                {m.name}
                {m.status === 'probationary' && (
                  <Typography component="span" variant="caption" color="text.secondary">
                    {' '}（{translate('resources.members.enums.status.probationary')}）
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{formatTenths(m.scoreTenths)}</TableCell>
              <TableCell>
                <Chip size="small" color={GRADE_COLORS[m.grade] ?? 'default'} label={translate(enumKey('appraisal-rules', 'grade', m.grade), { _: m.grade })} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
};
