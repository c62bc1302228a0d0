// The staff dashboard's charts, each opening the list it was counted from.
import { Alert, Chip, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { formatTenths } from '../points/tenths';
import { BarChart } from './BarChart';
import { ChartCard } from './ChartCard';
import { linkPath } from './links';
import type { DashboardData, FindingsSection } from './types';

const COLORS = { full: '#c62828', probationary: '#ef9a9a', ok: '#66bb6a', warning: '#ffa726', error: '#e53935', bar: '#c62828', muted: '#90a4ae' };

const useNames = () => {
  const translate = useTranslate();
  return {
    translate,
    groupName: (d: DashboardData, name: string) => name || translate(d.dimension === 'party_group' ? 'app.dashboard.no_group' : 'app.dashboard.no_branch'),
    finding: (code: string) => translate(`app.dashboard.findings.${code}`, { _: code }),
  };
};

export const MembersCard = ({ d }: { d: DashboardData }) => {
  const { translate, groupName } = useNames();
  const groups = d.members.groups;
  return (
    <ChartCard
      testId="dashboard-members"
      title={translate(`app.dashboard.members_by_${d.dimension}`)}
      summary={translate('app.dashboard.members_summary', { full: d.members.full.toLocaleString('zh-CN'), probationary: d.members.probationary.toLocaleString('zh-CN') })}
      to="/members"
    >
      <BarChart
        stacked
        labels={groups.map((g) => groupName(d, g.name))}
        series={[
          { label: translate('resources.members.enums.status.full'), color: COLORS.full, values: groups.map((g) => g.full) },
          { label: translate('resources.members.enums.status.probationary'), color: COLORS.probationary, values: groups.map((g) => g.probationary) },
        ]}
        linkOf={(i, s) => linkPath(groups[i].link, { status: s === 0 ? 'full' : 'probationary' })}
      />
    </ChartCard>
  );
};

export const PointsCard = ({ d }: { d: DashboardData }) => {
  const { translate, groupName } = useNames();
  const groups = d.points.groups;
  // The lowest bands are often empty; start the distribution at the first one that has members.
  const first = Math.max(0, d.points.distribution.findIndex((b) => b.members > 0));
  const bands = d.points.distribution.slice(first);
  return (
    <>
      <ChartCard
        testId="dashboard-points"
        title={translate(`app.dashboard.points_by_${d.dimension}`, { year: d.points.year })}
        summary={translate('app.dashboard.points_summary', { average: formatTenths(d.points.averageTenths), members: d.points.members.toLocaleString('zh-CN') })}
        to="/points-ranking"
      >
        <BarChart
          labels={groups.map((g) => groupName(d, g.name))}
          series={[{ label: translate('app.dashboard.average_points'), color: COLORS.bar, values: groups.map((g) => g.averageTenths / 10) }]}
          linkOf={(i) => linkPath(groups[i].link)}
          format={(v) => translate('app.dashboard.points_value', { points: v })}
        />
      </ChartCard>
      <ChartCard testId="dashboard-distribution" title={translate('app.dashboard.points_distribution', { year: d.points.year })} to="/points-ranking">
        <BarChart
          vertical
          labels={bands.map((b) => `${b.fromTenths / 10}–${b.toTenths / 10}`)}
          series={[{ label: translate('app.dashboard.members_count'), color: COLORS.bar, values: bands.map((b) => b.members) }]}
          linkOf={() => '/points-ranking'}
        />
      </ChartCard>
    </>
  );
};

/** Grids (staffing) or branches (size): by group when there are groups, and by finding. */
export const FindingsCard = ({ d, section, kind }: { d: DashboardData; section: FindingsSection; kind: 'grids' | 'branches' }) => {
  const { translate, groupName, finding } = useNames();
  const groups = section.groups;
  return (
    <ChartCard
      testId={`dashboard-${kind}`}
      title={translate(`app.dashboard.${kind}_title`)}
      summary={translate('app.dashboard.check_summary', { total: section.total, error: section.error, warning: section.warning })}
      to={linkPath(section.link)}
    >
      {groups.length > 0 && (
        <BarChart
          stacked
          labels={groups.map((g) => groupName(d, g.name))}
          series={[
            { label: translate('app.dashboard.status_error'), color: COLORS.error, values: groups.map((g) => g.error) },
            { label: translate('app.dashboard.status_warning'), color: COLORS.warning, values: groups.map((g) => g.warning) },
            { label: translate('app.dashboard.status_ok'), color: COLORS.ok, values: groups.map((g) => g.ok) },
          ]}
          linkOf={(i, s) => {
            const link = groups[i].link;
            // A township's bars carry the township; the status follows the segment clicked.
            return link.filter && 'check' in link.filter ? linkPath(link, { check: ['error', 'warning', 'ok'][s] }) : linkPath(link);
          }}
        />
      )}
      <FindingChips findings={section.findings} label={finding} />
      {section.failing.length > 0 && groups.length === 0 && (
        <List dense disablePadding>
          {section.failing.map((f) => (
            <ListItemButton key={f.id} component={Link} to={f.link.path ?? linkPath(f.link)}>
              <ListItemText primary={f.name} secondary={f.findings.join('；')} />
            </ListItemButton>
          ))}
        </List>
      )}
    </ChartCard>
  );
};

const FindingChips = ({ findings, label }: { findings: FindingsSection['findings']; label: (code: string) => string }) => {
  const translate = useTranslate();
  if (!findings.length) return <Alert severity="success" sx={{ mt: 1 }}>{translate('app.dashboard.no_findings')}</Alert>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }}>
      {findings.map((f) => (
        <Chip key={f.code} component={Link} to={linkPath(f.link)} clickable color={f.severity === 'error' ? 'error' : 'warning'} variant="outlined" label={`${label(f.code)} ${f.count}`} />
      ))}
    </Stack>
  );
};

export const StructureCard = ({ d }: { d: DashboardData }) => {
  const { translate, finding } = useNames();
  const s = d.structure;
  if (!s) return null;
  return (
    <ChartCard
      testId="dashboard-structure"
      title={translate('app.dashboard.structure_title')}
      summary={translate('app.dashboard.check_summary', { total: s.total, error: s.error, warning: s.warning })}
      to={linkPath(s.link)}
    >
      <FindingChips findings={s.findings} label={finding} />
      <List dense disablePadding>
        {s.townships.filter((t) => t.status !== 'ok').map((t) => (
          <ListItemButton key={t.id} component={Link} to={t.link.path ?? linkPath(t.link)}>
            <ListItemText primary={t.name} secondary={t.findings.map((f) => f.message).join('；')} />
          </ListItemButton>
        ))}
      </List>
    </ChartCard>
  );
};

export const ApprovalsCard = ({ d }: { d: DashboardData }) => {
  const { translate, groupName } = useNames();
  const a = d.approvals;
  return (
    <ChartCard
      testId="dashboard-approvals"
      title={translate(a.by === 'township' ? 'app.dashboard.pending_by_township' : 'app.dashboard.pending_by_rule')}
      summary={translate('app.dashboard.pending_summary', { total: a.total, mine: a.mine })}
      to={linkPath(a.link)}
    >
      {a.groups.length ? (
        <BarChart
          labels={a.groups.map((g) => groupName(d, g.name))}
          series={[{ label: translate('app.dashboard.pending_entries'), color: COLORS.warning, values: a.groups.map((g) => g.pending) }]}
          linkOf={(i) => linkPath(a.groups[i].link)}
        />
      ) : (
        <Typography variant="body2">{translate('app.dashboard.nothing_pending')}</Typography>
      )}
    </ChartCard>
  );
};
