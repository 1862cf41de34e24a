import { useState } from 'react';
import { z } from 'zod';
import { FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import type { ScopeOption } from './queries';
import { useIndicatorT } from './texts';

/**
 * Directors choose the projects that feed an indicator: their leads and editors may then enter
 * its values. One checkbox per project in a named group; saving adds and removes the links and
 * says so; a refusal is said above the form.
 */
export function ContributingForm({
  projects,
  selected,
  save,
}: {
  projects: ScopeOption[];
  selected: string[];
  save: (projectIds: string[], before: string[]) => Promise<string[]>;
}) {
  const { t } = useIndicatorT();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initial: () => ({ projects: selected }),
    schema: z.object({ projects: z.array(z.string()) }),
    fields: ['projects'] as const,
    base: selected,
    save: (values, before) => save(values.projects, before),
    nextBase: (next: string[]) => next,
    onSaved: () => setSaved(true),
  });
  const chosen = new Set(form.values.projects);
  const toggle = (id: string, on: boolean) => {
    setSaved(false);
    form.set(
      'projects',
      on ? [...form.values.projects, id] : form.values.projects.filter((p) => p !== id),
    );
  };
  return (
    <section aria-labelledby="contributing-heading" className="indicator-form">
      <h2 id="contributing-heading">{t('facts.contributing')}</h2>
      <form className="form" {...form.formProps}>
        <FormMessages form={form} />
        <fieldset className="form-fieldset">
          <legend>{t('indicatorForm.contributingLegend')}</legend>
          <ul className="plain-list contributing-list">
            {projects.map((p) => (
              <li key={p.id} className="field field--inline">
                <input
                  id={`${form.id}-p-${p.id}`}
                  type="checkbox"
                  checked={chosen.has(p.id)}
                  onChange={(e) => toggle(p.id, e.target.checked)}
                />
                <label htmlFor={`${form.id}-p-${p.id}`}>{p.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="button-row">
          <SubmitButton pending={form.pending}>{t('indicatorForm.contributingSave')}</SubmitButton>
        </div>
        <p role="status" className="form-status">
          {saved ? t('indicatorForm.contributingSaved') : ''}
        </p>
      </form>
    </section>
  );
}
