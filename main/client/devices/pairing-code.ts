/**
 * The pairing confirmation code (MULTI_DEVICE_SPEC phase 1; DESIGN.md §6 "QR pairing with a
 * confirmation code on both screens"). Both devices compute it from the two devices' public
 * keys and the invitation uuid; the existing device joins the new one only after its user saw
 * the same code on both screens. Someone who photographed the QR and answered first holds
 * other keys, so the code the existing device shows differs from the real new device's code;
 * the attacker cannot aim at the right one because the new device's keys are fresh and never
 * leave it before it answers.
 */
import { concatBytes, sha256, utf8 } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import { bytes } from '../peers/codec';
import type { Peer } from '../model';

const DOMAIN = 'meow pairing code v1';
export const PAIRING_CODE_DIGITS = 6;

/** "123 456": six digits from the first 32 bits of the hash (bias < 1e-3, fine for a check). */
function digits(hash: Uint8Array): string {
  const value = new DataView(hash.buffer, hash.byteOffset, 4).getUint32(0);
  const n = (value % 10 ** PAIRING_CODE_DIGITS).toString().padStart(PAIRING_CODE_DIGITS, '0');
  return `${n.slice(0, 3)} ${n.slice(3)}`;
}

/**
 * The code for a device relationship from either side: the inviter's keys always go first, so
 * both sides hash the same bytes.
 */
export function pairingCode(device: Peer): string {
  if (device.type !== 'device' || !device.contactPublicKey || !device.contactEncryption) {
    throw new AppError('INVALID_ARGUMENT', 'a pairing code needs an answered device pairing');
  }
  const mine = [
    bytes(device.myIdentity.publicKey, 'key'),
    bytes(device.myEncryptionKp.publicKey, 'key'),
  ];
  const theirs = [bytes(device.contactPublicKey, 'key'), bytes(device.contactEncryption, 'key')];
  const [inviter, answerer] = device.drInitiator ? [mine, theirs] : [theirs, mine];
  return digits(
    sha256(concatBytes(utf8(DOMAIN), ...inviter, ...answerer, utf8(device.invitationUuid))),
  );
}
