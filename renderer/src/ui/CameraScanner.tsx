/** Live camera preview that looks for a Meow QR code in each frame (jsQR), a few times a second. */
import { useEffect, useRef, useState } from 'react';
import { CAMERA_UNAVAILABLE, errorText } from '../lib/error-text';
import { decodePixels, pixelsOf } from '../lib/qr';
import { MeowError } from '../transport/errors';
import { ErrorText } from './ErrorText';

const SCAN_EVERY_MS = 200;

async function openCamera(): Promise<MediaStream> {
  if (!(navigator.mediaDevices as MediaDevices | undefined)?.getUserMedia) {
    throw new MeowError(CAMERA_UNAVAILABLE, 'no camera API');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
  } catch {
    throw new MeowError(CAMERA_UNAVAILABLE, 'camera refused');
  }
}

export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;

    const scan = (): void => {
      const v = video.current;
      if (!live || !v) return;
      if (v.readyState >= 2 && v.videoWidth > 0) {
        const pixels = pixelsOf(v, v.videoWidth, v.videoHeight, 800);
        const code = pixels ? decodePixels(pixels.data, pixels.width, pixels.height) : null;
        if (code) {
          live = false;
          stream?.getTracks().forEach((t) => {
            t.stop();
          });
          onCodeRef.current(code);
          return;
        }
      }
      timer = setTimeout(scan, SCAN_EVERY_MS);
    };

    openCamera().then(
      (s) => {
        stream = s;
        if (!live || !video.current) {
          s.getTracks().forEach((t) => {
            t.stop();
          });
          return;
        }
        video.current.srcObject = s;
        void video.current.play().catch(() => undefined);
        setScanning(true);
        scan();
      },
      (err: unknown) => {
        if (live) setError(errorText(err));
      },
    );
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      stream?.getTracks().forEach((t) => {
        t.stop();
      });
    };
  }, []);

  return (
    <div className="camera">
      <video
        ref={video}
        muted
        playsInline
        aria-label="Camera preview"
        data-testid="camera-preview"
      />
      {scanning && <p className="muted">Hold the QR code in front of the camera.</p>}
      <ErrorText error={error} />
    </div>
  );
}
