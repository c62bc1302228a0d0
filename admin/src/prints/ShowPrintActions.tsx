import { EditButton, TopToolbar, useRecordContext, useResourceDefinition } from 'react-admin';
import type { PrintKind } from './types';
import { PrintButton } from './PrintButton';

/** A show page's toolbar with its 台账 to print (`when` decides for which records) beside 编辑. */
export const ShowPrintActions = ({ kind, when }: { kind: PrintKind; when?: (record: any) => boolean }) => {
  const record = useRecordContext();
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      {record && (!when || when(record)) && <PrintButton kind={kind} id={String(record.id)} />}
      {hasEdit && <EditButton />}
    </TopToolbar>
  );
};
