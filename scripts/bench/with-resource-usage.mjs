// Runs dist/cli.js with the given arguments in this process, then prints its peak RSS (KiB) on stderr.
process.argv = [process.argv[0], new URL('../../dist/cli.js', import.meta.url).pathname, ...process.argv.slice(2)];
process.on('exit', () => process.stderr.write(`\n${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`));
await import('../../dist/cli.js');
