import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_CHROMIUM } from '../../support/chromium';

const present = (...files: string[]) => (file: string) => files.includes(file);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', () => {
    const found = findChromium({
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      which: () => '/usr/bin/chromium',
      exists: present('/opt/my/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/my/chrome');
  });

  it('refuses a CHROMIUM_PATH that does not exist instead of falling back silently', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: () => false })).toThrow(/\/nope/);
  });

  it("then the system's chromium, then Playwright's own browser", () => {
    const system = findChromium({
      env: {},
      which: (name) => (name === 'chromium' ? '/usr/bin/chromium' : null),
      playwrightPath: () => '/pw/chrome',
      exists: present('/usr/bin/chromium', '/pw/chrome'),
    });
    expect(system).toBe('/usr/bin/chromium');
    const own = findChromium({ env: {}, which: () => null, playwrightPath: () => '/pw/chrome', exists: present('/pw/chrome') });
    expect(own).toBe('/pw/chrome');
  });

  it('fails at once with the install command when there is none', () => {
    expect(() =>
      findChromium({ env: {}, which: () => null, playwrightPath: () => '/pw/chrome', exists: () => false }),
    ).toThrow(INSTALL_CHROMIUM);
  });
});
