import base from './astro.config.mjs';
export default { ...base, experimental: { ...(base.experimental ?? {}), csp: true } };
