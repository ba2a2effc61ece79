/**
 * Makes commits that were made without an fsync durable, off this thread: an fdatasync of the
 * database's write-ahead log on libuv's thread pool (MessageDb `transactionSyncedLater`).
 *
 * Why this is enough: in WAL mode a commit is frames appended to `<db>-wal`, and
 * synchronous=FULL differs from NORMAL only in syncing that file before the commit returns
 * (sqlite.org/pragma.html#pragma_synchronous). Syncing it ourselves afterwards gives the same
 * guarantee a little later: every commit appended before the sync started is on disk once it
 * resolves. SQLite keeps the -wal file (the same inode, rewritten from the start after a
 * checkpoint) for as long as the connection is open, so one descriptor serves every sync. It
 * is opened read-write because Windows flushes only a handle with write access.
 */
import { closeSync, fdatasync, openSync } from 'node:fs';
import { AppError } from '../../core/errors';

export class WalSync {
  private fd: number | undefined;
  private inFlight = 0;
  private closing = false;

  constructor(private readonly walPath: string) {}

  /** Resolves once every commit made before this call is on disk; STORAGE_IO if it fails. */
  sync(): Promise<void> {
    if (this.closing) {
      return Promise.reject(new AppError('STORAGE_CLOSED', 'the message database is closed'));
    }
    let fd: number;
    try {
      fd = this.fd ??= openSync(this.walPath, 'r+');
    } catch (cause) {
      return Promise.reject(failed(cause));
    }
    this.inFlight += 1;
    return new Promise((resolve, reject) => {
      fdatasync(fd, (err) => {
        this.inFlight -= 1;
        if (this.closing && this.inFlight === 0) this.release();
        if (err) reject(failed(err));
        else resolve();
      });
    });
  }

  /** Closes the descriptor now, or once the syncs in flight have finished. */
  close(): void {
    this.closing = true;
    if (this.inFlight === 0) this.release();
  }

  private release(): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) closeSync(fd);
  }
}

function failed(cause: unknown): AppError {
  return new AppError('STORAGE_IO', 'writing the message database to disk failed', { cause });
}
