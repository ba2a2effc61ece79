/** `text` as a QR code image (SVG data URL). */
import { useEffect, useState } from 'react';
import { qrDataUrl, qrMinSize } from '../lib/qr';

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
  // Long codes (a device pairing card) get bigger: at least 4 px per module, or a screenshot
  // of it — and many phone cameras — cannot read it back.
  const side = Math.max(size, safeMinSize(text));
  return (
    <div className="qr" style={{ width: side, height: side, boxSizing: 'content-box' }}>
      {src && <img src={src} alt={label} width={side} height={side} data-testid={testId} />}
    </div>
  );
}

function safeMinSize(text: string): number {
  try {
    return qrMinSize(text);
  } catch {
    return 0; // too long for any QR code: the caller shows the text instead
  }
}
