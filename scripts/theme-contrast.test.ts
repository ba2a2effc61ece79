/**
 * WCAG 2.1 AA contrast of the colour tokens in theme.css, in both themes, for every pairing
 * the stylesheets use or may use: a text colour on any background token (4.5:1), a control
 * edge, status icon or focus ring on any background token (3:1). The e2e axe pass sees only
 * the states it reaches (no "waiting for your other device" note, no hover); this sees them all.
 * (Here and not beside theme.css: the renderer's tests may not read files, and vitest hands
 * them an empty stylesheet.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const themeCss = readFileSync(
  resolve(import.meta.dirname, '../renderer/src/styles/theme.css'),
  'utf8',
);

const TEXT = ['fg', 'fg-muted', 'accent', 'danger'] as const;
const NON_TEXT = ['control-border', 'read', 'focus'] as const;
const BACKGROUNDS = [
  'bg',
  'bg-elevated',
  'bg-sunken',
  'bubble-in',
  'bubble-out',
  'accent-soft',
  'danger-soft',
] as const;

/** The `--name: #rrggbb` declarations of the first rule whose selector starts with `selector`. */
function tokens(selector: string): Map<string, string> {
  const start = themeCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector} in theme.css`);
  const body = themeCss.slice(start, themeCss.indexOf('}', start));
  return new Map(
    Array.from(body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi), (m) => [m[1] ?? '', m[2] ?? '']),
  );
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Every pairing of `fgs` on BACKGROUNDS below `min`, as "fg on bg: ratio". */
function below(theme: Map<string, string>, fgs: readonly string[], min: number): string[] {
  const failing: string[] = [];
  for (const fg of fgs) {
    for (const bg of BACKGROUNDS) {
      const ratio = contrast(theme.get(fg) ?? '', theme.get(bg) ?? '');
      if (!(ratio >= min)) failing.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
    }
  }
  return failing;
}

const light = tokens(':root');
const dark = tokens(":root[data-theme='dark']");

describe('theme colours (WCAG 2.1 AA)', () => {
  it('the dark theme from the system is the dark theme from the setting', () => {
    expect(tokens(":root:not([data-theme='light'])")).toEqual(dark);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${name}: text 4.5:1 on every background, controls and icons 3:1`, () => {
      for (const token of [...TEXT, ...NON_TEXT, ...BACKGROUNDS, 'accent-fg']) {
        expect(theme.get(token), token).toMatch(/^#[0-9a-f]{6}$/i);
      }
      expect(below(theme, TEXT, 4.5)).toEqual([]);
      expect(below(theme, NON_TEXT, 3)).toEqual([]);
      expect(contrast(theme.get('accent-fg') ?? '', theme.get('accent') ?? '')).toBeGreaterThan(
        4.5,
      );
    });
  }
});
