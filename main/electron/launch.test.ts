import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileArgument, resolveLaunch } from './launch';

const USER_DATA = '/home/a/.config/Meow';

describe('profileArgument', () => {
  it.each([
    [['electron', '.'], undefined],
    [['meow', '--profile', '/p'], '/p'],
    [['meow', '--profile=/p'], '/p'],
    [['meow', '--profile=/a', '--profile', '/b'], '/b'],
    [['meow', '--profile'], undefined],
    [['meow', '--profile='], undefined],
    [['meow', '--profiles', '/p'], undefined],
  ])('%j → %s', (argv, expected) => {
    expect(profileArgument(argv)).toBe(expected);
  });
});

describe('resolveLaunch', () => {
  it('defaults to <userData>/profile with the default userData', () => {
    expect(resolveLaunch(['meow'], {}, USER_DATA)).toEqual({
      profileDir: join(USER_DATA, 'profile'),
      userData: USER_DATA,
    });
  });

  it('--profile wins over MEOW_PROFILE, relative paths resolve against cwd', () => {
    const launch = resolveLaunch(
      ['meow', '--profile', 'bob'],
      { MEOW_PROFILE: '/x' },
      USER_DATA,
      '/work',
    );
    expect(launch.profileDir).toBe(resolve('/work', 'bob'));
    expect(resolveLaunch(['meow'], { MEOW_PROFILE: '/x' }, USER_DATA).profileDir).toBe('/x');
    expect(resolveLaunch(['meow'], { MEOW_PROFILE: '' }, USER_DATA).profileDir).toBe(
      join(USER_DATA, 'profile'),
    );
  });

  it('gives every other profile its own stable Chromium folder (own single-instance lock)', () => {
    const a = resolveLaunch(['meow', '--profile', '/a'], {}, USER_DATA);
    const b = resolveLaunch(['meow', '--profile', '/b'], {}, USER_DATA);
    expect(a.userData).not.toBe(USER_DATA);
    expect(a.userData).not.toBe(b.userData);
    expect(a.userData.startsWith(join(USER_DATA, 'instances'))).toBe(true);
    expect(resolveLaunch(['meow', '--profile=/a'], {}, USER_DATA).userData).toBe(a.userData);
  });

  it('naming the default profile explicitly keeps the default folder (one lock for it)', () => {
    const explicit = resolveLaunch(
      ['meow', '--profile', join(USER_DATA, 'profile')],
      {},
      USER_DATA,
    );
    expect(explicit.userData).toBe(USER_DATA);
  });
});
