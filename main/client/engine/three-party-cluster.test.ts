/**
 * Three people chatting through a relay on a three-master Redis Cluster
 * (main/client/engine/testing/three-party.ts); skipped, with the reason printed, where Redis
 * lacks cluster support.
 */
import { clusterUnsupported } from '../../../testkit/redis-cluster';
import { describeThreeParty } from './testing/three-party';

const noCluster = await clusterUnsupported();
if (noCluster !== undefined) console.log(`three people on a Redis Cluster: skipped (${noCluster})`);

describeThreeParty('redis-cluster', noCluster !== undefined);
