/** A small cookie jar for tests that follow redirects across two origins (app and provider). */
export class CookieJar {
  private cookies: { host: string; path: string; name: string; value: string; expires?: number }[] = [];

  store(url: URL, setCookie: string[] | string | undefined): void {
    for (const header of ([] as string[]).concat(setCookie ?? [])) {
      const [pair, ...attrs] = header.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expires: number | undefined;
      for (const attr of attrs) {
        const [k, v = ''] = attr.split('=');
        if (k.toLowerCase() === 'path') path = v || '/';
        if (k.toLowerCase() === 'expires') expires = Date.parse(v);
        if (k.toLowerCase() === 'max-age') expires = Date.now() + Number(v) * 1000;
      }
      this.cookies = this.cookies.filter((c) => !(c.host === url.host && c.path === path && c.name === name));
      if (expires === undefined || expires > Date.now())
        this.cookies.push({ host: url.host, path, name, value, expires });
    }
  }

  header(url: URL): string {
    return this.cookies
      .filter(
        (c) => c.host === url.host && (url.pathname === c.path || url.pathname.startsWith(c.path.replace(/\/?$/, '/'))),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  value(host: string, name: string): string | undefined {
    return this.cookies.find((c) => c.host === host && c.name === name)?.value;
  }
}
