import { useTranslation } from 'react-i18next';

export interface DemoAccount {
  email: string;
  name: string;
  role: string;
  unitName?: string | null;
  municipalityName: string;
}

/** The password the demo data gives every demo account (README, API contract). */
export const DEMO_PASSWORD = 'idehub-demo';

interface Props {
  accounts: DemoAccount[];
  /** Called with the e-mail of the account chosen. */
  onPick: (email: string) => void;
}

/** The demo accounts, by municipality; choosing one fills in its e-mail. Nothing when demo data is off. */
export function DemoAccounts({ accounts, onPick }: Props) {
  const { t } = useTranslation();
  if (!accounts.length) return null;
  const byMunicipality = new Map<string, DemoAccount[]>();
  for (const account of accounts) {
    byMunicipality.set(account.municipalityName, [...(byMunicipality.get(account.municipalityName) ?? []), account]);
  }
  return (
    <section aria-labelledby="demo-accounts-heading" className="card demo-accounts">
      <h2 id="demo-accounts-heading">{t('auth.demoAccounts')}</h2>
      <p>
        {t('auth.demoLead')} {t('auth.demoPassword', { password: DEMO_PASSWORD })}
      </p>
      {[...byMunicipality.entries()].map(([municipality, list], index) => (
        <details key={municipality} open={index === 0}>
          <summary>{municipality}</summary>
          <ul className="demo-accounts__list">
            {list.map((account) => (
              <li key={`${account.email}-${account.role}`}>
                <button type="button" className="button button--link" onClick={() => onPick(account.email)}>
                  {t('auth.useDemoAccount', {
                    name: account.name,
                    role: t(`roles.${account.role}`),
                    unit: account.unitName ?? t('auth.wholeMunicipality'),
                  })}
                </button>
                <span className="demo-accounts__email">{account.email}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
