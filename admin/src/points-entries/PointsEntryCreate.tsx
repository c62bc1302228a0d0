// A proposal (申报): member, rule, day and reason, and for rules that need it an evidence file (凭证),
// uploaded before the entry is created. The points come from the rule; status, proposer and the rest
// are the server's, so only these fields are sent. A refusal (over the cap, rule not yet in force…)
// comes back as a Chinese message and is shown as is.
import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { todayInShanghai } from '../points/dates';
import { formatTenths } from '../points/tenths';
import type { PointsRule } from '../types';
import { EvidenceInput } from './EvidenceInput';
import { memberOptionText } from './memberOption';
import { ProposalToolbar } from './ProposalToolbar';
import { RuleHint } from './RuleHint';
import { useProposalSave } from './useProposalSave';

const ruleOptionText = (rule?: PointsRule) => (rule ? `${rule.name}（${formatTenths(rule.pointsTenths, { signed: true })}）` : '');

const ProposalForm = () => {
  const save = useProposalSave();
  return (
    <SimpleForm defaultValues={{ occurredOn: todayInShanghai() }} onSubmit={save} toolbar={<ProposalToolbar />} sx={{ maxWidth: 720 }}>
      <ReferenceInput source="member" reference="members">
        <AutocompleteInput optionText={memberOptionText} validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceInput
        source="rule"
        reference="points-rules"
        filter={{ active: true, target: 'member' }}
        sort={{ field: 'code', order: 'ASC' }}
        perPage={100}
      >
        <AutocompleteInput optionText={ruleOptionText} validate={required()} fullWidth />
      </ReferenceInput>
      <RuleHint />
      <DateInput source="occurredOn" validate={required()} />
      <TextInput source="reason" multiline minRows={2} validate={[required(), maxLength(500)]} fullWidth />
      <EvidenceInput />
    </SimpleForm>
  );
};

export const PointsEntryCreate = () => (
  <Create redirect="show" title="app.entries.create_title">
    <ProposalForm />
  </Create>
);
