// 导出 in every list: the server writes the whole list (not just the page) with the list's current
// filter and sort, as Excel or CSV; selected rows export with `ids`.
import { useState, type MouseEvent } from 'react';
import { Button, CircularProgress, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useListContext, useNotify, useResourceContext, useTranslate } from 'react-admin';
import { downloadExport, type ExportFormat } from './download';

export const ExportMenuButton = ({ ids, label = 'app.export.button', testId = 'export-button' }: { ids?: Array<string | number>; label?: string; testId?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const resource = useResourceContext();
  const { filterValues, sort, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [running, setRunning] = useState(false);
  const run = async (format: ExportFormat) => {
    setAnchor(null);
    if (!resource) return;
    setRunning(true);
    try {
      await downloadExport(resource, { format, sort, filter: ids ? { id: ids } : filterValues });
    } catch (error) {
      notify('app.export.failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={running ? <CircularProgress size={16} /> : <DownloadIcon />}
        disabled={running || total === 0}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        data-testid={testId}
      >
        {translate(running ? 'app.export.running' : label)}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('xlsx')}>{translate('app.export.xlsx')}</MenuItem>
        <MenuItem onClick={() => run('csv')}>{translate('app.export.csv')}</MenuItem>
      </Menu>
    </>
  );
};

/** For bulk actions: exports the selected rows. */
export const ExportSelectedButton = () => {
  const { selectedIds } = useListContext();
  return <ExportMenuButton ids={selectedIds} label="app.export.selected" testId="export-selected-button" />;
};
