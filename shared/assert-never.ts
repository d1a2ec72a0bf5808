/** Exhaustiveness guard for `switch` over discriminated unions: adding a variant without a case is a compile error. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
