import { describe, expect, it } from 'vitest';
import { APP_CSP, browserHostCsp, buildCsp, securityHeaders } from '../../../main/security/csp';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('CSP', () => {
  it('locks the app down', () => {
    const d = directives(APP_CSP);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'media:', 'blob:', 'data:']));
    expect(d.get('media-src')).toEqual(expect.arrayContaining(["'self'", 'media:', 'blob:']));
    expect(APP_CSP).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('allows only its own WebSocket in the browser host', () => {
    const d = directives(browserHostCsp('http://127.0.0.1:4312'));
    expect(d.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:4312']);
  });

  it('frames only the content origin, never itself', () => {
    expect(directives(APP_CSP).get('frame-src')).toEqual(['cwcontent://coursewright']);
    const d = directives(browserHostCsp('http://127.0.0.1:4312', 'http://127.0.0.1:5000'));
    expect(d.get('frame-src')).toEqual(['http://127.0.0.1:5000']);
    expect(directives(buildCsp()).get('frame-src')).toEqual(["'none'"]);
  });

  it('refuses injected sources', () => {
    expect(() => buildCsp({ connectSrc: ["ws://x; script-src 'unsafe-inline'"] })).toThrow();
    expect(() => buildCsp({ frameSrc: ["http://x 'unsafe-inline'"] })).toThrow();
  });

  it('sends nosniff with the CSP', () => {
    expect(securityHeaders(APP_CSP)).toMatchObject({
      'Content-Security-Policy': APP_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});
