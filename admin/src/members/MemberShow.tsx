import { Show } from 'react-admin';
import { MemberShowLayout } from './MemberShowLayout';

export const MemberShow = () => (
  <Show>
    <MemberShowLayout />
  </Show>
);
