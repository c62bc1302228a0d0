// Each member's statement in the order spoken (agree / disagree / defer, with remarks). Where the
// rule wants the secretary last (末位表态), one click lays out everyone present with the secretary at
// the end; rows can still be moved up and down.
import { ArrayInput, Button, SelectInput, SimpleFormIterator, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, Stack } from '@mui/material';
import FormatListNumberedIcon from '@mui/icons-material/FormatListNumbered';
import { enumChoices } from '../common/enumChoices';
import { POSITIONS, type DecisionRule, type Recusal, type Statement } from './types';
import { useMemberChoices } from './useMemberChoices';

export const StatementsInput = ({ rule }: { rule?: DecisionRule }) => {
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const present = (useWatch({ name: 'present' }) as string[] | undefined) ?? [];
  const recused = ((useWatch({ name: 'recused' }) as Recusal[] | undefined) ?? []).map((r) => r?.member);
  const secretary = useWatch({ name: 'secretary' }) as string | undefined;
  const speakers = present.filter((m) => !recused.includes(m));
  const choices = useMemberChoices(speakers);

  const layOut = () => {
    const existing = new Map(((getValues('statements') as Statement[] | undefined) ?? []).filter((s) => s?.member).map((s) => [s.member, s]));
    const order = [...speakers.filter((m) => m !== secretary), ...speakers.filter((m) => m === secretary)];
    setValue('statements', order.map((member) => existing.get(member) ?? { member, position: 'agree', remarks: '' }), { shouldDirty: true });
  };

  return (
    <Stack spacing={1}>
      {rule?.secretaryLast && <Alert severity="info">{translate('app.decisions.secretary_last_help')}</Alert>}
      {rule?.eachMemberStates && <Alert severity="info">{translate('app.decisions.each_states_help')}</Alert>}
      <div>
        <Button label="app.decisions.lay_out_statements" onClick={layOut} disabled={!speakers.length}>
          <FormatListNumberedIcon />
        </Button>
      </div>
      <ArrayInput source="statements" label="resources.decisions.fields.statements">
        <SimpleFormIterator inline>
          <SelectInput source="member" label="resources.decisions.fields.member" choices={choices} validate={required()} sx={{ minWidth: 200 }} />
          <SelectInput source="position" label="resources.decisions.fields.position" choices={enumChoices('decisions', 'position', POSITIONS)} validate={required()} />
          <TextInput source="remarks" label="resources.decisions.fields.remarks" validate={maxLength(500)} sx={{ minWidth: 220 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </Stack>
  );
};
