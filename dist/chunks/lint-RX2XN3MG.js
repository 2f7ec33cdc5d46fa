import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b}from"./chunk-OGPZY7XQ.js";import"./chunk-JHJY5A65.js";import"./chunk-AGF7EICL.js";import"./chunk-H5RTU3FS.js";import"./chunk-GCV7P7DO.js";import"./chunk-DFAWYPSS.js";import"./chunk-MPSQUVJO.js";import"./chunk-O5DVVPDB.js";export{b as formatFindings,a as lint};
