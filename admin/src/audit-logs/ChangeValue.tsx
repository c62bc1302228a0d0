// One recorded value, readable: enumerations by their label, booleans as 是/否, related records by
// name, times in Asia/Shanghai, and the county's settings (offices, staffing roles, grade bands) as
// the same tables their own pages show — never raw JSON or a bare record id.
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumKey } from '../common/enumChoices';
import { useFieldLabel } from '../generic/useFieldLabel';
import { useSchemaResource } from '../schema/useSchema';
import { isToOne } from '../schema/types';
import { AppraisalSummary } from '../settings/AppraisalSummary';
import { OfficesSummary } from '../settings/OfficesSummary';
import { StaffingSummary } from '../settings/StaffingSummary';
import { ReferenceValue } from './ReferenceValue';
import { formatTenths } from '../points/tenths';

/** A related record or file as the server keeps it in the log: its id and the name it had then. */
interface NamedLink {
  id: string | number;
  name: string | null;
}
const isNamedLink = (v: unknown): v is NamedLink => !!v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && 'name' in v && Object.keys(v).length === 2;
const namedLinks = (v: unknown): NamedLink[] | null => (isNamedLink(v) ? [v] : Array.isArray(v) && v.length && v.every(isNamedLink) ? v : null);

interface Props {
  resource: string;
  field: string;
  value: unknown;
  /** the other fields of the same entry, e.g. an appraisal rule's kind for its parameters */
  context?: Record<string, unknown> | null;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SHANGHAI: Intl.DateTimeFormatOptions = { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false };

/** The documentIds a relation write named: an id, a list, or { connect | set: [...] }. */
function relatedIds(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const list = (o.set ?? o.connect) as unknown;
    if (Array.isArray(list)) return list.map((x) => (typeof x === 'string' ? x : (x as { documentId?: string })?.documentId)).filter((x): x is string => !!x);
  }
  return null;
}

const Plain = ({ value, resource }: { value: unknown; resource: string }) => {
  const translate = useTranslate();
  const labelOf = useFieldLabel();
  if (value === null || value === undefined || value === '') return <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>;
  if (typeof value === 'boolean') return <span>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</span>;
  if (typeof value === 'number') return <span>{value.toLocaleString('zh-CN')}</span>;
  if (typeof value === 'string') return <span>{ISO_TIME.test(value) ? new Date(value).toLocaleString('zh-CN', SHANGHAI) : value}</span>;
  if (Array.isArray(value)) {
    return (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {value.map((v, i) => (
          <li key={i}><Plain value={v} resource={resource} /></li>
        ))}
      </Box>
    );
  }
  return (
    <Box component="dl" sx={{ m: 0, '& dt': { color: 'text.secondary', fontSize: 12 }, '& dd': { m: 0, mb: 0.5 } }}>
      {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
        <div key={k}>
          <dt>{labelOf(resource, k)}</dt>
          <dd><Plain value={v} resource={resource} /></dd>
        </div>
      ))}
    </Box>
  );
};

export const ChangeValue = ({ resource, field, value, context }: Props) => {
  const translate = useTranslate();
  const schema = useSchemaResource(resource);
  if (value === undefined || value === null || value === '') return <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>;
  const attribute = schema?.fields.find((f) => f.name === field);
  // Points travel in tenths: shown as the screens show them (2 分, not 20).
  if (typeof value === 'number' && /Tenths$/.test(field)) return <span>{translate('app.points.value', { points: formatTenths(value) })}</span>;
  const links = namedLinks(value);
  if (links) {
    const reference = attribute?.type === 'relation' ? attribute.target : undefined;
    return (
      <>
        {links.map((l, i) => (
          <span key={String(l.id)}>
            {i > 0 && '、'}
            {reference && typeof l.id === 'string'
              ? <ReferenceValue reference={reference} id={l.id} fallback={l.name ?? translate('app.audit.unavailable_record')} />
              : <span>{l.name ?? translate('app.audit.unavailable_record')}</span>}
          </span>
        ))}
      </>
    );
  }
  if (attribute?.type === 'relation' && attribute.target) {
    const ids = relatedIds(value);
    if (ids) {
      return (
        <>
          {ids.map((id, i) => (
            <span key={id}>{i > 0 && '、'}<ReferenceValue reference={attribute.target!} id={id} /></span>
          ))}
        </>
      );
    }
    return <span>{translate('app.audit.linked_record')}</span>;
  }
  if (attribute && isToOne(attribute)) return <span>{translate('app.audit.linked_record')}</span>;
  if (resource === 'office-templates' && field === 'offices') return <OfficesSummary value={value} />;
  if (resource === 'grid-standards' && field === 'roles') return <StaffingSummary value={value} />;
  if (resource === 'appraisal-rules' && field === 'parameters') {
    const kind = typeof context?.kind === 'string' ? context.kind : value && typeof value === 'object' && 'shares' in value ? 'branch_stars' : 'member_grades';
    return <AppraisalSummary kind={kind} value={value} />;
  }
  if (typeof value === 'string' && attribute?.type === 'enumeration') return <span>{translate(enumKey(resource, field, value), { _: value })}</span>;
  if (typeof value === 'string') return <span>{translate(enumKey(resource, field, value), { _: ISO_TIME.test(value) ? new Date(value).toLocaleString('zh-CN', SHANGHAI) : value })}</span>;
  return <Plain value={value} resource={resource} />;
};
