/**
 * A device row's details, all from devices.list (so they are rebuilt after a reload): the
 * contacts it is primary for, when we last heard from it, and the syncs still waiting for it.
 */
import { useEffect, useState } from 'react';
import type { DeviceView } from '@meow/contract';
import { relativeTime } from '../../lib/relative-time';
import { useContacts } from '../../state/contacts';

/** Re-renders every minute, so "5 minutes ago" does not stay "just now". */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => {
      setNow(Date.now());
    }, 60_000);
    return () => {
      clearInterval(t);
    };
  }, []);
  return now;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Primary for 2 contacts"; the names open on click (and show as a tooltip). */
function PrimaryFor({ uids }: { uids: readonly string[] }) {
  const peers = useContacts((s) => s.peers);
  if (uids.length === 0) return null;
  const names = uids.map((uid) => peers.find((p) => p.uid === uid)?.name ?? 'a contact').join(', ');
  return (
    <details className="small primary-for" data-testid="device-primary-for" title={names}>
      <summary>Primary for {plural(uids.length, 'contact', 'contacts')}</summary>
      <p className="muted small" data-testid="device-primary-names">
        Talks to {names} for you
      </p>
    </details>
  );
}

function LastSeen({ device }: { device: DeviceView }) {
  const now = useMinuteClock();
  if (device.lastSeenAt === null) {
    // A pairing not answered yet has nothing to hear from; a paired one may not have spoken yet.
    if (device.step !== 'finalized') return null;
    return (
      <p className="muted small" data-testid="device-last-seen">
        Not heard from yet
      </p>
    );
  }
  const at = new Date(device.lastSeenAt);
  return (
    <p className="muted small" data-testid="device-last-seen">
      Last seen{' '}
      <time dateTime={at.toISOString()} title={at.toLocaleString()}>
        {relativeTime(device.lastSeenAt, now)}
      </time>
    </p>
  );
}

export function DeviceDetails({ device }: { device: DeviceView }) {
  return (
    <>
      <PrimaryFor uids={device.primaryFor} />
      <LastSeen device={device} />
      {device.syncWaiting > 0 && (
        <p className="small" data-testid="device-sync-waiting">
          {plural(device.syncWaiting, 'sync message', 'sync messages')} waiting
        </p>
      )}
    </>
  );
}
