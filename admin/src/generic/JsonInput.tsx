// JSON edited as text. The form keeps what the user types (re-formatting on every keystroke would
// move the cursor); parseJsonFields turns it back into a value on save, after validJson passed.
import { TextInput, type Validator } from 'react-admin';

const toText = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value, null, 2));

export const validJson: Validator = (value) => {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    JSON.parse(value);
    return undefined;
  } catch {
    return 'app.json.invalid';
  }
};

interface Props {
  source: string;
  label?: string;
  validate?: Validator[];
}

export const JsonInput = ({ source, label, validate = [] }: Props) => (
  <TextInput
    source={source}
    label={label}
    multiline
    minRows={4}
    format={toText}
    parse={(v: string) => v}
    validate={[validJson, ...validate]}
    sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 13 } }}
  />
);

/** Form data → record: text typed into JSON inputs becomes JSON again (empty text becomes null). */
export const parseJsonFields = (fields: string[]) => (data: Record<string, unknown>) => {
  const out = { ...data };
  for (const f of fields) {
    const v = out[f];
    if (typeof v === 'string') out[f] = v.trim() === '' ? null : JSON.parse(v);
  }
  return out;
};
