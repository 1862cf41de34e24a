import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaField } from './mutations';

// The database's limits (growth_areas_* checks in the core schema).
export const areaLimits = { name: 200, slug: 100, description: 4000, order: 9999 } as const;
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const colorPattern = /^#[0-9a-fA-F]{6}$/;
export const defaultColor = '#0072c6';

export interface AreaFormValues {
  name: string;
  slug: string;
  color: string;
  /** As typed; a whole number 0–9999 when valid. */
  sort_order: string;
  description: string;
  lead_person_id: string;
}

export type AreaErrorKey =
  | 'edit.required'
  | 'edit.tooLong'
  | `areaForm.${'slugInvalid' | 'slugTaken' | 'nameTaken' | 'colorInvalid' | 'orderInvalid'}`;
export type AreaErrors = Partial<Record<AreaField, AreaErrorKey>>;

/** Field errors as locale keys, in the order the fields are shown; empty when it may be sent. */
export function validateArea(values: AreaFormValues, opts: { slug: boolean }): AreaErrors {
  const errors: AreaErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'edit.required';
  else if (name.length > areaLimits.name) errors.name = 'edit.tooLong';
  if (opts.slug) {
    if (!values.slug) errors.slug = 'edit.required';
    else if (values.slug.length > areaLimits.slug) errors.slug = 'edit.tooLong';
    else if (!slugPattern.test(values.slug)) errors.slug = 'areaForm.slugInvalid';
  }
  if (!values.color.trim()) errors.color = 'edit.required';
  else if (!colorPattern.test(values.color.trim())) errors.color = 'areaForm.colorInvalid';
  const order = values.sort_order.trim();
  if (!order) errors.sort_order = 'edit.required';
  else if (!/^\d+$/.test(order) || Number(order) > areaLimits.order) {
    errors.sort_order = 'areaForm.orderInvalid';
  }
  if (values.description.length > areaLimits.description) errors.description = 'edit.tooLong';
  return errors;
}

export const fieldOrder: AreaField[] = [
  'name',
  'slug',
  'color',
  'sort_order',
  'lead_person_id',
  'description',
];

/** The WCAG contrast ratio of two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The page background the colour is drawn on (a border and a swatch, never behind text). */
const pageBackground = '#ffffff';
/** WCAG 1.4.11: graphical objects need 3:1 against what is next to them. */
const minGraphicContrast = 3;

interface FieldsProps {
  id: string;
  values: AreaFormValues;
  errors: AreaErrors;
  people: { id: string; full_name: string; title: string | null }[];
  /** Creating: the address name is asked too (it cannot change later). */
  withSlug: boolean;
  onChange: (field: AreaField, value: string) => void;
}

/** The growth area's own fields, shared by the create and edit forms. */
export function AreaFields({ id, values, errors, people, withSlug, onChange }: FieldsProps) {
  const { t, i18n } = useTranslation();
  const max: Partial<Record<AreaField, number>> = {
    name: areaLimits.name,
    slug: areaLimits.slug,
    description: areaLimits.description,
  };
  const describedBy = (field: AreaField, ...hints: string[]) =>
    [errors[field] ? `${id}-${field}-error` : '', ...hints].filter(Boolean).join(' ') || undefined;
  const a11y = (field: AreaField, ...hints: string[]) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': describedBy(field, ...hints),
  });
  const error = (field: AreaField) => {
    const key = errors[field];
    return key ? (
      <p className="field__error" id={`${id}-${field}-error`}>
        {t(key, { max: max[field] ?? 0 })}
      </p>
    ) : null;
  };
  const color = values.color.trim();
  const validColor = colorPattern.test(color);
  // While the code is being typed, the picker keeps showing the last valid colour.
  const [shown, setShown] = useState(validColor ? color.toLowerCase() : defaultColor);
  if (validColor && color.toLowerCase() !== shown) setShown(color.toLowerCase());
  const ratio = validColor ? contrastRatio(color, pageBackground) : null;
  const ratioText =
    ratio === null
      ? ''
      : new Intl.NumberFormat(i18n.resolvedLanguage ?? 'fi', {
          maximumFractionDigits: 1,
        }).format(Math.floor(ratio * 10) / 10);
  const tooLong = values.description.length > areaLimits.description;

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('areaForm.name')}</label>
        <input
          {...a11y('name')}
          type="text"
          value={values.name}
          autoComplete="off"
          onChange={(e) => onChange('name', e.target.value)}
        />
        {error('name')}
      </div>
      {withSlug && (
        <div className="field">
          <label htmlFor={`${id}-slug`}>{t('areaForm.slug')}</label>
          <input
            {...a11y('slug', `${id}-slug-hint`)}
            type="text"
            value={values.slug}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange('slug', e.target.value)}
          />
          <p className="field__hint" id={`${id}-slug-hint`}>
            {t('areaForm.slugHint')}
          </p>
          {error('slug')}
        </div>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-color-picker`}>{t('areaForm.color')}</label>
          <input
            id={`${id}-color-picker`}
            type="color"
            className="area-color-picker"
            value={shown}
            aria-describedby={`${id}-color-contrast`}
            onChange={(e) => onChange('color', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-color`}>{t('areaForm.colorCode')}</label>
          <input
            {...a11y('color', `${id}-color-hint`, `${id}-color-contrast`)}
            type="text"
            value={values.color}
            autoComplete="off"
            spellCheck={false}
            maxLength={7}
            onChange={(e) => onChange('color', e.target.value)}
          />
          <p className="field__hint" id={`${id}-color-hint`}>
            {t('areaForm.colorHint')}
          </p>
          {error('color')}
          <p
            id={`${id}-color-contrast`}
            className={
              ratio !== null && ratio < minGraphicContrast ? 'field__error' : 'field__hint'
            }
          >
            {ratio === null
              ? ''
              : ratio < minGraphicContrast
                ? t('areaForm.colorLowContrast', { ratio: ratioText })
                : t('areaForm.colorContrast', { ratio: ratioText })}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort_order`}>{t('areaForm.order')}</label>
          <input
            {...a11y('sort_order', `${id}-sort_order-hint`)}
            type="text"
            inputMode="numeric"
            value={values.sort_order}
            autoComplete="off"
            onChange={(e) => onChange('sort_order', e.target.value)}
          />
          <p className="field__hint" id={`${id}-sort_order-hint`}>
            {t('areaForm.orderHint')}
          </p>
          {error('sort_order')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-lead_person_id`}>{t('areaForm.lead')}</label>
        <select
          {...a11y('lead_person_id')}
          value={values.lead_person_id}
          onChange={(e) => onChange('lead_person_id', e.target.value)}
        >
          <option value="">{t('areaForm.vacant')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title ? `${p.full_name}, ${p.title}` : p.full_name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('areaForm.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={6}
          value={values.description}
          aria-invalid={tooLong || errors.description ? true : undefined}
          aria-describedby={`${id}-description-hint`}
          onChange={(e) => onChange('description', e.target.value)}
        />
        <p
          className={tooLong || errors.description ? 'field__error' : 'field__hint'}
          id={`${id}-description-hint`}
        >
          {tooLong || errors.description
            ? t('edit.tooLong', { max: areaLimits.description })
            : t('edit.charCount', {
                count: values.description.length,
                max: areaLimits.description,
              })}
        </p>
      </div>
    </>
  );
}
