import { useTranslation } from '@/lib/use-translation';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { errorMessage } from '@/lib/errors';
import { signInSchema, type SignInInput } from './schema';
import { signInErrorKey } from './sign-in-errors';

interface Props {
  /** Signs in; a refusal is said in a live alert above the form. */
  save: (input: SignInInput) => Promise<unknown>;
}

/** E-mail and password, checked before sending; server errors in a live alert above the form. */
export function SignInForm({ save }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initial: { email: '', password: '' },
    schema: signInSchema,
    fields: ['email', 'password'],
    base: null,
    save: (input) => save(input),
    describeError: (error) => {
      const key = signInErrorKey(error);
      return key === 'auth.unknownError' ? t(key, { message: errorMessage(error) }) : t(key);
    },
  });
  const { values, set } = form;

  return (
    <form className="form" {...form.formProps}>
      <FormMessages form={form} />
      <Field form={form} name="email" label={t('auth.email')}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            required
            value={values.email}
            onChange={(e) => set('email', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} name="password" label={t('auth.password')}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={values.password}
            onChange={(e) => set('password', e.target.value)}
          />
        )}
      </Field>
      <SubmitButton pending={form.pending} pendingLabel={t('auth.submitting')}>
        {t('auth.submit')}
      </SubmitButton>
    </form>
  );
}
