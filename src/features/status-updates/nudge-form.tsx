import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { errorMessage } from '@/lib/errors';
import { updatesNamespace } from '@/lib/updates-texts';
import { nudgeErrorKey } from './nudge-errors';
import { nudgeConstraints, nudgeLimits, nudgeSchema, type NudgeValues } from './schema';

const empty: NudgeValues = { message: '' };

interface Props {
  /** The write (the nudge mutation in the app, a stand-in in component tests). */
  nudge: (message: string) => Promise<unknown>;
}

/**
 * "Muistuta vetäjiä": reminds the project's leads now, with an optional message. The refusal
 * (nudged within the hour) and the confirmation are said right by the button.
 */
export function NudgeForm({ nudge }: Props) {
  const { t } = useTranslation(updatesNamespace);
  const [sent, setSent] = useState(false);
  const form = useForm({
    initial: empty,
    schema: nudgeSchema,
    fields: ['message'],
    base: null,
    save: (values: NudgeValues) => {
      setSent(false);
      return nudge(values.message);
    },
    onSaved: () => {
      setSent(true);
      form.reset(empty);
    },
    constraints: nudgeConstraints,
    limits: nudgeLimits,
    describeError: (error) => {
      const key = nudgeErrorKey(error);
      return key ? t(key) : t('nudgeFailed', { message: errorMessage(error) });
    },
  });
  const { id, values, set } = form;
  return (
    <form {...form.formProps} className="nudge-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('nudgeHeading')}</h3>
      <p className="muted">{t('nudgeIntro')}</p>
      <Field form={form} name="message" label={t('nudgeMessage')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={nudgeLimits.message + 1}
            value={values.message}
            onChange={(e) => {
              setSent(false);
              set('message', e.target.value);
            }}
          />
        )}
      </Field>
      <div className="nudge-form__send">
        <SubmitButton pending={form.pending} pendingLabel={t('nudgeSending')}>
          {t('nudgeSend')}
        </SubmitButton>
        <FormMessages form={form} />
        <div aria-live="polite">
          {sent && <p className="notice notice--success">{t('nudgeSent')}</p>}
        </div>
      </div>
    </form>
  );
}
