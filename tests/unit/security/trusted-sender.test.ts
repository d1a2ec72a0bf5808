import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../main/security/trusted-sender';

describe('isTrustedSender', () => {
  it('trusts only the app origin in the top frame', () => {
    expect(isTrustedSender({ isMainFrame: true, url: 'app://coursewright/index.html' })).toBe(true);
    expect(isTrustedSender({ isMainFrame: true, url: 'app://coursewright/index.html#/course/1' })).toBe(true);
    expect(isTrustedSender({ isMainFrame: false, url: 'app://coursewright/index.html' })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it.each([
    'https://coursewright/index.html',
    'http://127.0.0.1:3000/',
    'file:///home/user/index.html',
    'app://evil/index.html',
    'app://coursewright.evil.com/index.html',
    'app://user:pw@coursewright/index.html',
    'app://coursewright:8080/index.html',
    'media://asset/x',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    '',
    'app:coursewright',
  ])('does not treat %s as the app', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isTrustedSender({ isMainFrame: true, url })).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isAppUrl(42)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});
