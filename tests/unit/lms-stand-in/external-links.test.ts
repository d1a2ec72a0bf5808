import { describe, expect, it } from 'vitest';
import { leavesPackage } from '../../../renderer/lms-stand-in/external-links';

const BASE = 'http://127.0.0.1:5000/packages/p1/index.html';

describe('leavesPackage', () => {
  it('asks for links to another origin or with a target', () => {
    expect(leavesPackage('https://example.org/x', BASE, null)).toBe(true);
    expect(leavesPackage('page2.html', BASE, '_blank')).toBe(true);
    expect(leavesPackage('//evil.test/', BASE, null)).toBe(true);
  });

  it('lets the package move between its own pages', () => {
    expect(leavesPackage('page2.html', BASE, null)).toBe(false);
    expect(leavesPackage('#section', BASE, '_self')).toBe(false);
    expect(leavesPackage('javascript:void(0)', BASE, null)).toBe(false);
  });
});
