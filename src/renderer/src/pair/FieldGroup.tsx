import { useState } from 'react';
import type { FormField } from '@shared/schema/form-description';
import { FieldView } from './FieldView';
import type { FieldContext } from './FieldView';
import { useRemoteImages } from '../hooks/useRemoteImages';
import { RemoteImagePlaceholder } from '../components/RemoteImagePlaceholder';
import { ImagePreview, previewUrl } from './fields/ImagePreview';

interface Props {
  field: FormField;
  value: unknown;
  context: FieldContext;
}

const isMapping = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every value present is an https URL (a group of image sizes), and there is one. */
function allHttps(mapping: Readonly<Record<string, unknown>> | undefined): boolean {
  const values = Object.values(mapping ?? {}).filter((value) => value !== undefined && value !== null);
  return values.length > 0 && values.every((value) => typeof value === 'string' && /^https:\/\//i.test(value));
}

/**
 * A nested group that folds; a nullable one set to `null` says so. Long
 * groups start folded; the header counts problems inside, and a group whose
 * values are all URLs (image sizes) shows the smallest image as a thumbnail (loaded only when shown, and only once
 * remote images are allowed for the folder; a placeholder until then).
 */
export function FieldGroup({ field, value, context }: Props) {
  const children = field.fields ?? [];
  const [open, setOpen] = useState(children.length <= 4);
  const key = field.path.join('.');
  const inside = context.issues.filter((issue) => issue.field === key || issue.field.startsWith(`${key}.`));
  const mapping = isMapping(value) ? value : undefined;
  const allUrls = children.length > 0 && children.every((child) => ['text', 'url', 'image'].includes(child.kind)) && allHttps(mapping);
  const preview = allUrls ? previewUrl(mapping) : null;
  const remote = useRemoteImages();
  const bodyId = `${context.idPrefix}-group-${field.path.join('-')}`;
  const notAMapping = value !== undefined && value !== null && !mapping;

  return (
    <div className={`field-group${open ? ' field-group--open' : ''}`} data-group={key}>
      <button type="button" className="field-group-header" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <span className="field-group-chevron" aria-hidden="true">
          ▸
        </span>
        <span className="field-group-label">{field.label}</span>
        {value === undefined && <span className="field-group-note">not set</span>}
        {value === null && <span className="field-group-note">empty (null)</span>}
        {inside.length > 0 && <span className="pill pill--bad">{inside.length === 1 ? '1 problem' : `${inside.length} problems`}</span>}
        {preview && remote.allowed === true && <ImagePreview url={preview} label={`${field.label} preview`} />}
      </button>
      {/* Beside the header, not in it: the placeholder holds a button of its own. */}
      {preview && remote.allowed === false && <RemoteImagePlaceholder label={`${field.label} preview`} onAllow={remote.allow} />}
      {open && (
        <div className="field-group-body" id={bodyId}>
          {value === null && <p className="field-group-note">Set to null: filling in a field below replaces it with the group.</p>}
          {notAMapping && <p className="field-group-error">{field.label} must be a group of fields; fix it in the YAML.</p>}
          {children.map((child) => (
            <FieldView
              key={child.key}
              field={child}
              parent={mapping}
              siblings={children}
              context={notAMapping ? { ...context, disabled: true } : context}
            />
          ))}
        </div>
      )}
    </div>
  );
}
