// One manifest.json, two browsers. Chrome takes it as written (service worker); Firefox gets an event
// page (`background.scripts`, which crxjs's firefox mode reads) and the gecko settings AMO requires.
// Kept apart from vite.config.ts so a unit test can check the derivation without running a build.

/** Fixed add-on id: tests pin its moz-extension:// UUID with it, and updates keep the user's settings. */
export const GECKO_ID = 'who-said-what@wsw.example';

/**
 * @param {Record<string, any>} base the parsed manifest.json
 * @param {'chrome' | 'firefox'} target
 * @param {{ version?: string, contentScriptPresent?: boolean }} [opts]
 *   contentScriptPresent=false drops content_scripts, so the shell builds before the page layer lands.
 */
export function manifestForTarget(base, target, opts = {}) {
  const manifest = structuredClone(base);
  if (opts.version) manifest.version = opts.version;
  if (opts.contentScriptPresent === false) delete manifest.content_scripts;
  if (target === 'chrome') return manifest;
  if (target !== 'firefox') throw new Error(`unknown target "${target}" (chrome or firefox)`);

  const { service_worker, type } = manifest.background ?? {};
  if (!service_worker) throw new Error('manifest.json needs background.service_worker');
  manifest.background = { scripts: [service_worker], ...(type ? { type } : {}) };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // 142: first desktop+Android release that knows data_collection_permissions.
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
