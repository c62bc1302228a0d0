// Choose a party branch, narrowed to the township already chosen in the same form (or filter bar).
import { AutocompleteInput, ReferenceInput, required as requiredValidator } from 'react-admin';
import { useWatch } from 'react-hook-form';

interface Props {
  source: string;
  label?: string;
  required?: boolean;
  alwaysOn?: boolean;
}

export const BranchInput = ({ source, label, required }: Props) => {
  const township = useWatch({ name: 'township' }) as string | undefined;
  return (
    <ReferenceInput source={source} reference="party-organisations" filter={{ level: 'branch', ...(township ? { township } : {}) }}>
      <AutocompleteInput label={label} validate={required ? requiredValidator() : undefined} sx={{ minWidth: 220 }} />
    </ReferenceInput>
  );
};
