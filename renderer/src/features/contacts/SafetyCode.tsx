/**
 * Verifying a contact: the 60-digit safety code (the same on both phones or computers when
 * nobody sits in between), its QR for the contact to scan, a scanner for theirs, and the mark.
 * The mark lasts as long as the contact's keys stay the ones it was given for.
 */
import { useEffect, useState } from 'react';
import type { PeerView } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { useAction } from '../../lib/use-action';
import { contactActions } from '../../state/contact-actions';
import { CameraScanner } from '../../ui/CameraScanner';
import { ErrorText } from '../../ui/ErrorText';
import { QrImage } from '../../ui/QrImage';

type Code = { code: string; qr: string };

function useSafetyCode(peerUid: string): { code: Code | null; error: string | null } {
  const [code, setCode] = useState<Code | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    contactActions.safetyCode(peerUid).then(
      (c) => {
        if (live) setCode(c);
      },
      (err: unknown) => {
        if (live) setError(errorText(err));
      },
    );
    return () => {
      live = false;
    };
  }, [peerUid]);
  return { code, error };
}

export function SafetyCode({ peer, onDone }: { peer: PeerView; onDone: () => void }) {
  const { code, error } = useSafetyCode(peer.uid);
  const action = useAction();
  const [scanning, setScanning] = useState(false);
  const [scanResult, setScanResult] = useState<'match' | 'mismatch' | null>(null);
  const mark = (verified: boolean) => action.run(() => contactActions.verify(peer.uid, verified));

  const onScanned = (text: string): void => {
    setScanning(false);
    const match = text.trim() === code?.qr;
    setScanResult(match ? 'match' : 'mismatch');
    if (match) void mark(true);
  };

  return (
    <section className="safety-code" aria-label={`Verify ${peer.name}`} data-testid="safety-code">
      <h3>Verify {peer.name}</h3>
      <p className="muted small">
        Compare these numbers with the ones {peer.name} sees for you, in person or on a call you
        trust. If they match, nobody is reading along.
      </p>
      <ErrorText error={error} />
      {code && (
        <>
          <p className="safety-digits" data-testid="safety-digits" aria-label="Safety code">
            {code.code}
          </p>
          <QrImage text={code.qr} label={`Safety code QR for ${peer.name}`} size={180} />
        </>
      )}
      {scanning && <CameraScanner onCode={onScanned} />}
      {scanResult === 'match' && (
        <p role="status" data-testid="scan-match">
          The codes match.
        </p>
      )}
      {scanResult === 'mismatch' && (
        <p className="error-text" role="alert" data-testid="scan-mismatch">
          That code does not match. Do not mark {peer.name} as verified.
        </p>
      )}
      <ErrorText error={action.error} />
      <div className="row">
        {peer.verified ? (
          <button
            type="button"
            disabled={action.busy}
            data-testid="unverify"
            onClick={() => void mark(false)}
          >
            Mark as not verified
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={action.busy || !code}
            data-testid="mark-verified"
            onClick={() => void mark(true)}
          >
            Mark as verified
          </button>
        )}
        {code && (
          <button
            type="button"
            onClick={() => {
              setScanResult(null);
              setScanning(!scanning);
            }}
          >
            {scanning ? 'Stop scanning' : 'Scan their code'}
          </button>
        )}
        <button type="button" onClick={onDone}>
          Close
        </button>
      </div>
    </section>
  );
}
