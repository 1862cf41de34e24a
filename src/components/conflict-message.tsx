import { useEffect, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';

export interface FieldDifference {
  field: string;
  label: string;
  theirs: string;
  yours: string;
}

interface Props {
  differences: FieldDifference[];
  onSaveAgain: () => void;
  pending?: boolean;
  /** What happened, for the kind of row; the project wording by default. */
  text?: string;
}

/**
 * "Someone else saved first": what is saved now beside what the user typed, field by field.
 * The user's input stays in the form; saving again overwrites knowingly.
 */
export function ConflictMessage({ differences, onSaveAgain, pending, text }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const show = (value: string) =>
    value.trim() === '' ? <em>{t('edit.conflictEmpty')}</em> : value;
  return (
    <div
      ref={ref}
      className="notice notice--warning conflict"
      role="alert"
      tabIndex={-1}
      aria-labelledby="conflict-title"
    >
      <h2 id="conflict-title">{t('edit.conflictTitle')}</h2>
      <p>{text ?? t('edit.conflictText')}</p>
      {differences.length > 0 ? (
        <div className="table-scroll">
          <table className="conflict__table">
            <thead>
              <tr>
                <th scope="col">{t('edit.conflictField')}</th>
                <th scope="col">{t('edit.conflictTheirs')}</th>
                <th scope="col">{t('edit.conflictYours')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.field}>
                  <th scope="row">{d.label}</th>
                  <td>{show(d.theirs)}</td>
                  <td>{show(d.yours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('edit.conflictNoDiff')}</p>
      )}
      <button type="button" className="button" onClick={onSaveAgain} disabled={pending}>
        {t('edit.conflictSaveAgain')}
      </button>
    </div>
  );
}
