import { BooleanField, Labeled, NumberField, ReferenceField, Show, TextField } from 'react-admin';
import { Grid, Stack } from '@mui/material';
import { CheckFindings } from '../check/CheckFindings';
import { EnumChipField } from '../common/EnumChipField';
import { Section } from '../common/Section';
import { FourInPlaceField } from './FourInPlaceField';
import { RequiredTemplateField } from './RequiredTemplateField';
import { TownshipOffices } from './TownshipOffices';
import { ShowPrintActions } from '../prints/ShowPrintActions';

/** A township: its facts, the 四个到位 checklist, what the structure check found, its offices. */
export const TownshipShow = () => (
  <Show actions={<ShowPrintActions kind="township" />}>
    <Grid container spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title="resources.townships.name">
          <Grid container spacing={2}>
            <Grid size={6}><Labeled><TextField source="code" /></Labeled></Grid>
            <Grid size={6}><Labeled><EnumChipField source="kind" /></Labeled></Grid>
            <Grid size={6}><Labeled><NumberField source="population" /></Labeled></Grid>
            <Grid size={6}><Labeled><BooleanField source="populationSynthetic" /></Labeled></Grid>
            <Grid size={6}>
              <Labeled><ReferenceField source="officeTemplate" reference="office-templates" /></Labeled>
            </Grid>
            <Grid size={6}>
              <Labeled label="resources.townships.fields.requiredTemplate"><RequiredTemplateField /></Labeled>
            </Grid>
          </Grid>
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <Section title="app.township.four_in_place">
            <FourInPlaceField />
          </Section>
          <Section title="resources.townships.fields.check">
            <CheckFindings />
          </Section>
        </Stack>
      </Grid>
      <Grid size={12}>
        <Section title="app.township.offices">
          <TownshipOffices />
        </Section>
      </Grid>
    </Grid>
  </Show>
);
