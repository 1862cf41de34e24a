import { projectFormSchema, toPatch, type ProjectFormValues } from './schema';

const valid: ProjectFormValues = {
  name: 'Kiertotalot',
  summary: '',
  official_description: '',
  name_sv: '',
  name_en: '',
  summary_sv: '',
  summary_en: '',
  official_description_sv: '',
  official_description_en: '',
  stage: 'planning',
  schedule_status: '',
  schedule_note: '',
  starts_on: '2025-01-01',
  ends_on: '2029-12-31',
  growth_area_id: 'a',
  published: true,
  progress_manual: '',
  progress_note: '',
};

const messages = (values: ProjectFormValues) => {
  const result = projectFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('project form schema', () => {
  it('accepts a valid project', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('has the database limits', () => {
    expect(messages({ ...valid, name: '  ' })).toEqual(['name:edit.required']);
    expect(messages({ ...valid, name: 'x'.repeat(201) })).toEqual(['name:edit.tooLong']);
    expect(messages({ ...valid, summary: 'x'.repeat(4001) })).toEqual(['summary:edit.tooLong']);
  });

  it('wants the end on or after the start', () => {
    expect(messages({ ...valid, ends_on: '2024-12-31' })).toEqual(['ends_on:edit.endBeforeStart']);
  });

  it('wants a reason for a manual schedule status', () => {
    expect(messages({ ...valid, schedule_status: 'late' })).toEqual([
      'schedule_note:edit.noteRequired',
    ]);
    expect(
      messages({ ...valid, schedule_status: 'late', schedule_note: 'Rahoitus viivästyi' }),
    ).toEqual([]);
  });

  it('sends growth area and publication only for directors', () => {
    expect(toPatch(valid, { director: false })).not.toHaveProperty('published');
    expect(toPatch(valid, { director: true })).toMatchObject({
      published: true,
      growth_area_id: 'a',
    });
    expect(toPatch({ ...valid, summary: ' ' }, { director: false }).summary).toBeNull();
  });

  it('takes a manual progress of 0–100 with a reason, and clears the reason without one', () => {
    expect(messages({ ...valid, progress_manual: '101', progress_note: 'x' })).toEqual([
      'progress_manual:indicators:progressForm.invalid',
    ]);
    expect(messages({ ...valid, progress_manual: '4,5', progress_note: 'x' })).toEqual([
      'progress_manual:indicators:progressForm.invalid',
    ]);
    expect(messages({ ...valid, progress_manual: '60' })).toEqual([
      'progress_note:indicators:progressForm.noteRequired',
    ]);
    const manual = { ...valid, progress_manual: ' 60 ', progress_note: 'Purku valmis' };
    expect(messages(manual)).toEqual([]);
    expect(toPatch(manual, { director: false })).toMatchObject({
      progress_manual: 60,
      progress_note: 'Purku valmis',
    });
    expect(toPatch({ ...valid, progress_note: 'vanha' }, { director: false })).toMatchObject({
      progress_manual: null,
      progress_note: null,
    });
  });
});
