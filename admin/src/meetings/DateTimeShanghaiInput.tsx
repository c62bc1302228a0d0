// A date and time entered as Beijing time and stored as a UTC instant, whatever the browser's zone.
import { TextInput, type TextInputProps } from 'react-admin';
import { fromShanghaiInput, toShanghaiInput } from './time';

export const DateTimeShanghaiInput = (props: TextInputProps) => (
  <TextInput
    type="datetime-local"
    format={(v: string | null) => toShanghaiInput(v)}
    parse={(v: string) => fromShanghaiInput(v)}
    slotProps={{ inputLabel: { shrink: true } }}
    {...props}
  />
);
