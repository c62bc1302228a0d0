// Money typed in yuan (up to two decimals), stored as integer fen: 50000 → 5000000.
import { TextInput, type TextInputProps } from 'react-admin';
import { formatFen, toFen } from './money';

const parse = (v: string) => {
  if (v == null || v.trim() === '') return null;
  try {
    return toFen(v);
  } catch {
    return v; // kept as typed; validation says what is wrong
  }
};
const format = (v: unknown) => (v == null || v === '' ? '' : typeof v === 'number' || /^\d+$/.test(String(v)) ? formatFen(Number(v)).replace(/,/g, '') : String(v));
const money = (v: unknown) => (v == null || typeof v === 'number' || /^\d+$/.test(String(v)) ? undefined : 'app.decisions.money_format');

export const YuanInput = (props: Omit<TextInputProps, 'parse' | 'format'>) => (
  <TextInput {...props} parse={parse} format={format} validate={[money, ...(Array.isArray(props.validate) ? props.validate : props.validate ? [props.validate] : [])]} helperText={props.helperText ?? 'app.decisions.yuan_help'} />
);
