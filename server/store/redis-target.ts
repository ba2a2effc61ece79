/**
 * Where the Redis store lives: one Redis (a redis:// URL) or a Redis Cluster, named by a few of
 * its nodes (`host:port,host:port,…`; the client discovers the rest and follows the slots).
 * No ioredis here: the relay's configuration parses and labels targets without loading it.
 */
export interface RedisNode {
  readonly host: string;
  readonly port: number;
}

export interface RedisClusterTarget {
  /** Startup nodes: any reachable one is enough to discover the cluster. */
  readonly cluster: readonly RedisNode[];
}

/** A redis:// or rediss:// URL, or a cluster. */
export type RedisTarget = string | RedisClusterTarget;

// A host name or IPv4 address, or an IPv6 address in brackets; then a port.
const NODE = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})$/;

/**
 * Parses `host:port,host:port,…` (spaces around entries allowed, duplicates dropped). Returns the
 * nodes, or a sentence saying what is wrong (the caller words the error for its flag).
 */
export function parseRedisNodes(text: string): readonly RedisNode[] | string {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return 'expected host:port[,host:port…]';
  const nodes = new Map<string, RedisNode>();
  for (const entry of entries) {
    const match = NODE.exec(entry);
    const port = Number(match?.[2]);
    if (!match?.[1] || !(port >= 1 && port <= 65535)) {
      return `"${entry}" is not host:port (port 1..65535; IPv6 as [addr]:port)`;
    }
    // ioredis wants a bare IPv6 address.
    nodes.set(entry, { host: match[1].replace(/^\[(.*)\]$/, '$1'), port });
  }
  return [...nodes.values()];
}

/** `host:port,…` again, for logs and the relay's store label (there are no credentials in it). */
export function formatRedisNodes(nodes: readonly RedisNode[]): string {
  return nodes.map((n) => (n.host.includes(':') ? `[${n.host}]` : n.host) + `:${n.port}`).join(',');
}
