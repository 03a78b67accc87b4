/** One autocannon run at a page, narrowed to the figures the bench keeps. */
import autocannon from 'autocannon';
import { answeredPerSecond, errorsOf, statusCodesOf, type LoadRun } from './figures';

export type LoadTarget = { url: string; cookie?: string };

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p975Ms: number;
  p99Ms: number;
  errors: number;
  statusCodes: Record<string, number>;
};

export async function runLoad(target: LoadTarget, connections: number, seconds: number): Promise<LoadFigures> {
  const result = (await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    headers: target.cookie ? { cookie: target.cookie } : {},
  })) as unknown as LoadRun;
  const statusCodes = statusCodesOf(result);
  return {
    requestsPerSecond: answeredPerSecond(statusCodes, seconds),
    p50Ms: result.latency.p50,
    p975Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: errorsOf(result),
    statusCodes,
  };
}
