/** Devices screen: pair a new device, join as a new device, the list of your devices. */
import { useEffect, useState } from 'react';
import { useDevices } from '../../state/devices';
import { DeviceList } from './DeviceList';
import { JoinPairing } from './JoinPairing';
import { MakePrimaryForAll } from './MakePrimary';
import { PairDevice } from './PairDevice';

export function Devices() {
  const [joinOpen, setJoinOpen] = useState(false);

  useEffect(() => {
    void useDevices.getState().load();
  }, []);

  return (
    <div className="screen stack">
      <h2>Devices</h2>
      <section className="card stack" aria-labelledby="pair-title">
        <h3 id="pair-title">Pair a new device</h3>
        <p className="muted">
          Your devices keep the same history. Your contacts never learn how many you have.
        </p>
        <PairDevice />
      </section>
      <section className="stack" aria-labelledby="list-title">
        <h3 id="list-title">Your other devices</h3>
        <DeviceList />
      </section>
      <MakePrimaryForAll />
      <section className="card stack" aria-labelledby="join-here-title">
        <h3 id="join-here-title">Join an existing account from this device</h3>
        {joinOpen ? (
          <JoinPairing
            onDone={() => {
              setJoinOpen(false);
            }}
          />
        ) : (
          <button
            type="button"
            onClick={() => {
              setJoinOpen(true);
            }}
          >
            Enter a pairing code
          </button>
        )}
      </section>
    </div>
  );
}
