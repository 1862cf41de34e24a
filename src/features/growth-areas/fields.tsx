import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Field, type FieldHost } from '@/components/form/field';
import { TranslatedFields } from '@/components/form/translated-fields';
import { colorPattern } from '@/lib/limits';
import { areaLimits, defaultColor, type AreaField, type AreaFormValues } from './schema';

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
  form: FieldHost<AreaField> & { values: AreaFormValues };
  people: { id: string; full_name: string; title: string | null }[];
  /** Creating: the address name is asked too (it cannot change later). */
  withSlug: boolean;
  onChange: (field: AreaField, value: string) => void;
}

/** The growth area's own fields, shared by the create and edit forms. */
export function AreaFields({ form, people, withSlug, onChange }: FieldsProps) {
  const { t, i18n } = useTranslation();
  const { values } = form;
  const color = values.color.trim();
  const validColor = colorPattern.test(color);
  // While the code is being typed, the picker keeps showing the last valid colour.
  const [shown, setShown] = useState(validColor ? color.toLowerCase() : defaultColor);
  if (validColor && color.toLowerCase() !== shown) setShown(color.toLowerCase());
  const ratio = validColor ? contrastRatio(color, pageBackground) : null;
  const ratioText =
    ratio === null
      ? ''
      : new Intl.NumberFormat(i18n.language ?? 'fi', {
          maximumFractionDigits: 1,
        }).format(Math.floor(ratio * 10) / 10);
  const colorId = form.controlId('color');

  return (
    <>
      <TranslatedFields
        form={form}
        names={{ fi: 'name', sv: 'name_sv', en: 'name_en' }}
        label={t('areaForm.name')}
        value={(f) => values[f]}
        onChange={onChange}
        max={areaLimits.name}
      />
      {withSlug && (
        <Field form={form} name="slug" label={t('areaForm.slug')} hint={t('areaForm.slugHint')}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.slug}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => onChange('slug', e.target.value)}
            />
          )}
        </Field>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${colorId}-picker`}>{t('areaForm.color')}</label>
          <input
            id={`${colorId}-picker`}
            type="color"
            className="area-color-picker"
            value={shown}
            aria-describedby={`${colorId}-contrast`}
            onChange={(e) => onChange('color', e.target.value)}
          />
        </div>
        <Field
          form={form}
          name="color"
          label={t('areaForm.colorCode')}
          hint={t('areaForm.colorHint')}
          describedBy={[`${colorId}-contrast`]}
          after={
            <p
              id={`${colorId}-contrast`}
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
          }
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.color}
              autoComplete="off"
              spellCheck={false}
              maxLength={7}
              onChange={(e) => onChange('color', e.target.value)}
            />
          )}
        </Field>
        <Field
          form={form}
          name="sort_order"
          label={t('areaForm.order')}
          hint={t('areaForm.orderHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              value={values.sort_order}
              autoComplete="off"
              onChange={(e) => onChange('sort_order', e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field form={form} name="lead_person_id" label={t('areaForm.lead')}>
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <TranslatedFields
        form={form}
        names={{ fi: 'description', sv: 'description_sv', en: 'description_en' }}
        label={t('areaForm.description')}
        value={(f) => values[f]}
        onChange={onChange}
        max={areaLimits.description}
        rows={6}
      />
    </>
  );
}
