import type { ReactNode } from 'react';

/**
 * The accessibility wiring of one form field and its error message: the control is marked
 * invalid and described by the message, which sits right below it (`<FieldError>`).
 */
export function fieldErrorProps(formId: string, field: string, hasError: boolean) {
  return {
    'aria-invalid': hasError ? true : undefined,
    'aria-describedby': hasError ? `${formId}-${field}-error` : undefined,
  } as const;
}

/** The message below a field, with the id `fieldErrorProps` points at; nothing when valid. */
export function FieldError({
  formId,
  field,
  children,
}: {
  formId: string;
  field: string;
  children: ReactNode;
}) {
  if (!children) return null;
  return (
    <p className="field__error" id={`${formId}-${field}-error`}>
      {children}
    </p>
  );
}
