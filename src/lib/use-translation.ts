import { useSyncExternalStore } from 'react';
import { translator, type Namespace, type TFunction, type Translator } from './translator';

const subscribe = (onChange: () => void) => translator.onLanguageChanged(onChange);
const currentLanguage = () => translator.language;

/**
 * A namespace's `t` in the UI language, re-rendering the component when the language changes.
 * `t` is the same function until then (safe in effect and memo dependencies); `i18n` is the
 * translator, for `i18n.language`.
 */
export function useTranslation<N extends Namespace = 'translation'>(
  ns?: N,
): { t: TFunction<N>; i18n: Translator } {
  const lng = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  return { t: translator.getFixedT(lng, ns), i18n: translator };
}
