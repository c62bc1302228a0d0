import { SaveButton, Toolbar } from 'react-admin';
import { useSelectedRule } from './useSelectedRule';

/** 提交 is disabled for rules that need evidence (no upload through the bridge yet). */
export const ProposalToolbar = () => {
  const rule = useSelectedRule();
  return (
    <Toolbar>
      <SaveButton label="app.entries.submit" disabled={!!rule?.evidenceRequired} />
    </Toolbar>
  );
};
