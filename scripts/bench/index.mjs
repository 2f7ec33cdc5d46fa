// `npm run bench`: every benchmark, one after the other; each prints its own figures.
await import('./cold-start.mjs');
