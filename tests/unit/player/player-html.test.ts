import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import {
  CAPTIONS_GLOBAL,
  PACKAGE_PATHS,
  renderCaptionScript,
  renderPlayerHtml,
} from '../../../shared/package/player-html';

describe('renderPlayerHtml', () => {
  it('loads the runtime and content by path, with no inline script, and escapes the title', () => {
    const html = renderPlayerHtml({
      title: 'Tom & "Jerry" <script>alert(1)</script>',
      language: 'en-GB',
      target: 'scorm12',
    });
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<title>Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(`<link rel="stylesheet" href="${PACKAGE_PATHS.playerCss}">`);
    expect(html.indexOf(PACKAGE_PATHS.courseJs)).toBeLessThan(html.indexOf(PACKAGE_PATHS.playerJs));
    expect(html.match(/<script[^>]*>/g)).toEqual([
      `<script defer src="${PACKAGE_PATHS.courseJs}">`,
      `<script defer src="${PACKAGE_PATHS.playerJs}">`,
    ]);
    expect(html).toMatch(/<noscript>.*JavaScript.*<\/noscript>/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('falls back to "en" for a malformed language', () => {
    expect(renderPlayerHtml({ title: 't', language: 'en" onload="x', target: 'html5' })).toContain('<html lang="en">');
  });

  it('caption scripts carry the VTT text verbatim and are safe to load', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:01.000\n</script><b>hi</b> \u2028 "quotes"\n';
    const script = renderCaptionScript('a-1', vtt);
    expect(script).not.toContain('</script>');
    const window: Record<string, Record<string, string>> = {};
    vm.runInNewContext(script, { window });
    vm.runInNewContext(renderCaptionScript('a-2', 'WEBVTT\n'), { window });
    expect(window[CAPTIONS_GLOBAL]).toEqual({ 'a-1': vtt, 'a-2': 'WEBVTT\n' });
  });
});
