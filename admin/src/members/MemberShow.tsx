import { Show } from 'react-admin';
import { MemberShowLayout } from './MemberShowLayout';
import { ShowPrintActions } from '../prints/ShowPrintActions';

export const MemberShow = () => (
  <Show actions={<ShowPrintActions kind="ledger" />}>
    <MemberShowLayout />
  </Show>
);
