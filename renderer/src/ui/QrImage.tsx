/** `text` as a QR code image (SVG data URL). */
import { useEffect, useState } from 'react';
import { qrDataUrl } from '../lib/qr';

export function QrImage({
  text,
  label,
  testId = 'qr-image',
  size = 240,
}: {
  text: string;
  label: string;
  testId?: string;
  size?: number;
}) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setSrc(null);
    setFailed(false);
    qrDataUrl(text).then(
      (url) => {
        if (live) setSrc(url);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [text]);

  if (failed) return <p className="muted">This code is too long for a QR code; copy the text.</p>;
  return (
    <div className="qr" style={{ width: size, height: size }}>
      {src && <img src={src} alt={label} width={size} height={size} data-testid={testId} />}
    </div>
  );
}
