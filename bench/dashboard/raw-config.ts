/** One counselor in the request mix: who, where, and the dashboard statement for them. */
export type RawTarget = { practiceId: string; userId: string; text: string; params: unknown[] };

export type RawServerConfig = {
  databaseUrl: string;
  port: number;
  poolSize: number;
  appRole: string;
  targets: RawTarget[];
};
