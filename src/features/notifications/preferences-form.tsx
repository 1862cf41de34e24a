import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { languages } from '@/lib/language';
import { digestCadences, notificationKinds, type NotificationPreferences } from './queries';
import {
  preferenceConstraintFields,
  preferenceFields,
  preferencesSchema,
  toPreferenceValues,
} from './schema';
import { notificationsNamespace } from './texts';

interface Props {
  preferences: NotificationPreferences;
  save: (preferences: NotificationPreferences) => Promise<NotificationPreferences>;
  onSaved: (saved: NotificationPreferences) => void;
}

/**
 * E-mail preferences: on or off per kind, how often, and in which language (the UI language
 * until another is chosen). The app always shows notifications; this decides only the e-mail.
 */
export function PreferencesForm({ preferences, save, onSaved }: Props) {
  const { t, i18n } = useTranslation(notificationsNamespace);
  const { t: tApp } = useTranslation();
  const form = useForm({
    initial: () => toPreferenceValues(preferences, i18n.language ?? 'fi'),
    schema: preferencesSchema,
    fields: preferenceFields,
    base: null,
    save: (parsed) => save(parsed),
    onSaved,
    constraints: preferenceConstraintFields,
  });
  const { values, set } = form;

  return (
    <form className="form" {...form.formProps}>
      <FormMessages form={form} />
      <fieldset className="field">
        <legend>{t('settings.emailLegend')}</legend>
        {notificationKinds.map((kind) => {
          const field = `email_${kind}` as const;
          return (
            <Field key={kind} form={form} name={field} label={t(`settings.${field}`)} inline>
              {(control) => (
                <input
                  {...control}
                  type="checkbox"
                  checked={values[field]}
                  onChange={(e) => set(field, e.target.checked)}
                />
              )}
            </Field>
          );
        })}
      </fieldset>
      <Field
        form={form}
        name="digest_cadence"
        label={t('settings.cadence')}
        hint={t('settings.cadenceHint')}
      >
        {(control) => (
          <select
            {...control}
            value={values.digest_cadence}
            onChange={(e) => set('digest_cadence', e.target.value)}
          >
            {digestCadences.map((c) => (
              <option key={c} value={c}>
                {t(`settings.cadence_${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        form={form}
        name="email_locale"
        label={t('settings.locale')}
        hint={t('settings.localeHint')}
      >
        {(control) => (
          <select
            {...control}
            value={values.email_locale}
            onChange={(e) => set('email_locale', e.target.value)}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {tApp(`language.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('settings.save')}</SubmitButton>
        <Link to="/notifications">{t('settings.back')}</Link>
      </div>
    </form>
  );
}
