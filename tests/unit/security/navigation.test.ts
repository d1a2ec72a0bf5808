import { describe, expect, it } from 'vitest';
import { decideNavigation, isAllowedExternalUrl } from '../../../main/security/navigation';

describe('navigation policy', () => {
  it.each(['https://example.com/', 'https://en.wikipedia.org/wiki/SCORM?x=1#y'])('opens %s externally', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
    expect(decideNavigation(url)).toBe('open-external');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'smb://server/share',
    'ms-msdt:/id',
    'vscode://file/x',
    'https://user:pass@example.com/',
    'https://',
    'not a url',
    '',
  ])('never opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(decideNavigation(url)).toBe('deny');
  });

  it('allows in-app navigation only', () => {
    expect(decideNavigation('app://coursewright/index.html')).toBe('allow');
    expect(decideNavigation('app://other/index.html')).toBe('deny');
    expect(decideNavigation(undefined)).toBe('deny');
  });
});
