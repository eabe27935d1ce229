// Types for scripts/serve.mjs.
export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}
export declare function startServer(options?: {
  routes?: Record<string, string | { body: string | Buffer; type?: string }>;
  root?: string;
  port?: number;
}): Promise<StaticServer>;
