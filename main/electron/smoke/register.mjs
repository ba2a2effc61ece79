// `node --import ./register.mjs main.mjs`: installs hooks.mjs before the bundle loads.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
