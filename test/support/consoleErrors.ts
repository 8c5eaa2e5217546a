// The engine logs (instead of throwing) when a rule or a fix fails, so the server survives; tests capture
// those logs to fail on them.
export function watchConsoleErrors<T>(run: () => T): { value: T; errors: string[] } {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  try {
    return { value: run(), errors };
  } finally {
    console.error = original;
  }
}
