/** Add a contact: invite someone, or accept their invitation. */
import { useEffect } from 'react';
import { useSettings } from '../../state/settings';
import { AcceptInvitation } from './AcceptInvitation';
import { CreateInvitation } from './CreateInvitation';

export function AddContact() {
  const servers = useSettings((s) => s.servers);
  const serversLoaded = useSettings((s) => s.serversLoaded);

  useEffect(() => {
    void useSettings.getState().loadServers();
  }, []);

  return (
    <div className="screen stack">
      <h2>Add a contact</h2>
      {serversLoaded && servers.length === 0 && (
        <p className="notice" role="note">
          Add a server in Settings first: invitations and messages travel through it.
        </p>
      )}
      <div className="columns">
        <section className="card stack" aria-labelledby="invite-title">
          <h3 id="invite-title">Invite someone</h3>
          <CreateInvitation />
        </section>
        <section className="card stack" aria-labelledby="accept-title">
          <h3 id="accept-title">Accept an invitation</h3>
          <AcceptInvitation />
        </section>
      </div>
    </div>
  );
}
