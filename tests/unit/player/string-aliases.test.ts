import vm from 'node:vm';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { aliasStrings } from '../../../tools/player-string-aliases';

/** The player build's aliasing (tools/player-string-aliases.ts): same behaviour, fewer bytes. */
const run = (code: string): unknown => {
  const sandbox = { out: undefined as unknown };
  vm.runInNewContext(code, sandbox);
  return JSON.stringify(sandbox.out);
};
const declared = (code: string): string[] =>
  (/^\(function\(\)\{var ([^;]*);/.exec(code)?.[1] ?? '').split(',').map((d) => d.split('=')[1] ?? '');

describe('player string aliases', () => {
  it('declares a repeated string once at the top of the IIFE and reads it everywhere, with the same result', () => {
    const code =
      '(function(){function f(e){if(typeof e=="string")return"division";return`division`+"x"}' +
      'out=[f("division"),f(1),"division"in{division:1},typeof f==`function`,typeof f=="function",typeof f=="function"]})();';
    const aliased = aliasStrings(code, parseAst);
    expect(aliased.length).toBeLessThan(code.length);
    expect(declared(aliased)).toEqual(['"division"', '"function"']);
    // `return"division"` and `"division"in{…}` keep a space before / after the name; the key becomes computed.
    expect(aliased).toMatch(/return [\w$]+;/);
    expect(aliased).toMatch(/,([\w$]+) in\{\[\1\]:1\}/);
    expect(run(aliased)).toEqual(run(code));
  });

  it('turns repeated object keys into computed keys of the same property, except __proto__ and shorthands', () => {
    const code =
      '(function(){var p={x:1},longName=2,a={"aria-label":1,__proto__:p,longName},b={"aria-label":2,__proto__:p,longName},' +
      'c={"aria-label":3,__proto__:p,longName};out=[a,b,c,Object.getPrototypeOf(a)===p,Object.keys(c)]})();';
    const aliased = aliasStrings(code, parseAst);
    expect(declared(aliased)).toContain('"aria-label"');
    expect(declared(aliased)).not.toContain('"__proto__"');
    expect(aliased).toContain('__proto__:p,longName}');
    expect(run(aliased)).toEqual(run(code));
  });

  it('reads Math and document from a variable unless a typeof tests them', () => {
    const code =
      '(function(){out=[Math.max(1,2),Math.min(1,2),Math.floor(1.5),Math.ceil(1.5),Math.round(2.5),typeof JSON,JSON.stringify(1),JSON.stringify(2),JSON.stringify(3),JSON.stringify(4)]})();';
    const aliased = aliasStrings(code, parseAst);
    expect(declared(aliased)).toEqual(['Math']);
    expect(run(aliased)).toEqual(run(code));
  });

  it('leaves member names, directives, tagged and ${}-templates and rare strings alone', () => {
    const code =
      '(function(){"use strict";var o={"k":1,"k":2},t=(s)=>s[0];class C{"k"(){return 1}}' +
      'out=[o,t`k`,`k${1}`,new C().k(),"rare"]})();';
    expect(aliasStrings(code, parseAst)).toBe(code);
  });

  it('never picks a name the script already uses, so no scope shadows it', () => {
    const code =
      '(function(){var a="longer string",b=function(c){return"longer string"+c};out=b(a)+"longer string"})();';
    const aliased = aliasStrings(code, parseAst);
    const name = /^\(function\(\)\{var ([\w$]+)=/.exec(aliased)?.[1];
    expect(name).toBeDefined();
    expect(['a', 'b', 'c', 'out']).not.toContain(name);
    expect(run(aliased)).toBe(run(code));
  });
});
