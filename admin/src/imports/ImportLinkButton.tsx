import { Button } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';

/** 批量导入 from a list's toolbar: the import page, on this kind. */
export const ImportLinkButton = ({ kind }: { kind: 'members' | 'grid-staffs' }) => {
  const translate = useTranslate();
  return (
    <Button component={Link} to={`/import?kind=${kind}`} size="small" startIcon={<UploadFileIcon />} data-testid="import-link">
      {translate('app.import.menu')}
    </Button>
  );
};
