// Members as cards below 600 px: name and status first, then branch and dates, one tap to open.
import { Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { RecordContextProvider, ReferenceField, useCreatePath, useListContext, useTranslate } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import type { Member } from '../types';
import { MemberStatusField } from './MemberStatusField';
import { PhoneField } from './PhoneField';

export const MobileGrid = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending } = useListContext<Member>();
  if (isPending || !data?.length) return null;
  return (
    <Stack spacing={1} sx={{ p: 1 }}>
      {data.map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <Card>
            <CardActionArea component={Link} to={createPath({ resource: 'members', id: record.id, type: 'show' })}>
              <CardContent sx={{ '&:last-child': { pb: 2 } }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="h6" component="span" sx={{ fontWeight: 600 }}>
                    {record.name}
                  </Typography>
                  <EnumChipField source="gender" enumResource="members" />
                  <MemberStatusField />
                </Stack>
                <Box sx={{ mt: 1, color: 'text.secondary', typography: 'body2' }}>
                  <div>
                    <ReferenceField source="partyOrganisation" reference="party-organisations" link={false} />
                  </div>
                  <div>
                    {translate('resources.members.fields.joinedDate')}：<LocalDateField source="joinedDate" />
                  </div>
                  <div>
                    {translate('resources.members.fields.phone')}：<PhoneField />
                  </div>
                </Box>
              </CardContent>
            </CardActionArea>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};
