import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { stages, type Stage } from '@/lib/domain';

/**
 * Eteneminen as an ordered list of the four stages. The current stage is marked by
 * aria-current="step", a visible "current stage" text, bold type and a filled marker —
 * never by colour alone. Passed stages carry a check mark.
 */
export function StageStepper({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const headingId = useId();
  const currentIndex = stages.indexOf(stage);
  return (
    <div className="stage-stepper">
      <h2 className="stage-stepper__label" id={headingId}>
        {t('stage.label')}
      </h2>
      <ol className="stage-stepper__list" aria-labelledby={headingId}>
        {stages.map((s, index) => {
          const position =
            index < currentIndex ? 'passed' : index === currentIndex ? 'current' : 'upcoming';
          return (
            <li
              key={s}
              className={`stage-stepper__step stage-stepper__step--${position}`}
              aria-current={position === 'current' ? 'step' : undefined}
            >
              <span className="stage-stepper__marker" aria-hidden="true">
                {position === 'passed' ? '✓' : index + 1}
              </span>
              <span className="stage-stepper__name">{t(`stage.${s}`)}</span>
              <span className={position === 'current' ? 'stage-stepper__state' : 'visually-hidden'}>
                {t(`stage.${position}`)}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
