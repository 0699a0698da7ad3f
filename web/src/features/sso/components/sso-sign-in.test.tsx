import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '@/i18n/i18n';
import { renderWithProviders } from '@/test/render';
import { SsoMunicipalitiesQuery } from '../api/sso-municipalities';
import { SsoSignInButtons, SsoSignInError, ssoLoginHref } from './sso-sign-in';

const municipalities = {
  request: { query: SsoMunicipalitiesQuery },
  result: {
    data: {
      ssoMunicipalities: [{ __typename: 'Municipality', id: 'm1', name: 'Drammen kommune', slug: 'drammen' }],
    },
  },
};

describe('sign-in with the municipality account', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('offers «Logg inn med Drammen kommunes konto», a full page load that returns to where the person was', async () => {
    renderWithProviders(<SsoSignInButtons returnTo="/forslag/42" />, { mocks: [municipalities] });
    const link = await screen.findByRole('link', { name: 'Logg inn med Drammen kommunes konto' });
    expect(link).toHaveAttribute('href', '/auth/oidc/drammen/login?returnTo=%2Fforslag%2F42');
  });

  it('says it in English too', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<SsoSignInButtons />, { mocks: [municipalities] });
    expect(await screen.findByRole('link', { name: 'Sign in with your Drammen kommune account' })).toHaveAttribute(
      'href',
      '/auth/oidc/drammen/login',
    );
  });

  it('shows nothing when no municipality has a provider', async () => {
    const none = { ...municipalities, result: { data: { ssoMunicipalities: [] } } };
    const { container } = renderWithProviders(<SsoSignInButtons />, { mocks: [none] });
    await new Promise((r) => setTimeout(r, 20));
    expect(container.querySelector('a')).toBeNull();
  });

  it.each([
    ['PERSON_DEACTIVATED', /deaktivert/],
    ['EMAIL_DOMAIN_NOT_ALLOWED', /domene/],
    ['PROVIDER_UNAVAILABLE', /svarer ikke/],
    ['<script>', /Noe gikk galt/],
  ])('explains sso_error=%s in text', async (code, text) => {
    renderWithProviders(<SsoSignInError />, { route: `/?sso_error=${encodeURIComponent(code)}` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Innloggingen ble ikke fullført.');
    expect(alert).toHaveTextContent(text);
  });

  it('never sends people back to the sign-in page or off the site', () => {
    expect(ssoLoginHref('drammen', '/logg-inn')).toBe('/auth/oidc/drammen/login');
    expect(ssoLoginHref('drammen', 'https://evil.example.org')).toBe('/auth/oidc/drammen/login');
    expect(ssoLoginHref('drammen', '//evil.example.org')).toBe('/auth/oidc/drammen/login');
  });
});
