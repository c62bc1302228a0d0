import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ViewListIcon from '@mui/icons-material/ViewList';
import { useTranslate } from 'react-admin';

export type OrganisationView = 'tree' | 'list';

/** 树形 / 列表: the tree for finding one's way, the list for searching and filtering at any depth. */
export const ViewToggle = ({ value, onChange }: { value: OrganisationView; onChange: (v: OrganisationView) => void }) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup size="small" exclusive value={value} onChange={(_, v: OrganisationView | null) => v && onChange(v)}>
      <ToggleButton value="tree" data-testid="view-tree">
        <AccountTreeIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('app.organisation.view_tree')}
      </ToggleButton>
      <ToggleButton value="list" data-testid="view-list">
        <ViewListIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('app.organisation.view_list')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
};
