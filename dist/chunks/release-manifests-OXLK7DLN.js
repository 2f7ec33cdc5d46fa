import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a}from"./chunk-QQ7RKH4Q.js";import"./chunk-AGF7EICL.js";import"./chunk-H5RTU3FS.js";import"./chunk-GCV7P7DO.js";import"./chunk-2C52LFON.js";import"./chunk-DFAWYPSS.js";import"./chunk-MPSQUVJO.js";import"./chunk-O5DVVPDB.js";export{a as writeReleaseManifests};
