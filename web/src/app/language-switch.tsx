import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '@/i18n/i18n';

/** Offers the other language, written in that language (and marked up with its lang). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = i18n.language === 'en' ? 'nb' : 'en';
  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={other}
      aria-label={t(`language.switchTo.${other}`, { lng: other })}
      onClick={() => void setLanguage(other)}
    >
      
      {t(`language.name.${other}`, { lng: other })}
    </button>
  );
}
