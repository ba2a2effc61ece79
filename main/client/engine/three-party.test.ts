/**
 * Three people chatting on the relay's embedded store (main/client/engine/testing/three-party.ts;
 * three-party-redis.test.ts and three-party-cluster.test.ts play it on Redis and on a Redis
 * Cluster, beside this file).
 */
import { describeThreeParty } from './testing/three-party';

describeThreeParty('embedded');
