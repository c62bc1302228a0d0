import { NumberInput, TextInput, required } from 'react-admin';
import { Box } from '@mui/material';
import { checkTemplateOffices, populationBandProblem } from '../settings/checks';
import { mergeErrors, problemsToErrors } from '../settings/formErrors';
import { OfficesInput } from '../settings/OfficesInput';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;

/** The server's checks: offices by row, and a population band that is not upside down. */
export const validateTemplate = (values: Record<string, any>) => {
  const band = populationBandProblem(values.minPopulation, values.maxPopulation);
  return mergeErrors(problemsToErrors('offices', checkTemplateOffices(values.offices ?? [])), band ? { maxPopulation: band } : {});
};

export const OfficeTemplateFormFields = () => (
  <>
    <Box sx={row}>
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={required()} />
    </Box>
    <Box sx={row}>
      <NumberInput source="minPopulation" validate={required()} step={1000} min={0} />
      <NumberInput source="maxPopulation" step={1000} min={0} helperText="app.settings.max_population_help" />
    </Box>
    <OfficesInput />
  </>
);
