import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a}from"./chunk-4XVTFEV4.js";import"./chunk-IFNQVF5J.js";import"./chunk-AGF7EICL.js";import"./chunk-YNWR6PDU.js";import"./chunk-DFAWYPSS.js";import"./chunk-J62BZMVY.js";import"./chunk-MPSQUVJO.js";import"./chunk-O5DVVPDB.js";export{a as writeReleaseManifests};
