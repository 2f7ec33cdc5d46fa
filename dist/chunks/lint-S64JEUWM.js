import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b}from"./chunk-CDXFJKNJ.js";import"./chunk-AGF7EICL.js";import"./chunk-YNWR6PDU.js";import"./chunk-DFAWYPSS.js";import"./chunk-JHJY5A65.js";import"./chunk-J62BZMVY.js";import"./chunk-MPSQUVJO.js";import"./chunk-O5DVVPDB.js";export{b as formatFindings,a as lint};
