// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { MessageView } from '@meow/contract';
import { message } from '../test/fake-api';
import { dayLabel, mergeLatest, placeRow, prependOlder, toRows } from './thread';

const at = (i: number): MessageView =>
  message({ uuid: `u${i}`, createdAt: 1000 * i, cursor: { createdAt: 1000 * i, id: i } });
const range = (from: number, to: number): MessageView[] =>
  Array.from({ length: to - from + 1 }, (_, k) => at(from + k));
const newestFirst = (ms: MessageView[]): MessageView[] => [...ms].reverse();
const uuids = (ms: readonly MessageView[]): string[] => ms.map((m) => m.uuid);

describe('thread paging', () => {
  it('replaces the newest part and keeps older loaded messages', () => {
    const current = range(1, 10);
    const fresh = newestFirst(range(6, 12)).map((m) =>
      m.uuid === 'u7' ? { ...m, state: 'read' as const } : m,
    );
    const merged = mergeLatest(current, fresh, true);
    expect(merged.reset).toBe(false);
    expect(uuids(merged.messages)).toEqual(uuids(range(1, 12)));
    expect(merged.messages[6]?.state).toBe('read');
  });

  it('drops the older part when the new page leaves a gap', () => {
    const merged = mergeLatest(range(1, 10), newestFirst(range(50, 60)), true);
    expect(merged.reset).toBe(true);
    expect(uuids(merged.messages)).toEqual(uuids(range(50, 60)));
  });

  it('keeps everything when the whole conversation fits one page', () => {
    const merged = mergeLatest(range(1, 3), newestFirst(range(1, 4)), false);
    expect(uuids(merged.messages)).toEqual(uuids(range(1, 4)));
  });

  it('keeps rows an event added newer than a page that was on its way', () => {
    const merged = mergeLatest([at(13)], newestFirst(range(3, 12)), true);
    expect(merged.reset).toBe(true);
    expect(uuids(merged.messages)).toEqual(uuids(range(3, 13)));
  });

  it("places an event's row: replaced, inserted by cursor, removed, or left to paging", () => {
    const run = { olderUnloaded: true, newerUnloaded: false };
    const current = [at(2), at(4), at(6)];
    expect(uuids(placeRow(current, 'u5', at(5), run))).toEqual(['u2', 'u4', 'u5', 'u6']);
    expect(uuids(placeRow(current, 'u9', at(9), run))).toEqual(['u2', 'u4', 'u6', 'u9']);
    expect(placeRow(current, 'u1', at(1), run)).toBe(current); // the next older page has it
    expect(uuids(placeRow(current, 'u1', at(1), { ...run, olderUnloaded: false }))).toEqual([
      'u1',
      'u2',
      'u4',
      'u6',
    ]);
    expect(placeRow(current, 'u9', at(9), { ...run, newerUnloaded: true })).toBe(current);
    const read = { ...at(4), state: 'read' as const };
    expect(placeRow(current, 'u4', read, run)[1]).toBe(read);
    const copy = JSON.parse(JSON.stringify(current[1])) as MessageView; // same row, new object
    expect(placeRow(current, 'u4', copy, run)).toBe(current);
    expect(uuids(placeRow(current, 'u4', null, run))).toEqual(['u2', 'u6']);
  });

  it('prepends older pages without duplicates', () => {
    const out = prependOlder(range(5, 8), newestFirst(range(2, 6)));
    expect(uuids(out)).toEqual(uuids(range(2, 8)));
  });

  it('puts a day separator before each new day', () => {
    const day = 86_400_000;
    const t0 = new Date(2025, 0, 1, 10).getTime();
    const ms = [t0, t0 + 1000, t0 + day, t0 + 3 * day].map((t, i) =>
      message({ uuid: `d${i}`, createdAt: t, cursor: { createdAt: t, id: i } }),
    );
    const rows = toRows(ms, t0 + 3 * day);
    expect(rows.map((r) => r.kind)).toEqual([
      'day',
      'message',
      'message',
      'day',
      'message',
      'day',
      'message',
    ]);
    expect(rows[rows.length - 2]).toMatchObject({ kind: 'day', label: 'Today' });
    expect(dayLabel(t0 + 2 * day, t0 + 3 * day)).toBe('Yesterday');
  });
});
