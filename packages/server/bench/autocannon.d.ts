// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  /** One request template; `setupRequest` may change it before each send. */
  export interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (
      request: AutocannonRequest,
      context: Record<string, unknown>,
    ) => AutocannonRequest;
  }
  /** Options of a run. */
  export interface AutocannonOptions {
    url: string;
    connections?: number;
    amount?: number;
    duration?: number;
    requests?: AutocannonRequest[];
  }
  /** Latency or throughput percentiles. */
  export interface Histogram {
    average: number;
    p50: number;
    p97_5: number;
    p99: number;
  }
  /** The result of a run. */
  export interface AutocannonResult {
    /** Seconds. */
    duration: number;
    requests: Histogram & { total: number };
    latency: Histogram;
    non2xx: number;
    errors: number;
  }
  /** Runs a load test. */
  export default function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
}
