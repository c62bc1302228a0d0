// An appraisal rule's parameters as people read them. Grades: 等次, 分数下限, 比例上限 and whether
// a probationary member may get it (never 优秀, by national rule). Stars: 星级 and the share of
// branches that gets it.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';
import { formatTenths } from '../points/tenths';

interface GradeParameters {
  bands?: Array<{ grade: string; min: number }>;
  excellentMaxShare?: { numerator: number; denominator: number };
}
interface StarParameters {
  shares?: Array<{ stars: number; percent: number }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const AppraisalSummary = ({ kind, value, compact = false }: { kind: string | undefined; value: unknown; compact?: boolean }) => {
  const translate = useTranslate();
  if (!isRecord(value)) return <span>—</span>;
  const gradeLabel = (g: string) => translate(enumKey('appraisal-rules', 'grade', g), { _: g });
  if (kind === 'member_grades') {
    const p = value as GradeParameters;
    const share = p.excellentMaxShare ? `${p.excellentMaxShare.numerator}/${p.excellentMaxShare.denominator}` : '—';
    const bands = p.bands ?? [];
    if (compact) {
      return <span>{bands.map((b) => translate('app.settings.band_short', { grade: gradeLabel(b.grade), min: formatTenths(b.min) })).join('、')}</span>;
    }
    return (
      <Table size="small" data-testid="grades-summary">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.settings.grade')}</TableCell>
            <TableCell align="right">{translate('app.settings.grade_min')}</TableCell>
            <TableCell>{translate('app.settings.grade_share')}</TableCell>
            <TableCell>{translate('app.settings.grade_probationary')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {bands.map((b) => (
            <TableRow key={b.grade}>
              <TableCell>{gradeLabel(b.grade)}</TableCell>
              <TableCell align="right">{translate('app.points.value', { points: formatTenths(b.min) })}</TableCell>
              <TableCell>{b.grade === 'excellent' ? translate('app.settings.share_at_most', { share }) : translate('app.settings.no_limit')}</TableCell>
              <TableCell>{translate(b.grade === 'excellent' ? 'app.settings.probationary_no' : 'app.settings.probationary_yes')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  if (kind === 'branch_stars') {
    const shares = (value as StarParameters).shares ?? [];
    if (compact) return <span>{shares.map((s) => translate('app.settings.stars_short', { stars: s.stars, percent: s.percent })).join('、')}</span>;
    return (
      <Table size="small" data-testid="stars-summary">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.settings.stars')}</TableCell>
            <TableCell align="right">{translate('app.settings.percent')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shares.map((s) => (
            <TableRow key={s.stars}>
              <TableCell>{translate('app.ranking.stars_value', { smart_count: s.stars })}</TableCell>
              <TableCell align="right">{s.percent}%</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return <span>—</span>;
};
