/**
 * Shared by the quickstarts: the environment scripts/ts-quickstart passes, and `expect`, which
 * fails the program with a message naming what a TypeScript user would have seen go wrong.
 */

// The quickstarts run on Node without @types/node: the little they use is declared here.
declare const process: { env: Record<string, string | undefined>; exitCode?: number };

export function env(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`${name} is not set (run scripts/ts-quickstart)`);
  return value;
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`spec and server disagree: ${message}`);
}

/** A value of a typed field really has the JSON type the spec gives it. */
export function expectType(value: unknown, type: "string" | "number" | "boolean" | "array" | "object", field: string): void {
  const actual = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  expect(actual === type, `${field} is typed ${type} but the server sent ${actual} (${JSON.stringify(value)})`);
}

/** Runs a quickstart, prints its result line, and sets a failing exit code on any error. */
export async function run(name: string, main: () => Promise<string>): Promise<void> {
  try {
    console.log(`${name}: ${await main()}`);
  } catch (error) {
    console.error(`${name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
