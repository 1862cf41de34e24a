import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@/lib/language';
import { Field, type FieldHost } from './field';

interface Props<F extends string> {
  form: FieldHost<F>;
  /** The field's form names in Finnish, Swedish and English (name, name_sv, name_en). */
  names: Readonly<Record<Language, F>>;
  /** What the field is: the Finnish control's label and the group's name. */
  label: string;
  value: (field: F) => string;
  onChange: (field: F, value: string) => void;
  /** The database's length limit, the same for every language. */
  max: number;
  /** A textarea of this many rows; a one-line input when absent. */
  rows?: number;
}

/**
 * One text in three languages side by side (#14): a group named by the field; the Finnish
 * (required) control keeps the field's own label, the others are "In Swedish" and "In English"
 * within it; each control carries its `lang`, so spell-checking and screen readers follow the
 * language. An empty translation is saved as NULL (not translated) and the public pages fall back
 * to Finnish. On a narrow screen the columns stack.
 */
export function TranslatedFields<F extends string>({
  form,
  names,
  label,
  value,
  onChange,
  max,
  rows,
}: Props<F>) {
  const { t } = useTranslation('content');
  return (
    <fieldset className="translated-fields">
      {/* The Finnish control shows the same words; the legend names the group for assistive tech. */}
      <legend className="visually-hidden">{label}</legend>
      <div className="translated-fields__columns">
        {languages.map((lng) => {
          const name = names[lng];
          const text = value(name);
          return (
            <Field
              key={lng}
              form={form}
              name={name}
              label={lng === 'fi' ? label : t(`in.${lng}`)}
              hint={rows ? t('charCount', { count: text.length, max }) : undefined}
            >
              {(control) =>
                rows ? (
                  <textarea
                    {...control}
                    lang={lng}
                    rows={rows}
                    value={text}
                    onChange={(e) => onChange(name, e.target.value)}
                  />
                ) : (
                  <input
                    {...control}
                    lang={lng}
                    type="text"
                    value={text}
                    onChange={(e) => onChange(name, e.target.value)}
                  />
                )
              }
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
