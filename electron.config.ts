/**
 * Electron packaging/launch configuration. The desktop shell arrives with the app issue
 * (main/electron, preload, renderer); until then this only records the app identity so that
 * every later piece refers to one place.
 */
export const electronConfig = {
  appId: 'app.meow.desktop',
  productName: 'Meow Desktop',
  customScheme: 'meow',
} as const;
