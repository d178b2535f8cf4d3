// Waiting in the integration tests for what the editor does asynchronously (a configuration change landing, a
// webview answering, a diagnostic published): poll, and fail naming what never came.

/** Resolves with the first value `probe` gives that is not undefined; throws after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Resolves once `check` holds; throws after `timeoutMs`. */
export async function untilTrue(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  await until(what, () => (check() ? true : undefined), timeoutMs);
}
