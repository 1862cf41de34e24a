import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { Field, FormMessages, SubmitButton } from './field';
import { useForm } from './use-form';

interface Row {
  id: string;
  version: number;
  name: string;
  note: string;
}

const schema = z.object({
  name: z.string().refine((v) => v.trim().length > 0, 'edit.required'),
  note: z.string().max(10, 'edit.tooLong'),
});
type Values = z.infer<typeof schema>;

const row: Row = { id: 'r1', version: 1, name: 'Kiertotalous', note: '' };

function KitForm({ save }: { save: (values: Values, base: Row) => Promise<Row> }) {
  const form = useForm({
    initial: { name: row.name, note: row.note },
    schema,
    fields: ['name', 'note'],
    base: row,
    save,
    nextBase: (saved: Row) => saved,
    limits: { note: 10 },
    constraints: {
      things_note_length: 'note',
      things_name_key: { field: 'name', message: 'areaForm.nameTaken' },
    },
  });
  return (
    <form {...form.formProps}>
      <FormMessages
        form={form}
        differences={(current) => [
          { field: 'name', label: 'Nimi', theirs: current.name, yours: form.values.name },
        ]}
      />
      <Field form={form} name="name" label="Nimi">
        {(control) => (
          <input
            {...control}
            value={form.values.name}
            onChange={(e) => form.set('name', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} name="note" label="Huomio" hint="Enintään 10 merkkiä">
        {(control) => (
          <input
            {...control}
            value={form.values.note}
            onChange={(e) => form.set('note', e.target.value)}
          />
        )}
      </Field>
      <SubmitButton pending={form.pending}>Tallenna</SubmitButton>
    </form>
  );
}

function renderForm(save: (values: Values, base: Row) => Promise<Row>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <KitForm save={save} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const submit = () => screen.getByRole('button', { name: 'Tallenna' });

describe('the form kit', () => {
  it('puts schema errors beside their fields and focuses the first invalid one', async () => {
    const save = vi.fn(async () => row);
    const user = renderForm(save);
    await user.clear(screen.getByLabelText('Nimi'));
    await user.type(screen.getByLabelText('Huomio'), 'liian pitkä huomio');
    await user.click(submit());
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nimi')).toHaveFocus();
    expect(screen.getByLabelText('Nimi')).toBeInvalid();
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
    // The error and the hint both describe the control.
    expect(screen.getByLabelText('Huomio')).toHaveAccessibleDescription(
      /enintään 10 merkkiä.*Enintään 10 merkkiä/i,
    );
    await user.type(screen.getByLabelText('Nimi'), 'Uusi');
    expect(screen.getByLabelText('Nimi')).not.toBeInvalid();
    expect(screen.getByLabelText('Nimi')).not.toHaveAccessibleDescription();
  });

  it('shows a conflict, keeps the input and saves again from the version saved now', async () => {
    const theirs = { ...row, version: 2, name: 'Heidän nimensä' };
    const save = vi
      .fn<(values: Values, base: Row) => Promise<Row>>()
      .mockRejectedValueOnce(new VersionConflictError('things', theirs))
      .mockResolvedValueOnce({ ...theirs, version: 3, name: 'Minun nimeni' });
    const user = renderForm(save);
    await user.clear(screen.getByLabelText('Nimi'));
    await user.type(screen.getByLabelText('Nimi'), 'Minun nimeni');
    await user.click(submit());
    const alert = await screen.findByRole('alert', { name: 'Joku muu tallensi ensin' });
    expect(alert).toHaveTextContent('NimiHeidän nimensäMinun nimeni');
    expect(screen.getByLabelText('Nimi')).toHaveValue('Minun nimeni');
    await user.click(screen.getByRole('button', { name: 'Tallenna omani uudelleen' }));
    expect(save).toHaveBeenLastCalledWith({ name: 'Minun nimeni', note: '' }, theirs);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the save changed no row', async () => {
    const user = renderForm(() => Promise.reject(new ZeroRowsError('things')));
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent(/Muutosta ei tallennettu/);
    expect(screen.getByLabelText('Nimi')).toHaveValue('Kiertotalous');
  });

  it('puts a violated constraint beside the field it belongs to', async () => {
    const user = renderForm(() =>
      Promise.reject({
        code: '23514',
        message: 'new row for relation "things" violates check constraint "things_note_length"',
      }),
    );
    await user.click(submit());
    expect(await screen.findByLabelText('Huomio')).toHaveAccessibleDescription(
      /violates check constraint.*Enintään 10 merkkiä/,
    );
    expect(screen.getByLabelText('Huomio')).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('words a mapped constraint with its own message, and an unmapped one above the form', async () => {
    const save = vi
      .fn<(values: Values, base: Row) => Promise<Row>>()
      .mockRejectedValueOnce({
        code: '23505',
        message: 'duplicate key value violates unique constraint "things_name_key"',
      })
      .mockRejectedValueOnce({
        code: '23505',
        message: 'duplicate key value violates unique constraint "things_other_key"',
      });
    const user = renderForm(save);
    await user.click(submit());
    expect(await screen.findByLabelText('Nimi')).toHaveAccessibleDescription(
      'Ohjelmassa on jo tämänniminen kasvualue.',
    );
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent(/things_other_key/);
    expect(screen.getByLabelText('Nimi')).not.toBeInvalid();
  });

  it('disables the submit button while the save is pending', async () => {
    let resolve: (r: Row) => void = () => {};
    const user = renderForm(() => new Promise<Row>((r) => (resolve = r)));
    await user.click(submit());
    expect(screen.getByRole('button', { name: 'Tallennetaan…' })).toBeDisabled();
    resolve(row);
    expect(await screen.findByRole('button', { name: 'Tallenna' })).toBeEnabled();
  });
});
