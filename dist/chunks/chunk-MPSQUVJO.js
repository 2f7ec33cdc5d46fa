import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var n=class extends Error{problems;constructor(r){let o=Array.isArray(r)?r:[r];super(o.map(t).join(`
`)),this.name="InputError",this.problems=o}};function t(e){return`${[e.file,e.line===void 0?void 0:`line ${e.line}`,e.path||void 0].filter(Boolean).join(": ")}: ${e.message}`}function i(e){if(e.length>0)throw new n(e)}export{n as a,i as b};
