/** The app version: injected from package.json by the bundlers (`__APP_VERSION__`); a dev marker when run from source. */
export const APP_VERSION: string = typeof __APP_VERSION__ !== 'undefined' ? __APP_VERSION__ : '0.0.0-dev';
