// PostgreSQL picks one of two transactions that wait on each other (two imports joining the same near-duplicate
// groups in different orders) and aborts it; the whole transaction is simply run again after a short random pause.
const isWriteConflict = (err: unknown) => (err as { code?: string })?.code === "P2034";
const CONFLICT_RETRIES = 5;

export async function retryOnWriteConflict<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!isWriteConflict(err) || attempt >= CONFLICT_RETRIES) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50 * attempt));
    }
  }
}
