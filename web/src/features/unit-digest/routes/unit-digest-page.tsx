import { addMonths, isMonthKey, lastCompleteMonth, osloMonthOf } from '@idehub/libs/months';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useFormat } from '@/i18n/format';
import { useUnitDigest } from '../api/unit-digest';
import '../unit-digest.css';
import '@/i18n/namespaces/digest';
import '@/i18n/namespaces/stories';

/** `?maned=YYYY-MM`: the month shown; without it, the last complete month (the one the e-mail told). */
export const MONTH_PARAM = 'maned';

/** «november 2026» / «November 2026». */
function monthName(month: string, language: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 15)));
}

/** «Dere sa – vi gjorde»: what came of a unit's suggestions in one month (/enheter/:id/resultater). */
export function UnitDigestPage() {
  const { t } = useTranslation('digest');
  const { t: tCommon } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const [path] = useLocation();
  const now = new Date();
  const current = osloMonthOf(now);
  const requested = params.get(MONTH_PARAM);
  const month = requested && isMonthKey(requested) && requested <= current ? requested : lastCompleteMonth(now);
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const { data, error, loading, refetch } = useUnitDigest(id, month);
  const digest = data?.unitDigest;
  const name = monthName(month, format.language);

  const title = t('title');
  if (error && !digest) {
    return (
      <Page title={title}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }

  const posterUrl = `/api/units/${encodeURIComponent(id)}/digest.pdf?month=${month}`;
  return (
    <Page
      title={title}
      lead={digest ? t(digest.complete ? 'lead' : 'leadSoFar', { unit: digest.unit.name, month: name }) : undefined}
    >
      <div className="digest-months">
        <h2 className="digest-month" aria-live="polite">
          {name}
        </h2>
        <nav aria-label={t('monthNav')}>
          <Link to={`${path}?${MONTH_PARAM}=${previous}`} className="button button--secondary">
            <span aria-hidden="true">←</span>
            {monthName(previous, format.language)}
          </Link>
          {next <= current ? (
            <Link to={`${path}?${MONTH_PARAM}=${next}`} className="button button--secondary">
              {monthName(next, format.language)}
              <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </nav>
      </div>

      {!digest && loading ? <Loading /> : null}
      {digest ? (
        <>
          <p>
            <a href={posterUrl} className="button">
              {t('poster')}
            </a>
          </p>
          <section aria-labelledby="digest-facts">
            <h2 id="digest-facts">{t('facts')}</h2>
            <ul className="digest-facts">
              <li>
                <strong>{format.number(digest.answeredCount)}</strong> {t('answered', { count: digest.answeredCount })}
              </li>
              <li>
                <strong>{format.number(digest.implementedCount)}</strong>{' '}
                {t('implemented', { count: digest.implementedCount })}
              </li>
              <li>
                <strong>
                  {digest.firstResponsesOnTime === null || digest.firstResponsesOnTime === undefined
                    ? '–'
                    : format.percent(digest.firstResponsesOnTime)}
                </strong>{' '}
                {t('onTime')}{' '}
                <span className="digest-muted">
                  {digest.firstResponsesDue
                    ? t('onTimeOf', {
                        onTime: digest.firstResponsesAnsweredOnTime,
                        due: digest.firstResponsesDue,
                      })
                    : t('onTimeNone')}
                </span>
              </li>
            </ul>
          </section>

          <section aria-labelledby="digest-items">
            <h2 id="digest-items">{t('items')}</h2>
            {digest.items.length ? (
              <ul className="digest-items">
                {digest.items.map((item) => (
                  <li key={item.suggestionId}>
                    <article aria-labelledby={`digest-${item.suggestionId}`}>
                      <h3 id={`digest-${item.suggestionId}`}>
                        <span className="digest-said">{t('youSaid')} </span>
                        <Link to={`/forslag/${item.suggestionId}`}>{item.title}</Link>
                      </h3>
                      <p className="digest-status">
                        {item.implemented ? t('implementedThisMonth') : tCommon(`status.${item.status}`)}
                      </p>
                      <p>
                        <strong>{t('weDid')}</strong> {item.answerSummary}
                      </p>
                      {item.stories.map((story) => (
                        <div key={story.id} className="digest-story">
                          <p>
                            {t('story')} <Link to={`/historier/${story.id}`}>{story.title}</Link>
                          </p>
                          {story.gains.length ? (
                            <ul aria-label={t('gainsOf', { title: story.title })}>
                              {story.gains.map((g, i) => (
                                <li key={i}>
                                  <span className="digest-muted">
                                    {t(`gainCategory.${g.category}`, { ns: 'stories' })}:
                                  </span>{' '}
                                  {g.value !== null && g.value !== undefined ? (
                                    <strong>
                                      {format.number(g.value, { maximumFractionDigits: 1 })} {g.unit}
                                    </strong>
                                  ) : null}
                                  {g.value !== null && g.value !== undefined ? ' – ' : ''}
                                  {g.description}
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </div>
                      ))}
                    </article>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t('empty', { month: name })}</EmptyState>
            )}
          </section>

          {digest.thanks.length ? (
            <section aria-labelledby="digest-thanks">
              <h2 id="digest-thanks">{t('thanksTitle')}</h2>
              <p>{t('thanks', { names: format.list(digest.thanks.map((p) => p.name)) })}</p>
            </section>
          ) : null}
          <p className="digest-muted">{t('about')}</p>
        </>
      ) : null}
    </Page>
  );
}
