import { useTranslation } from '@/lib/use-translation';
import { stages, type Stage } from '@/lib/domain';

// Its own module beside StageStepper (stage-stepper.tsx): the cards (front page, embeds) show
// this one, the project page the other, and neither page downloads both.

/** A compact stage line for cards: the stage in words and four small segments. */
export function StageMeter({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const currentIndex = stages.indexOf(stage);
  return (
    <span className="stage-meter">
      <span className="stage-meter__segments" aria-hidden="true">
        {stages.map((s, index) => (
          <span
            key={s}
            className={`stage-meter__segment${index <= currentIndex ? ' stage-meter__segment--filled' : ''}`}
          />
        ))}
      </span>
      <span>
        <span className="visually-hidden">{t('stage.label')}: </span>
        {t(`stage.${stage}`)}
      </span>
    </span>
  );
}
