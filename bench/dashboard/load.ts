// Load with autocannon at a fixed number of connections. Each request goes to the next target of
// the mix (round robin), and every response time is kept so rounds can be pooled before taking
// percentiles (autocannon reports percentiles per run only).
import autocannon from 'autocannon';

export type LoadTarget = { path: string; headers: Record<string, string> };

export type Round = { requests: number; seconds: number; latenciesMs: number[]; errors: number };

export async function runRound(
  baseUrl: string,
  targets: LoadTarget[],
  options: { connections: number; seconds: number },
): Promise<Round> {
  let next = 0;
  const latenciesMs: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            setupRequest: (request) => {
              const target = targets[next++ % targets.length]!;
              return { ...request, method: 'GET', path: target.path, headers: target.headers };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latenciesMs.push(responseTime);
      else errors++;
    });
  });
  errors += result.errors + result.timeouts;
  return { requests: latenciesMs.length, seconds: result.duration, latenciesMs, errors };
}

type Summary = { rps: number; p50Ms: number; p99Ms: number; requests: number; errors: number };

export function summarize(rounds: Round[]): Summary {
  const all = rounds.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))] ?? Number.NaN;
  return {
    rps: all.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    requests: all.length,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}
