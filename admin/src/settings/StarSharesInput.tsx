// 支部星级 as rows of 星级 and the share of branches (whole percent) that gets it.
import { ArrayInput, NumberInput, SimpleFormIterator } from 'react-admin';

export const StarSharesInput = () => (
  <ArrayInput source="parameters.shares" label="app.settings.star_shares">
    <SimpleFormIterator inline data-testid="star-shares-input">
      <NumberInput source="stars" label="app.settings.stars" helperText={false} step={1} min={1} max={5} sx={{ minWidth: 110 }} />
      <NumberInput source="percent" label="app.settings.percent" helperText={false} step={1} min={1} max={100} sx={{ minWidth: 130 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
