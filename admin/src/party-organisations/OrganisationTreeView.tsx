// The organisation tree: one row per organisation, indented by depth, unfolding a level at a time
// (children are fetched when a row opens). Every row carries the totals of its whole subtree, so a
// 党委 or 党总支 shows how many members and branches it holds without opening it.
import { useState } from 'react';
import { Alert, Box, Chip, IconButton, LinearProgress, Stack, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Link } from 'react-router-dom';
import { RecordContextProvider, useCreatePath, useTranslate } from 'react-admin';
import { CheckChip } from '../check/CheckChip';
import { enumKey } from '../common/enumChoices';
import { errorMessage } from '../points/api';
import type { Id } from '../types';
import { useOrganisationTree, type TreeNode } from './useOrganisationTree';

const LEVEL_COLORS = { committee: 'primary', general_branch: 'secondary', branch: 'default', party_group: 'default' } as const;

/** 党员 120（预备 4）· 下辖 3 个党支部、9 个党小组 */
export const SubtreeSummary = ({ node }: { node: TreeNode }) => {
  const translate = useTranslate();
  const total = node.members.full + node.members.probationary;
  const parts = [
    translate('app.organisation.tree_members', { total, probationary: node.members.probationary }),
  ];
  const below = [
    node.below.general_branch ? translate('app.organisation.tree_general_branches', { smart_count: node.below.general_branch }) : null,
    node.below.branch ? translate('app.organisation.tree_branches', { smart_count: node.below.branch }) : null,
    node.below.party_group ? translate('app.organisation.tree_groups', { smart_count: node.below.party_group }) : null,
  ].filter(Boolean);
  if (below.length) parts.push(translate('app.organisation.tree_below', { list: below.join('、') }));
  return <>{parts.join(' · ')}</>;
};

const Row = ({ node, depth }: { node: TreeNode; depth: number }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        data-testid="org-tree-row"
        data-level={node.level}
        sx={{ alignItems: 'center', py: 0.75, pr: 1, pl: { xs: depth * 1.5, sm: depth * 3 }, borderBottom: 1, borderColor: 'divider', minWidth: 0 }}
      >
        <Box sx={{ width: 34, flexShrink: 0 }}>
          {node.children > 0 && (
            <IconButton size="small" onClick={() => setOpen(!open)} aria-expanded={open}
              aria-label={translate(open ? 'app.organisation.collapse' : 'app.organisation.expand', { name: node.name })}>
              {open ? <ExpandMoreIcon /> : <ChevronRightIcon />}
            </IconButton>
          )}
        </Box>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography component={Link} to={createPath({ resource: 'party-organisations', id: node.id, type: 'show' })}
              sx={{ fontWeight: depth === 0 ? 600 : 500, color: 'text.primary', textDecoration: 'none', '&:hover': { textDecoration: 'underline' }, wordBreak: 'break-all' }}>
              {node.name}
            </Typography>
            <Chip size="small" color={LEVEL_COLORS[node.level]} variant={node.level === 'committee' ? 'filled' : 'outlined'}
              label={translate(enumKey('party-organisations', 'level', node.level))} />
          </Stack>
          <Typography variant="body2" color="text.secondary" data-testid="org-tree-summary">
            <SubtreeSummary node={node} />
          </Typography>
        </Box>
        <Box sx={{ display: { xs: 'none', sm: 'block' }, flexShrink: 0 }}>
          <RecordContextProvider value={node}>
            <CheckChip />
          </RecordContextProvider>
        </Box>
      </Stack>
      {open && <Level parent={node.id} depth={depth + 1} />}
    </>
  );
};

const Level = ({ parent, depth }: { parent?: Id; depth: number }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useOrganisationTree(parent);
  if (error) {
    const message = errorMessage(error);
    return <Alert severity="warning" sx={{ ml: depth * 3 }}>{translate(message, { _: message })}</Alert>;
  }
  if (isPending) return <LinearProgress sx={{ ml: depth * 3 }} />;
  if (!data.data.length && depth === 0) return <Typography sx={{ p: 2 }} color="text.secondary">{translate('app.organisation.no_children')}</Typography>;
  return (
    <>
      {data.data.map((node) => (
        <Row key={node.id} node={node} depth={depth} />
      ))}
    </>
  );
};

/** The tree from the caller's tops (no `parent`), or below one organisation. */
export const OrganisationTreeView = ({ parent }: { parent?: Id }) => (
  <Box data-testid="org-tree" sx={{ borderTop: 1, borderColor: 'divider' }}>
    <Level parent={parent} depth={0} />
  </Box>
);
