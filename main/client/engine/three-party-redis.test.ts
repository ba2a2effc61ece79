/** Three people chatting through a relay on Redis (main/client/engine/testing/three-party.ts). */
import { describeThreeParty } from './testing/three-party';

describeThreeParty('redis');
