// Dates in the panel's language; times always in Asia/Shanghai (stored UTC), wherever the browser is.
import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const SHANGHAI: Intl.DateTimeFormatOptions = {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
};

export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...(props.showTime ? { options: SHANGHAI } : {})} {...props} />;
};
