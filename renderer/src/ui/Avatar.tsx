/**
 * A picture when there is one (data: URLs only), else initials on a colour from the name: 32%
 * lightness keeps white initials at 4.5:1 or more on every hue (yellow is the worst).
 */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function firstGrapheme(word: string): string {
  for (const { segment } of graphemes.segment(word)) return segment;
  return '';
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const words = parts.length > 1 ? [parts[0] ?? '', parts[parts.length - 1] ?? ''] : parts;
  return words.map(firstGrapheme).join('').toLocaleUpperCase() || '?';
}

function hue(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return h;
}

export function Avatar({
  name,
  image,
  size = 40,
}: {
  name: string;
  image?: string;
  size?: number;
}) {
  const dimension = { width: size, height: size };
  if (image?.startsWith('data:image/')) {
    return <img className="avatar" src={image} alt="" style={dimension} data-testid="avatar" />;
  }
  return (
    <span
      className="avatar avatar-initials"
      aria-hidden="true"
      data-testid="avatar"
      style={{ ...dimension, fontSize: size * 0.4, backgroundColor: `hsl(${hue(name)} 45% 32%)` }}
    >
      {initials(name)}
    </span>
  );
}
