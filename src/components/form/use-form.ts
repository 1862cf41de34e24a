import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { z } from 'zod';
import { errorMessage } from '@/lib/errors';
import type { ControlProps } from './field';
import { schemaErrors } from './schema-errors';
import { routeServerError, type ConstraintTarget } from './server-error';

/** A field's message: a locale key (from the schema or the constraint map) or the server's words. */
type Message = { key: string } | { text: string };

export interface FormOptions<V extends object, P, B, R> {
  initial: V | (() => V);
  /** Validates the values; its messages are locale keys ("edit.tooLong" gets `max` from limits). */
  schema: z.ZodType<P>;
  /** The fields in the order they are shown: the first invalid one gets the focus. */
  fields: readonly (keyof V & string)[];
  /** The row the edit started from (its version goes with the save); null when creating. */
  base: B;
  /** The write; the form's pending state is this mutation's. */
  save: (parsed: P, base: B) => Promise<R>;
  onSaved?: (saved: R) => void;
  /** After a save the edit continues from what was saved (version-checked forms). */
  nextBase?: (saved: R) => B;
  /** Violated database constraint → the field it belongs to (and what to say there). */
  constraints?: Partial<Record<string, ConstraintTarget<keyof V & string>>>;
  /** Each field's length limit, for the "too long" message. */
  limits?: Partial<Record<keyof V & string, number>>;
  /** Values that follow from a change, e.g. the address name from the name. */
  derive?: (next: V, field: keyof V & string, previous: V) => V;
  /** Words a form-level error differently from "Saving failed: …" (e.g. sign-in). */
  describeError?: (error: unknown) => string;
}

/**
 * The app's one form state: values, field errors and the save as a TanStack mutation, with one
 * submit pipeline. Schema errors go beside their fields and the first invalid field gets the
 * focus; a lost race shows the conflict table and keeps the input; a write that changed no row
 * says so; a violated constraint goes beside the field it belongs to, anything else above the form.
 */
export function useForm<V extends object, P, B, R>(options: FormOptions<V, P, B, R>) {
  type F = keyof V & string;
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<V>(options.initial);
  const [messages, setMessages] = useState<Partial<Record<F, Message>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [base, setBase] = useState<B>(options.base);
  const [conflict, setConflict] = useState<B | null>(null);
  const mutation = useMutation({
    mutationFn: (input: { parsed: P; base: B }) => options.save(input.parsed, input.base),
  });

  const controlId = (field: F) => `${id}-${field}`;
  const errorId = (field: F) => `${id}-${field}-error`;
  const focus = (field: F) => document.getElementById(controlId(field))?.focus();

  const set = <K extends F>(field: K, value: V[K]) => {
    setValues((previous) => {
      const next = { ...previous, [field]: value };
      return options.derive ? options.derive(next, field, previous) : next;
    });
    setMessages((m) => ({ ...m, [field]: undefined }));
  };

  /** The translated message beside a field, if any. */
  const error = (field: F): string | undefined => {
    const message = messages[field];
    if (!message) return undefined;
    if ('text' in message) return message.text;
    return t(message.key as 'edit.required', { max: options.limits?.[field] ?? 0 });
  };

  const setErrors = (found: Partial<Record<F, string>>) => {
    const next: Partial<Record<F, Message>> = {};
    for (const field of Object.keys(found) as F[]) {
      const key = found[field];
      if (key) next[field] = { key };
    }
    setMessages(next);
  };

  const submit = async (from: B = base) => {
    const found = schemaErrors<F>(options.schema, values);
    const first = options.fields.find((f) => found[f]);
    if (first || Object.keys(found).length > 0) {
      setErrors(found);
      if (first) focus(first);
      return;
    }
    setMessages({});
    setFormError(null);
    const parsed = options.schema.parse(values);
    try {
      const saved = await mutation.mutateAsync({ parsed, base: from });
      setConflict(null);
      if (options.nextBase) setBase(options.nextBase(saved));
      options.onSaved?.(saved);
    } catch (caught) {
      const route = routeServerError<F, B>(caught, options.constraints);
      const serverText = () =>
        options.describeError?.(caught) ?? t('edit.serverError', { message: errorMessage(caught) });
      if (route.kind === 'conflict') setConflict(route.current);
      else if (route.kind === 'zero-rows') setFormError(t('edit.zeroRows'));
      else if (route.kind === 'field') {
        setMessages({
          [route.field]: route.message ? { key: route.message } : { text: serverText() },
        } as Partial<Record<F, Message>>);
        focus(route.field);
      } else setFormError(serverText());
    }
  };

  return {
    id,
    values,
    set,
    /** Replaces the values (e.g. empties the form after adding). */
    reset: (next: V) => {
      setValues(next);
      setMessages({});
      setFormError(null);
    },
    error,
    formError,
    conflict,
    pending: mutation.isPending,
    controlId,
    errorId,
    /** The props of the <form> element: no browser bubbles, one submit pipeline. */
    formProps: {
      noValidate: true,
      'aria-describedby': formError ? `${id}-form-error` : undefined,
      onSubmit: (event: FormEvent) => {
        event.preventDefault();
        void submit();
      },
    },
    /** The user saves again over what someone else saved, with the input kept. */
    saveAgain: () => {
      if (conflict === null) return;
      setBase(conflict);
      void submit(conflict);
    },
    /** The control's id and accessibility wiring; hint ids come after the error's. */
    control: (field: F, ...hints: string[]): ControlProps => ({
      id: controlId(field),
      'aria-invalid': messages[field] ? (true as const) : undefined,
      'aria-describedby':
        [messages[field] ? errorId(field) : '', ...hints].filter(Boolean).join(' ') || undefined,
    }),
  };
}
