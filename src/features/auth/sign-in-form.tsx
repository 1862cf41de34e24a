import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signInSchema, type SignInInput } from './schema';
import { signInErrorKey } from './sign-in-errors';
import { errorMessage } from '@/lib/errors';

type FieldErrors = Partial<Record<keyof SignInInput, string>>;

interface Props {
  onSubmit: (input: SignInInput) => void;
  pending: boolean;
  /** The last sign-in error from the server, if any. */
  error: unknown;
}

/** E-mail and password, checked before sending; server errors in a live alert above the form. */
export function SignInForm({ onSubmit, pending, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({
      email: form.get('email') ?? '',
      password: form.get('password') ?? '',
    });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'email' || field === 'password') && !errors[field]) {
          errors[field] = issue.message;
        }
      }
      setFieldErrors(errors);
      const first = event.currentTarget.querySelector<HTMLInputElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    setFieldErrors({});
    onSubmit(parsed.data);
  };

  const serverKey = error ? signInErrorKey(error) : null;
  const fieldError = (name: keyof SignInInput) => {
    const key = fieldErrors[name];
    // Schema messages are locale keys under auth.*
    return key === 'auth.emailRequired' ||
      key === 'auth.emailInvalid' ||
      key === 'auth.passwordRequired'
      ? t(key)
      : key;
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-describedby={serverKey ? `${id}-error` : undefined}
    >
      {serverKey && (
        <div className="notice notice--error" role="alert" id={`${id}-error`}>
          <p>
            {serverKey === 'auth.unknownError'
              ? t(serverKey, { message: errorMessage(error) })
              : t(serverKey)}
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? `${id}-email-error` : undefined}
          onInput={() => setFieldErrors((e) => ({ ...e, email: undefined }))}
        />
        {fieldErrors.email && (
          <p className="field__error" id={`${id}-email-error`}>
            {fieldError('email')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
          onInput={() => setFieldErrors((e) => ({ ...e, password: undefined }))}
        />
        {fieldErrors.password && (
          <p className="field__error" id={`${id}-password-error`}>
            {fieldError('password')}
          </p>
        )}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
