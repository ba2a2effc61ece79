/**
 * A search snippet with its matched ranges in <mark>: the text is split at the ranges into
 * plain strings (React escapes them; no HTML is ever built from message text).
 */
import type { SnippetView } from '@meow/contract';

export function Highlighted({ snippet }: { snippet: SnippetView }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.ranges) {
    if (start < at || end <= start || end > snippet.text.length) continue;
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <span className="snippet" data-testid="search-snippet">
      {parts.map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}
