/**
 * Node module hooks for the bundle smoke test (bundle.test.ts): 'electron' resolves to the
 * stub beside this file, and bare package names the bundle left external resolve from the
 * repository (the bundle under test lives in a temporary folder).
 */
const STUB_URL = new URL('./electron-stub.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STUB_URL, shortCircuit: true };
  try {
    return await next(specifier, context);
  } catch (err) {
    const bare = /^[a-z@]/i.test(specifier) && !specifier.startsWith('node:');
    const repo = process.env.MEOW_SMOKE_REPO_URL;
    if (!bare || !repo) throw err;
    return next(specifier, { ...context, parentURL: repo });
  }
}
