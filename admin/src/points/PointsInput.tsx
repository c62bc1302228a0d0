// A number input in points (one decimal) for a field stored in tenths: shows 25 as "2.5" and
// saves "2.5" as 25. Empty stays null (e.g. capTenths: no cap).
import { NumberInput, type NumberInputProps } from 'react-admin';
import { pointsToTenths, tenthsToInput } from './tenths';

export const PointsInput = (props: NumberInputProps) => (
  <NumberInput step={0.1} format={tenthsToInput} parse={pointsToTenths} helperText="app.points.input_help" {...props} />
);
