import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { ConflictMessage, type FieldDifference } from '@/components/conflict-message';

/** What a field needs of the form: its control's wiring and its message. */
export interface FieldHost<F extends string> {
  control: (field: F, ...hints: string[]) => ControlProps;
  error: (field: F) => string | undefined;
  errorId: (field: F) => string;
  controlId: (field: F) => string;
}

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps<F extends string> {
  form: FieldHost<F>;
  name: F;
  label: ReactNode;
  /** Shown below the control and read with it. */
  hint?: ReactNode;
  /** Further elements the control is described by (ids), after the error and the hint. */
  describedBy?: string[];
  /** A checkbox: the control comes before its label. */
  inline?: boolean;
  /** Below the error, inside the field (e.g. a live contrast check). */
  after?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/**
 * One labelled control with its hint and its error: the control is marked invalid and described
 * by the error and the hint (`aria-describedby` carries both ids), which sit right below it.
 */
export function Field<F extends string>({
  form,
  name,
  label,
  hint,
  describedBy = [],
  inline,
  after,
  children,
}: FieldProps<F>) {
  const id = form.controlId(name);
  const hintId = hint ? `${id}-hint` : '';
  const control = form.control(name, hintId, ...describedBy);
  const labelElement = <label htmlFor={id}>{label}</label>;
  return (
    <div className={inline ? 'field field--inline' : 'field'}>
      {!inline && labelElement}
      {children(control)}
      {inline && labelElement}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={form.errorId(name)}>{form.error(name)}</FieldError>
      {after}
    </div>
  );
}

/** The message below a field, with the id its control is described by; nothing when valid. */
function FieldError({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p className="field__error" id={id}>
      {children}
    </p>
  );
}

interface MessagesProps<B> {
  form: {
    id: string;
    conflict: B | null;
    formError: string | null;
    pending: boolean;
    saveAgain: () => void;
  };
  /** What is saved now beside what the user typed, for the conflict table. */
  differences?: (current: NonNullable<B>) => FieldDifference[];
  /** What happened, for the kind of row. */
  conflictText?: string;
}

/**
 * Above the fields: the conflict table (the input stays, "save again" overwrites knowingly) and
 * the form-level error (a refusal, or a server error no field owns).
 */
export function FormMessages<B>({ form, differences, conflictText }: MessagesProps<B>) {
  return (
    <>
      {form.conflict !== null && differences && (
        <ConflictMessage
          text={conflictText}
          differences={differences(form.conflict as NonNullable<B>)}
          pending={form.pending}
          onSaveAgain={form.saveAgain}
        />
      )}
      {form.formError && (
        <div className="notice notice--error" role="alert" id={`${form.id}-form-error`}>
          <p>{form.formError}</p>
        </div>
      )}
    </>
  );
}

/** The submit button, disabled while the save is pending. */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button" disabled={pending}>
      {pending ? (pendingLabel ?? t('edit.saving')) : children}
    </button>
  );
}
