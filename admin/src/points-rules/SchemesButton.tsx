import { useState } from 'react';
import { Button, usePermissions } from 'react-admin';
import TuneIcon from '@mui/icons-material/Tune';
import { SchemesDialog } from './SchemesDialog';

/** 积分方案 in the rule list's toolbar; only the county switches schemes. */
export const SchemesButton = () => {
  const { permissions } = usePermissions();
  const [open, setOpen] = useState(false);
  if (permissions !== 'county') return null;
  return (
    <>
      <Button label="app.schemes.button" onClick={() => setOpen(true)}>
        <TuneIcon />
      </Button>
      {open && <SchemesDialog open onClose={() => setOpen(false)} />}
    </>
  );
};
