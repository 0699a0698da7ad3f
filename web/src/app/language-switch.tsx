import { useTranslation } from 'react-i18next';
import { useSetMyLocale } from '@/features/auth/api/set-my-locale';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { type Language, setLanguage } from '@/i18n/i18n';

/**
 * Offers the other language, written in that language (and marked up with its lang). The choice is
 * remembered in this browser and, when signed in, on the person (for e-mails and other devices).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { me } = useViewer();
  const [setMyLocale] = useSetMyLocale();
  const other: Language = i18n.language === 'en' ? 'nb' : 'en';

  async function onSwitch() {
    await setLanguage(other);
    // The page is already in the new language; if storing it on the person fails, the switch still holds here.
    if (me) await setMyLocale({ variables: { locale: other } }).catch(() => undefined);
  }

  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      lang={other}
      aria-label={t(`language.switchTo.${other}`, { lng: other })}
      onClick={() => void onSwitch()}
    >
      {t(`language.name.${other}`, { lng: other })}
    </button>
  );
}
