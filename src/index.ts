import { run } from './action/main.js';

await run();
// An upload given up on (@actions/artifact takes no abort signal) may hold a socket open: once the
// Action is done, it must not hold the job. Unref'd, so a run with nothing pending ends at once.
setTimeout(() => process.exit(), 1000).unref();
