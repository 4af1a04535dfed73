import { DEFAULT_DATE_FORMAT, formatDate, fromPickerValue, parseDateFormat, toPickerValue, zoneLabel } from '../../lib/date-format';
import type { DateFormat } from '../../lib/date-format';
import type { FieldProps } from './field-props';
import { scalarText } from './field-props';

interface Props extends FieldProps {
  /** Format to use when the field has no value yet: a sibling date's (`updatedAt` follows `publishedAt`). */
  fallbackFormat?: DateFormat | null;
}

/**
 * A date-time picker that keeps the file's format: it shows the digits as
 * written (to the second, in the reader's locale), in the file's own zone
 * (labelled), and writes back the same family
 * (ms or not, seconds or not, `Z` or offset, date only). A value that is not
 * an ISO date is shown as text so it can be corrected.
 */
export function DateTimeField({ value, id, disabled, invalid, onChange, field, fallbackFormat }: Props) {
  const text = scalarText(value);
  const parsed = text === '' ? null : parseDateFormat(text);
  const picker = text === '' ? '' : toPickerValue(text);
  const format = parsed ?? fallbackFormat ?? DEFAULT_DATE_FORMAT;

  if (text !== '' && (picker === null || parsed === null)) {
    return (
      <input
        id={id}
        className="field-input field-input--mono"
        type="text"
        value={text}
        disabled={disabled}
        aria-invalid={invalid}
        onChange={(event) => onChange(event.target.value, { typing: true })}
      />
    );
  }
  return (
    <div className="field-date">
      <input
        id={id}
        className="field-input field-input--date"
        type={format.kind === 'date' ? 'date' : 'datetime-local'}
        step={format.kind === 'date' ? undefined : format.seconds ? '1' : '60'}
        value={picker ?? ''}
        disabled={disabled}
        aria-invalid={invalid}
        aria-required={field.required}
        onChange={(event) => {
          const written = fromPickerValue(event.target.value, format, text || undefined);
          if (written !== null) onChange(written, { typing: true });
        }}
      />
      <span className="field-zone" title={`Written as ${text || formatDate(new Date(), format)}`}>
        {zoneLabel(format)}
      </span>
      <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(formatDate(new Date(), format))}>
        Now
      </button>
    </div>
  );
}
