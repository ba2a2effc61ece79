// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { connectEvents } from '../../state/events';
import { useFakeApi, valueOf } from '../../test/fake-api';
import { JoinPairing } from './JoinPairing';

const fake = useFakeApi();

function Harness({ onDone }: { onDone: () => void }) {
  const api = fake.current.api;
  useEffect(() => connectEvents(api), [api]);
  return <JoinPairing deviceName="Laptop" onDone={onDone} />;
}

describe('joining as a new device', () => {
  it('shows the code after the QR text is entered and waits for device.paired', async () => {
    fake.current.handle('devices.join', () =>
      Promise.resolve({ deviceUid: 'd-old', code: '111 222' }),
    );
    const onDone = vi.fn();
    render(<Harness onDone={onDone} />);
    fireEvent.change(screen.getByTestId('join-code-text'), { target: { value: ' meow:1:abc ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('111 222');
    expect(fake.current.commands['devices.join']).toHaveBeenCalledWith({
      text: 'meow:1:abc',
      deviceName: 'Laptop',
    });
    expect(screen.getByTestId('pairing-waiting-confirmation')).toBeTruthy();
    act(() => {
      fake.current.emit('device.paired', { deviceUid: 'd-old', name: 'Desk' });
    });
    await screen.findByTestId('pairing-paired');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('says the pasted text is not valid and keeps it', async () => {
    fake.current.fail('devices.join', 'INVITATION_BAD_PAYLOAD');
    render(<Harness onDone={() => undefined} />);
    fireEvent.change(screen.getByTestId('join-code-text'), { target: { value: 'hello there' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByTestId('join-error')).textContent).toBe(
      'That is not a valid invitation',
    );
    expect(valueOf('join-code-text')).toBe('hello there');
  });
});
