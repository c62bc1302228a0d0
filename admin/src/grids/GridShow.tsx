import { Labeled, ReferenceField, ReferenceManyField, Show, SingleFieldList, TextField } from 'react-admin';
import { Grid as Layout, Stack } from '@mui/material';
import { CheckFindings } from '../check/CheckFindings';
import { Section } from '../common/Section';
import { GridKindField } from './GridKindField';
import { GridStaffList } from './GridStaffList';
import { StandardField } from './StandardField';

/** A grid: where it is, the standard it is staffed against and the verdict, its staff. */
export const GridShow = () => (
  <Show>
    <Layout container spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Layout size={{ xs: 12, md: 6 }}>
        <Section title="resources.grids.name">
          <Layout container spacing={2}>
            <Layout size={6}><Labeled><TextField source="code" /></Labeled></Layout>
            <Layout size={6}><Labeled><GridKindField source="kind" /></Labeled></Layout>
            <Layout size={6}><Labeled><ReferenceField source="township" reference="townships" link="show" /></Labeled></Layout>
            <Layout size={6}><Labeled><TextField source="village" emptyText="—" /></Labeled></Layout>
            <Layout size={12}>
              <Labeled label="app.grid.party_organisations">
                <ReferenceManyField reference="party-organisations" target="grid" perPage={20}>
                  <SingleFieldList linkType="show" />
                </ReferenceManyField>
              </Labeled>
            </Layout>
          </Layout>
        </Section>
      </Layout>
      <Layout size={{ xs: 12, md: 6 }}>
        <Section title="resources.grids.fields.check">
          <Stack spacing={1}>
            <Labeled label="resources.grids.fields.standard"><StandardField /></Labeled>
            <CheckFindings />
          </Stack>
        </Section>
      </Layout>
      <Layout size={12}>
        <Section title="app.grid.staff">
          <GridStaffList />
        </Section>
      </Layout>
    </Layout>
  </Show>
);
