// The inputs a township's edit and create forms share.
import { BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput, number, required, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { FOUR_IN_PLACE, TOWNSHIP_KINDS } from '../types';

export const TownshipFormFields = () => {
  const translate = useTranslate();
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <TextInput source="code" validate={required()} />
        <TextInput source="name" validate={required()} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
        <SelectInput source="kind" choices={enumChoices('townships', 'kind', TOWNSHIP_KINDS)} validate={required()} />
        <NumberInput source="population" step={1} min={0} validate={[required(), number()]} />
      </Box>
      <BooleanInput source="populationSynthetic" />
      <ReferenceInput source="officeTemplate" reference="office-templates">
        <SelectInput optionText="name" />
      </ReferenceInput>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
        {translate('app.township.four_in_place')}
      </Typography>
      {FOUR_IN_PLACE.map((item) => (
        <BooleanInput key={item} source={item} />
      ))}
    </>
  );
};
