import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A field's label: resources.<resource>.fields.<field>, then the shared labels (id, timestamps),
 * then the bare field name — so a field added in the Content-Type Builder is at least legible.
 */
export function useFieldLabel() {
  const translate = useTranslate();
  return useCallback(
    (resource: string, field: string) =>
      translate(`resources.${resource}.fields.${field}`, { _: translate(`app.common_fields.${field}`, { _: field }) }),
    [translate],
  );
}
