import { EditButton, TopToolbar } from 'react-admin';
import { useResourcePermissions } from '../schema/useSchema';

/** 编辑, for those the schema lets edit. */
export const ShowActions = () => {
  const { edit } = useResourcePermissions();
  return <TopToolbar>{edit && <EditButton />}</TopToolbar>;
};
