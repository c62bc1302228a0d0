import { SaveButton, Toolbar } from 'react-admin';

/** 提交申报: uploads the evidence file, if any, then creates the entry (useProposalSave). */
export const ProposalToolbar = () => (
  <Toolbar>
    <SaveButton label="app.entries.submit" />
  </Toolbar>
);
