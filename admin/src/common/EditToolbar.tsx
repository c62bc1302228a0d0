// Save, and Delete only when the schema says the caller may delete (the server refuses otherwise,
// so a button that can only fail is better not shown).
import { DeleteButton, SaveButton, Toolbar } from 'react-admin';
import { useResourcePermissions } from '../schema/useSchema';

export const EditToolbar = () => {
  const { delete: canDelete } = useResourcePermissions();
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {canDelete && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};
