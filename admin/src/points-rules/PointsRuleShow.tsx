import { BooleanField, Labeled, Show, TextField } from 'react-admin';
import { Grid as Layout } from '@mui/material';
import { CodeField } from '../common/CodeField';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import { PointsField } from '../points/PointsField';
import { CapField } from './CapField';
import { RuleCategoryField } from './RuleCategoryField';
import { SchemeChipField } from './SchemeChipField';

/** A rule: what it is worth and its cap, then who approves and when it applies. */
export const PointsRuleShow = () => (
  <Show>
    <Layout container spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Layout size={{ xs: 12, md: 6 }}>
        <Section title="resources.points-rules.name">
          <Layout container spacing={2}>
            <Layout size={6}><Labeled><CodeField source="code" /></Labeled></Layout>
            <Layout size={6}><Labeled><TextField source="name" /></Labeled></Layout>
            <Layout size={6}><Labeled><SchemeChipField source="scheme" /></Labeled></Layout>
            <Layout size={6}><Labeled><RuleCategoryField source="category" /></Labeled></Layout>
            <Layout size={6}><Labeled><PointsField source="pointsTenths" signed /></Labeled></Layout>
            <Layout size={6}><Labeled><CapField source="capTenths" /></Labeled></Layout>
            <Layout size={12}><Labeled><TextField source="description" emptyText="—" /></Labeled></Layout>
          </Layout>
        </Section>
      </Layout>
      <Layout size={{ xs: 12, md: 6 }}>
        <Section title="app.points.rule_terms">
          <Layout container spacing={2}>
            <Layout size={6}><Labeled><EnumChipField source="target" /></Labeled></Layout>
            <Layout size={6}><Labeled><EnumChipField source="approver" /></Labeled></Layout>
            <Layout size={6}><Labeled><EnumChipField source="trigger" /></Labeled></Layout>
            <Layout size={6}><Labeled><TextField source="meetingKind" emptyText="—" /></Labeled></Layout>
            <Layout size={6}><Labeled><BooleanField source="outsideCap" /></Labeled></Layout>
            <Layout size={6}><Labeled><BooleanField source="floorAtZero" /></Labeled></Layout>
            <Layout size={6}><Labeled><BooleanField source="evidenceRequired" /></Labeled></Layout>
            <Layout size={6}><Labeled><BooleanField source="active" /></Labeled></Layout>
            <Layout size={6}><Labeled><LocalDateField source="effectiveFrom" emptyText="—" /></Labeled></Layout>
            <Layout size={6}><Labeled><LocalDateField source="effectiveTo" emptyText="—" /></Labeled></Layout>
          </Layout>
        </Section>
      </Layout>
    </Layout>
  </Show>
);
